// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ScenarioContextSchema } from './models.ts'
import type { FetchRecapStreamResult, Present, ScenarioContext } from './types.ts'

/** Input of {@link callbackMyAiVcMeeting}. */
export interface CallbackMyAiVcMeetingInput {
  body?: { message_id?: string; callback_info?: string }
}

/** `data` of a successful {@link callbackMyAiVcMeeting} response. */
export type CallbackMyAiVcMeetingOutput = { [key: string]: unknown }

/**
 * `vc.v1.my_ai_vc_meeting.callback`: POST /open-apis/vc/v1/my_ai_vc_meeting/callback (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=callback&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const callbackMyAiVcMeeting = /*#__PURE__*/ endpoint<CallbackMyAiVcMeetingInput, CallbackMyAiVcMeetingOutput>({
  id: 'vc.v1.my_ai_vc_meeting.callback',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/callback',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: optional(looseObject({ message_id: optional(string()), callback_info: optional(string()) })) }),
})

/** Input of {@link doMyAiVcMeetingOperation}. */
export interface DoMyAiVcMeetingOperationInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
  }
}

/** `data` of a successful {@link doMyAiVcMeetingOperation} response. */
export interface DoMyAiVcMeetingOperationOutput {
  result?: { meeting_operation_reply?: string }
}

/**
 * `vc.v1.my_ai_vc_meeting.do_operation`: POST /open-apis/vc/v1/my_ai_vc_meeting/do_operation (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=do_operation&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const doMyAiVcMeetingOperation = /*#__PURE__*/ endpoint<DoMyAiVcMeetingOperationInput, DoMyAiVcMeetingOperationOutput>({
  id: 'vc.v1.my_ai_vc_meeting.do_operation',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/do_operation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
      })),
    }),
})

/** Input of {@link docMyAiVcMeetingBasedSuggestQuestion}. */
export interface DocMyAiVcMeetingBasedSuggestQuestionInput {
  body?: { scenario_context?: ScenarioContext }
}

/** `data` of a successful {@link docMyAiVcMeetingBasedSuggestQuestion} response. */
export interface DocMyAiVcMeetingBasedSuggestQuestionOutput {
  presents?: Present
}

/**
 * `vc.v1.my_ai_vc_meeting.doc_based_suggest_question`: POST /open-apis/vc/v1/my_ai_vc_meeting/doc_based_suggest_question (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=doc_based_suggest_question&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const docMyAiVcMeetingBasedSuggestQuestion = /*#__PURE__*/ endpoint<DocMyAiVcMeetingBasedSuggestQuestionInput, DocMyAiVcMeetingBasedSuggestQuestionOutput>({
  id: 'vc.v1.my_ai_vc_meeting.doc_based_suggest_question',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/doc_based_suggest_question',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ scenario_context: optional(ScenarioContextSchema()) })) }),
})

/** Input of {@link fetchMyAiVcMeetingRecapStream}. */
export interface FetchMyAiVcMeetingRecapStreamInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
    participant_input?: string
    current_im_message_id?: string
    debug_info_message_id?: string
  }
}

/** `data` of a successful {@link fetchMyAiVcMeetingRecapStream} response. */
export interface FetchMyAiVcMeetingRecapStreamOutput {
  result?: FetchRecapStreamResult
}

/**
 * `vc.v1.my_ai_vc_meeting.fetch_recap_stream`: POST /open-apis/vc/v1/my_ai_vc_meeting/fetch_recap_stream (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=fetch_recap_stream&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const fetchMyAiVcMeetingRecapStream = /*#__PURE__*/ endpoint<FetchMyAiVcMeetingRecapStreamInput, FetchMyAiVcMeetingRecapStreamOutput>({
  id: 'vc.v1.my_ai_vc_meeting.fetch_recap_stream',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/fetch_recap_stream',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
        participant_input: optional(string()),
        current_im_message_id: optional(string()),
        debug_info_message_id: optional(string()),
      })),
    }),
})

/** Input of {@link fetchMyAiVcMeetingSectionSummaryStream}. */
export interface FetchMyAiVcMeetingSectionSummaryStreamInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
    participant_input?: string
  }
}

/** `data` of a successful {@link fetchMyAiVcMeetingSectionSummaryStream} response. */
export interface FetchMyAiVcMeetingSectionSummaryStreamOutput {
  result?: FetchRecapStreamResult
}

/**
 * `vc.v1.my_ai_vc_meeting.fetch_section_summary_stream`: POST /open-apis/vc/v1/my_ai_vc_meeting/fetch_section_summary_stream (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=fetch_section_summary_stream&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const fetchMyAiVcMeetingSectionSummaryStream = /*#__PURE__*/ endpoint<FetchMyAiVcMeetingSectionSummaryStreamInput, FetchMyAiVcMeetingSectionSummaryStreamOutput>({
  id: 'vc.v1.my_ai_vc_meeting.fetch_section_summary_stream',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/fetch_section_summary_stream',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
        participant_input: optional(string()),
      })),
    }),
})

/** Input of {@link fetchMyAiVcMeetingStepSummaryStream}. */
export interface FetchMyAiVcMeetingStepSummaryStreamInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
    participant_input?: string
  }
}

/** `data` of a successful {@link fetchMyAiVcMeetingStepSummaryStream} response. */
export interface FetchMyAiVcMeetingStepSummaryStreamOutput {
  result?: FetchRecapStreamResult
}

