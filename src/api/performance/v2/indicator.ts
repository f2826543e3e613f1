// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryIndicator}. */
export interface QueryIndicatorInput {
  query?: { page_token?: string; page_size?: number }
  body?: { indicator_ids?: string[] }
}

/** `data` of a successful {@link queryIndicator} response. */
export interface QueryIndicatorOutput {
  indicators?: {
    id: string
    name?: Name
    type?: 'general_review_item' | 'review_item_based_on_key_metric' | 'okr_review_item' | 'plus' | 'minus'
    options?: { id: string; name?: Name; lable?: string }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.indicator.query`: POST /open-apis/performance/v2/indicators/query (tenant token).
 *
 * Paginated over `indicators`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=indicator&version=v2
 */
export const queryIndicator = /*#__PURE__*/ endpoint<QueryIndicatorInput, QueryIndicatorOutput, true>({
  id: 'performance.v2.indicator.query',
  method: 'POST',
  path: '/open-apis/performance/v2/indicators/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({ indicator_ids: optional(array(string())) })),
    }),
  page: { items: 'indicators' },
})
