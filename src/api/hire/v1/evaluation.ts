// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ApplicationDetailEvaluation } from './types.ts'

/** Input of {@link listEvaluation}. */
export interface ListEvaluationInput {
  query?: {
    page_token?: string
    page_size?: number
    application_id?: string
    update_start_time?: string
    update_end_time?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
  }
}

/** `data` of a successful {@link listEvaluation} response. */
export interface ListEvaluationOutput {
  has_more?: boolean
  page_token?: string
  items?: ApplicationDetailEvaluation[]
}

/**
 * `hire.v1.evaluation.list`: GET /open-apis/hire/v1/evaluations (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=evaluation&version=v1
 */
export const listEvaluation = /*#__PURE__*/ endpoint<ListEvaluationInput, ListEvaluationOutput, true>({
  id: 'hire.v1.evaluation.list',
  method: 'GET',
  path: '/open-apis/hire/v1/evaluations',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        application_id: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
  page: { items: 'items' },
})
