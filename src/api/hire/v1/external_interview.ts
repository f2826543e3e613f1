// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { InterviewAssessmentSchema } from './models.ts'
import type { ExternalInterview, InterviewAssessment } from './types.ts'

/** Input of {@link batchQueryExternalInterview}. */
export interface BatchQueryExternalInterviewInput {
  query?: { external_application_id?: string; page_size?: number; page_token?: string }
  body?: { external_interview_id_list?: string[] }
}

/** `data` of a successful {@link batchQueryExternalInterview} response. */
export interface BatchQueryExternalInterviewOutput {
  items?: ExternalInterview[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.external_interview.batch_query`: POST /open-apis/hire/v1/external_interviews/batch_query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=hire&resource=external_interview&version=v1
 */
export const batchQueryExternalInterview = /*#__PURE__*/ endpoint<BatchQueryExternalInterviewInput, BatchQueryExternalInterviewOutput, true>({
  id: 'hire.v1.external_interview.batch_query',
  method: 'POST',
  path: '/open-apis/hire/v1/external_interviews/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        external_application_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: optional(looseObject({ external_interview_id_list: optional(array(string())) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createExternalInterview}. */
export interface CreateExternalInterviewInput {
  body: {
    external_id?: string
    external_application_id: string
    participate_status?: number
    begin_time?: number
    end_time?: number
    interview_assessments?: InterviewAssessment[]
  }
}

/** `data` of a successful {@link createExternalInterview} response. */
export interface CreateExternalInterviewOutput {
  external_interview?: ExternalInterview
}

/**
 * `hire.v1.external_interview.create`: POST /open-apis/hire/v1/external_interviews (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_interview&version=v1
 */
export const createExternalInterview = /*#__PURE__*/ endpoint<CreateExternalInterviewInput, CreateExternalInterviewOutput>({
  id: 'hire.v1.external_interview.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_interviews',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        external_id: optional(string()),
        external_application_id: string(),
        participate_status: optional(number()),
        begin_time: optional(number()),
        end_time: optional(number()),
        interview_assessments: optional(array(InterviewAssessmentSchema())),
      }),
    }),
})

/** Input of {@link deleteExternalInterview}. */
export interface DeleteExternalInterviewInput {
  path: { external_interview_id: string }
}

/** `data` of a successful {@link deleteExternalInterview} response. */
export type DeleteExternalInterviewOutput = { [key: string]: unknown }

/**
 * `hire.v1.external_interview.delete`: DELETE /open-apis/hire/v1/external_interviews/:external_interview_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=external_interview&version=v1
 */
export const deleteExternalInterview = /*#__PURE__*/ endpoint<DeleteExternalInterviewInput, DeleteExternalInterviewOutput>({
  id: 'hire.v1.external_interview.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/external_interviews/:external_interview_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ external_interview_id: string() }) }),
})

/** Input of {@link updateExternalInterview}. */
export interface UpdateExternalInterviewInput {
  path: { external_interview_id: string }
  body: {
    external_application_id: string
    participate_status?: number
    begin_time?: number
    end_time?: number
    interview_assessments?: InterviewAssessment[]
  }
}

/** `data` of a successful {@link updateExternalInterview} response. */
export interface UpdateExternalInterviewOutput {
  external_interview?: ExternalInterview
}

/**
 * `hire.v1.external_interview.update`: PUT /open-apis/hire/v1/external_interviews/:external_interview_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=external_interview&version=v1
 */
export const updateExternalInterview = /*#__PURE__*/ endpoint<UpdateExternalInterviewInput, UpdateExternalInterviewOutput>({
  id: 'hire.v1.external_interview.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/external_interviews/:external_interview_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ external_interview_id: string() }),
      body: looseObject({
        external_application_id: string(),
        participate_status: optional(number()),
        begin_time: optional(number()),
        end_time: optional(number()),
        interview_assessments: optional(array(InterviewAssessmentSchema())),
      }),
    }),
})
