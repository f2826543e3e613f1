// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listMetricTag}. */
export interface ListMetricTagInput {
  query?: { page_size?: number; page_token?: string; tag_ids?: string[] }
}

/** `data` of a successful {@link listMetricTag} response. */
export interface ListMetricTagOutput {
  items?: { tag_id?: string; tag_name?: Name; index?: number; create_time?: string; update_time?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `performance.v2.metric_tag.list`: GET /open-apis/performance/v2/metric_tags (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=performance&resource=metric_tag&version=v2
 */
export const listMetricTag = /*#__PURE__*/ endpoint<ListMetricTagInput, ListMetricTagOutput, true>({
  id: 'performance.v2.metric_tag.list',
  method: 'GET',
  path: '/open-apis/performance/v2/metric_tags',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        tag_ids: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})
