// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryMetricField}. */
export interface QueryMetricFieldInput {
  body?: { field_ids?: string[] }
}

/** `data` of a successful {@link queryMetricField} response. */
export interface QueryMetricFieldOutput {
  items?: { field_id?: string; name?: Name; type?: 'number' | 'text' | 'person' | 'pencentage' }[]
}

/**
 * `performance.v2.metric_field.query`: POST /open-apis/performance/v2/metric_fields/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=metric_field&version=v2
 */
export const queryMetricField = /*#__PURE__*/ endpoint<QueryMetricFieldInput, QueryMetricFieldOutput>({
  id: 'performance.v2.metric_field.query',
  method: 'POST',
  path: '/open-apis/performance/v2/metric_fields/query',
  tokens: ['tenant'],
  input: () => looseObject({ body: optional(looseObject({ field_ids: optional(array(string())) })) }),
})
