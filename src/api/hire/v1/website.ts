// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listWebsite}. */
export interface ListWebsiteInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listWebsite} response. */
export interface ListWebsiteOutput {
  items?: { id?: string; name?: Name; process_type_list?: number[]; job_channel_id?: string }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.website.list`: GET /open-apis/hire/v1/websites (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=website&version=v1
 */
export const listWebsite = /*#__PURE__*/ endpoint<ListWebsiteInput, ListWebsiteOutput, true>({
  id: 'hire.v1.website.list',
  method: 'GET',
  path: '/open-apis/hire/v1/websites',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})
