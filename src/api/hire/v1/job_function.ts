// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listJobFunction}. */
export interface ListJobFunctionInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listJobFunction} response. */
export interface ListJobFunctionOutput {
  has_more?: boolean
  page_token?: string
  items?: { id?: string; name?: Name; active_status?: number; parent_id?: string }[]
}

/**
 * `hire.v1.job_function.list`: GET /open-apis/hire/v1/job_functions (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job_function&version=v1
 */
export const listJobFunction = /*#__PURE__*/ endpoint<ListJobFunctionInput, ListJobFunctionOutput, true>({
  id: 'hire.v1.job_function.list',
  method: 'GET',
  path: '/open-apis/hire/v1/job_functions',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
