// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listTalentTag}. */
export interface ListTalentTagInput {
  query?: {
    keyword?: string
    id_list?: string[]
    type?: number
    include_inactive?: boolean
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link listTalentTag} response. */
export interface ListTalentTagOutput {
  items?: { id?: string; name?: Name; description?: Name; type?: number; active_status?: number }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.talent_tag.list`: GET /open-apis/hire/v1/talent_tags (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=talent_tag&version=v1
 */
export const listTalentTag = /*#__PURE__*/ endpoint<ListTalentTagInput, ListTalentTagOutput, true>({
  id: 'hire.v1.talent_tag.list',
  method: 'GET',
  path: '/open-apis/hire/v1/talent_tags',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        keyword: optional(string()),
        id_list: optional(array(string())),
        type: optional(number()),
        include_inactive: optional(boolean()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
