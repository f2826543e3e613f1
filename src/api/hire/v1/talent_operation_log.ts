// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Creator } from './types.ts'

/** Input of {@link searchTalentOperationLog}. */
export interface SearchTalentOperationLogInput {
  query?: { page_token?: string; page_size?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { job_id_list?: string[]; operator_id_list: string[]; operation_list: number[] }
}

/** `data` of a successful {@link searchTalentOperationLog} response. */
export interface SearchTalentOperationLogOutput {
  items?: {
    application_id?: string
    talent_id?: string
    operator?: Creator
    operation_type?: number
    operation_time?: string
    operator_type?: number
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.talent_operation_log.search`: POST /open-apis/hire/v1/talent_operation_logs/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=talent_operation_log&version=v1
 */
export const searchTalentOperationLog = /*#__PURE__*/ endpoint<SearchTalentOperationLogInput, SearchTalentOperationLogOutput, true>({
  id: 'hire.v1.talent_operation_log.search',
  method: 'POST',
  path: '/open-apis/hire/v1/talent_operation_logs/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        job_id_list: optional(array(string())),
        operator_id_list: array(string()),
        operation_list: array(number()),
      }),
    }),
  page: { items: 'items' },
})
