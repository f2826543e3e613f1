// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listCustomAttr}. */
export interface ListCustomAttrInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listCustomAttr} response. */
export interface ListCustomAttrOutput {
  items?: {
    id: string
    type: string
    options?: {
      default_option_id?: string
      option_type: 'TEXT' | 'PICTURE'
      options: { id: string; value: string; name?: string }[]
    }
    i18n_name?: I18nName[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.custom_attr.list`: GET /open-apis/contact/v3/custom_attrs (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=custom_attr&version=v3
 */
export const listCustomAttr = /*#__PURE__*/ endpoint<ListCustomAttrInput, ListCustomAttrOutput, true>({
  id: 'contact.v3.custom_attr.list',
  method: 'GET',
  path: '/open-apis/contact/v3/custom_attrs',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
