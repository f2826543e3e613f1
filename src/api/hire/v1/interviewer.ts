// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { InterviewerSchema } from './models.ts'
import type { Interviewer } from './types.ts'

/** Input of {@link listInterviewer}. */
export interface ListInterviewerInput {
  query?: {
    page_size?: number
    page_token?: string
    user_ids?: string[]
    verify_status?: number
    earliest_update_time?: string
    latest_update_time?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listInterviewer} response. */
export interface ListInterviewerOutput {
  items?: Interviewer[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.interviewer.list`: GET /open-apis/hire/v1/interviewers (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interviewer&version=v1
 */
export const listInterviewer = /*#__PURE__*/ endpoint<ListInterviewerInput, ListInterviewerOutput, true>({
  id: 'hire.v1.interviewer.list',
  method: 'GET',
  path: '/open-apis/hire/v1/interviewers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_ids: optional(array(string())),
        verify_status: optional(number()),
        earliest_update_time: optional(string()),
        latest_update_time: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchInterviewer}. */
export interface PatchInterviewerInput {
  path: { interviewer_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { interviewer: Interviewer }
}

/** `data` of a successful {@link patchInterviewer} response. */
export interface PatchInterviewerOutput {
  interviewer?: Interviewer
}

/**
 * `hire.v1.interviewer.patch`: PATCH /open-apis/hire/v1/interviewers/:interviewer_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=hire&resource=interviewer&version=v1
 */
export const patchInterviewer = /*#__PURE__*/ endpoint<PatchInterviewerInput, PatchInterviewerOutput>({
  id: 'hire.v1.interviewer.patch',
  method: 'PATCH',
  path: '/open-apis/hire/v1/interviewers/:interviewer_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ interviewer_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ interviewer: InterviewerSchema() }),
    }),
})
