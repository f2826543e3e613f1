// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { InterviewRecord } from './types.ts'

/** Input of {@link getInterviewRecord}. */
export interface GetInterviewRecordInput {
  path: { interview_record_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getInterviewRecord} response. */
export interface GetInterviewRecordOutput {
  interview_record?: InterviewRecord
}

/**
 * `hire.v2.interview_record.get`: GET /open-apis/hire/v2/interview_records/:interview_record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=interview_record&version=v2
 */
export const getInterviewRecord = /*#__PURE__*/ endpoint<GetInterviewRecordInput, GetInterviewRecordOutput>({
  id: 'hire.v2.interview_record.get',
  method: 'GET',
  path: '/open-apis/hire/v2/interview_records/:interview_record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ interview_record_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listInterviewRecord}. */
export interface ListInterviewRecordInput {
  query?: { ids?: string[]; page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link listInterviewRecord} response. */
export interface ListInterviewRecordOutput {
  items?: InterviewRecord[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v2.interview_record.list`: GET /open-apis/hire/v2/interview_records (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interview_record&version=v2
 */
export const listInterviewRecord = /*#__PURE__*/ endpoint<ListInterviewRecordInput, ListInterviewRecordOutput, true>({
  id: 'hire.v2.interview_record.list',
  method: 'GET',
  path: '/open-apis/hire/v2/interview_records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        ids: optional(array(string())),
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
