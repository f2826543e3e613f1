// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Classification } from './types.ts'

/** Input of {@link listClassification}. */
export interface ListClassificationInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listClassification} response. */
export interface ListClassificationOutput {
  items?: Classification[]
  page_token?: string
}

/**
 * `baike.v1.classification.list`: GET /open-apis/baike/v1/classifications (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `listClassification` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=baike&resource=classification&version=v1
 */
export const listClassification = /*#__PURE__*/ endpoint<ListClassificationInput, ListClassificationOutput, true>({
  id: 'baike.v1.classification.list',
  method: 'GET',
  path: '/open-apis/baike/v1/classifications',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
