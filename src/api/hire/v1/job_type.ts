// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { ItemJobType } from './types.ts'

/** Input of {@link listJobType}. */
export interface ListJobTypeInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listJobType} response. */
export interface ListJobTypeOutput {
  items?: ItemJobType[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.job_type.list`: GET /open-apis/hire/v1/job_types (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job_type&version=v1
 */
export const listJobType = /*#__PURE__*/ endpoint<ListJobTypeInput, ListJobTypeOutput, true>({
  id: 'hire.v1.job_type.list',
  method: 'GET',
  path: '/open-apis/hire/v1/job_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