/**
 * `vc.v1.my_ai_vc_meeting.fetch_step_summary_stream`: POST /open-apis/vc/v1/my_ai_vc_meeting/fetch_step_summary_stream (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=fetch_step_summary_stream&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const fetchMyAiVcMeetingStepSummaryStream = /*#__PURE__*/ endpoint<FetchMyAiVcMeetingStepSummaryStreamInput, FetchMyAiVcMeetingStepSummaryStreamOutput>({
  id: 'vc.v1.my_ai_vc_meeting.fetch_step_summary_stream',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/fetch_step_summary_stream',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
        participant_input: optional(string()),
      })),
    }),
})

/** Input of {@link getMyAiVcMeetingCommonReply}. */
export interface GetMyAiVcMeetingCommonReplyInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
  }
}

/** `data` of a successful {@link getMyAiVcMeetingCommonReply} response. */
export interface GetMyAiVcMeetingCommonReplyOutput {
  result?: { meeting_content_reply?: string }
}

/**
 * `vc.v1.my_ai_vc_meeting.get_common_reply`: POST /open-apis/vc/v1/my_ai_vc_meeting/get_common_reply (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_common_reply&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const getMyAiVcMeetingCommonReply = /*#__PURE__*/ endpoint<GetMyAiVcMeetingCommonReplyInput, GetMyAiVcMeetingCommonReplyOutput>({
  id: 'vc.v1.my_ai_vc_meeting.get_common_reply',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/get_common_reply',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
      })),
    }),
})

/** Input of {@link getMyAiVcMeetingRecap}. */
export interface GetMyAiVcMeetingRecapInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
    participant_input?: string
    current_im_message_id?: string
  }
}

/** `data` of a successful {@link getMyAiVcMeetingRecap} response. */
export interface GetMyAiVcMeetingRecapOutput {
  result?: FetchRecapStreamResult
}

/**
 * `vc.v1.my_ai_vc_meeting.get_recap`: POST /open-apis/vc/v1/my_ai_vc_meeting/get_recap (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_recap&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const getMyAiVcMeetingRecap = /*#__PURE__*/ endpoint<GetMyAiVcMeetingRecapInput, GetMyAiVcMeetingRecapOutput>({
  id: 'vc.v1.my_ai_vc_meeting.get_recap',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/get_recap',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
        participant_input: optional(string()),
        current_im_message_id: optional(string()),
      })),
    }),
})

/** Input of {@link getMyAiVcMeetingTodoTask}. */
export interface GetMyAiVcMeetingTodoTaskInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
  }
}

/** `data` of a successful {@link getMyAiVcMeetingTodoTask} response. */
export interface GetMyAiVcMeetingTodoTaskOutput {
  result?: { meeting_todo_task_or_fail_reason?: string; meeting_todo_task?: string }
}

/**
 * `vc.v1.my_ai_vc_meeting.get_todo_task`: POST /open-apis/vc/v1/my_ai_vc_meeting/get_todo_task (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_todo_task&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const getMyAiVcMeetingTodoTask = /*#__PURE__*/ endpoint<GetMyAiVcMeetingTodoTaskInput, GetMyAiVcMeetingTodoTaskOutput>({
  id: 'vc.v1.my_ai_vc_meeting.get_todo_task',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/get_todo_task',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
      })),
    }),
})

/** Input of {@link sectionMyAiVcMeetingSummary}. */
export interface SectionMyAiVcMeetingSummaryInput {
  body?: {
    meeting_id?: string
    question?: string
    lang?: string
    scenario_context_schema_version?: string
    scenario_context?: ScenarioContext
    participant_input?: string
  }
}

/** `data` of a successful {@link sectionMyAiVcMeetingSummary} response. */
export interface SectionMyAiVcMeetingSummaryOutput {
  result?: FetchRecapStreamResult
}

/**
 * `vc.v1.my_ai_vc_meeting.section_summary`: POST /open-apis/vc/v1/my_ai_vc_meeting/section_summary (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=section_summary&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const sectionMyAiVcMeetingSummary = /*#__PURE__*/ endpoint<SectionMyAiVcMeetingSummaryInput, SectionMyAiVcMeetingSummaryOutput>({
  id: 'vc.v1.my_ai_vc_meeting.section_summary',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/section_summary',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        meeting_id: optional(string()),
        question: optional(string()),
        lang: optional(string()),
        scenario_context_schema_version: optional(string()),
        scenario_context: optional(ScenarioContextSchema()),
        participant_input: optional(string()),
      })),
    }),
})

/** Input of {@link seedMyAiVcMeetingAiPullData}. */
export interface SeedMyAiVcMeetingAiPullDataInput {
  query?: { meeting_id?: string; lan?: string; data_type?: '1' | '2' | '3' | '4' | '5' | '6'; extra?: string }
}

/** `data` of a successful {@link seedMyAiVcMeetingAiPullData} response. */
export interface SeedMyAiVcMeetingAiPullDataOutput {
  result?: string
  fail_msg?: string
}

/**
 * `vc.v1.my_ai_vc_meeting.seed_ai_pull_data`: GET /open-apis/vc/v1/my_ai_vc_meeting/seed_ai_pull_data (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=seed_ai_pull_data&project=vc&resource=my_ai_vc_meeting&version=v1
 */
export const seedMyAiVcMeetingAiPullData = /*#__PURE__*/ endpoint<SeedMyAiVcMeetingAiPullDataInput, SeedMyAiVcMeetingAiPullDataOutput>({
  id: 'vc.v1.my_ai_vc_meeting.seed_ai_pull_data',
  method: 'GET',
  path: '/open-apis/vc/v1/my_ai_vc_meeting/seed_ai_pull_data',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        meeting_id: optional(string()),
        lan: optional(string()),
        data_type: optional(picklist(['1', '2', '3', '4', '5', '6'])),
        extra: optional(string()),
      })),
    }),
})
