// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Present } from './types.ts'

/** Input of {@link cardMyAiVcCallback}. */
export interface CardMyAiVcCallbackInput {
  body?: {
    open_message_id?: string
    open_chat_id?: string
    operator_tenant_key?: string
    token?: string
    action?: { value: { body: string; handle: string }; tag: string }
  }
}

/** `data` of a successful {@link cardMyAiVcCallback} response. */
export type CardMyAiVcCallbackOutput = { [key: string]: unknown }

/**
 * `vc.v1.my_ai_vc.card_callback`: POST /open-apis/vc/v1/my_ai_vc/card_callback (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=card_callback&project=vc&resource=my_ai_vc&version=v1
 */
export const cardMyAiVcCallback = /*#__PURE__*/ endpoint<CardMyAiVcCallbackInput, CardMyAiVcCallbackOutput>({
  id: 'vc.v1.my_ai_vc.card_callback',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/card_callback',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        open_message_id: optional(string()),
        open_chat_id: optional(string()),
        operator_tenant_key: optional(string()),
        token: optional(string()),
        action: optional(looseObject({ value: looseObject({ body: string(), handle: string() }), tag: string() })),
      })),
    }),
})

/** Input of {@link fetchMyAiVcMeetingAnalyze}. */
export interface FetchMyAiVcMeetingAnalyzeInput {
  body?: { task_id?: string }
}

/** `data` of a successful {@link fetchMyAiVcMeetingAnalyze} response. */
export interface FetchMyAiVcMeetingAnalyzeOutput {
  meeting_analyze_status?: number
  analyze_outputs?: {
    meeting_id?: string
    check_status_code?: number
    objective_check_output?: { failed_lists?: number[]; status_code?: number }
    subjective_check_output?: {
      keypoints?: string[]
      key_point_match_details?: { key_point_match_details?: { start_timestamp?: string; matched_text?: string }[] }[]
      user_prompt_outputs?: string[]
      status_code?: number
    }
  }[]
}

/**
 * `vc.v1.my_ai_vc.fetch_meeting_analyze`: POST /open-apis/vc/v1/my_ai_vc/fetch_meeting_analyze (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=fetch_meeting_analyze&project=vc&resource=my_ai_vc&version=v1
 */
export const fetchMyAiVcMeetingAnalyze = /*#__PURE__*/ endpoint<FetchMyAiVcMeetingAnalyzeInput, FetchMyAiVcMeetingAnalyzeOutput>({
  id: 'vc.v1.my_ai_vc.fetch_meeting_analyze',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/fetch_meeting_analyze',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ task_id: optional(string()) })) }),
})

/** Input of {@link fetchMyAiVcMeetingList}. */
export type FetchMyAiVcMeetingListInput = { [key: string]: never }

/** `data` of a successful {@link fetchMyAiVcMeetingList} response. */
export interface FetchMyAiVcMeetingListOutput {
  meeting_list_url?: string
}

/**
 * `vc.v1.my_ai_vc.fetch_meeting_list`: POST /open-apis/vc/v1/my_ai_vc/fetch_meeting_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=fetch_meeting_list&project=vc&resource=my_ai_vc&version=v1
 */
export const fetchMyAiVcMeetingList = /*#__PURE__*/ endpoint<FetchMyAiVcMeetingListInput, FetchMyAiVcMeetingListOutput>({
  id: 'vc.v1.my_ai_vc.fetch_meeting_list',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/fetch_meeting_list',
  tokens: ['tenant', 'user'],
})

/** Input of {@link meetingMyAiVcAnalyze}. */
export interface MeetingMyAiVcAnalyzeInput {
  body?: {
    objective_check?: { objective_check_types?: number[]; objective_check_params?: { params?: number[] }[] }
    subjective_check?: { key_points?: { name?: string; description?: string }[]; user_input_prompts?: string[] }
    meeting_ids?: string[]
  }
}

/** `data` of a successful {@link meetingMyAiVcAnalyze} response. */
export interface MeetingMyAiVcAnalyzeOutput {
  task_id?: string
}

/**
 * `vc.v1.my_ai_vc.meeting_analyze`: POST /open-apis/vc/v1/my_ai_vc/meeting_analyze (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=meeting_analyze&project=vc&resource=my_ai_vc&version=v1
 */
export const meetingMyAiVcAnalyze = /*#__PURE__*/ endpoint<MeetingMyAiVcAnalyzeInput, MeetingMyAiVcAnalyzeOutput>({
  id: 'vc.v1.my_ai_vc.meeting_analyze',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/meeting_analyze',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        objective_check: optional(looseObject({
          objective_check_types: optional(array(number())),
          objective_check_params: optional(array(looseObject({ params: optional(array(number())) }))),
        })),
        subjective_check: optional(looseObject({
          key_points: optional(array(looseObject({ name: optional(string()), description: optional(string()) }))),
          user_input_prompts: optional(array(string())),
        })),
        meeting_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link setMyAiVcMeetingList}. */
export interface SetMyAiVcMeetingListInput {
  body: { meeting_list_url: string }
}

/** `data` of a successful {@link setMyAiVcMeetingList} response. */
export type SetMyAiVcMeetingListOutput = { [key: string]: unknown }

/**
 * `vc.v1.my_ai_vc.set_meeting_list`: POST /open-apis/vc/v1/my_ai_vc/set_meeting_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_meeting_list&project=vc&resource=my_ai_vc&version=v1
 */
export const setMyAiVcMeetingList = /*#__PURE__*/ endpoint<SetMyAiVcMeetingListInput, SetMyAiVcMeetingListOutput>({
  id: 'vc.v1.my_ai_vc.set_meeting_list',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/set_meeting_list',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ meeting_list_url: string() }) }),
})

/** Input of {@link startMyAiVcAnalysis}. */
export interface StartMyAiVcAnalysisInput {
  body: { tool_raw_instruction: string }
}

/** `data` of a successful {@link startMyAiVcAnalysis} response. */
export interface StartMyAiVcAnalysisOutput {
  result?: { reply: string }
  present?: Present
}

/**
 * `vc.v1.my_ai_vc.start_analysis`: POST /open-apis/vc/v1/my_ai_vc/start_analysis (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=start_analysis&project=vc&resource=my_ai_vc&version=v1
 */
export const startMyAiVcAnalysis = /*#__PURE__*/ endpoint<StartMyAiVcAnalysisInput, StartMyAiVcAnalysisOutput>({
  id: 'vc.v1.my_ai_vc.start_analysis',
  method: 'POST',
  path: '/open-apis/vc/v1/my_ai_vc/start_analysis',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ tool_raw_instruction: string() }) }),
})
