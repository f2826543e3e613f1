// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listResumeSource}. */
export interface ListResumeSourceInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listResumeSource} response. */
export interface ListResumeSourceOutput {
  items?: { id?: string; zh_name?: string; en_name?: string; active_status?: number; resume_source_type?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.resume_source.list`: GET /open-apis/hire/v1/resume_sources (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=resume_source&version=v1
 */
export const listResumeSource = /*#__PURE__*/ endpoint<ListResumeSourceInput, ListResumeSourceOutput, true>({
  id: 'hire.v1.resume_source.list',
  method: 'GET',
  path: '/open-apis/hire/v1/resume_sources',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
