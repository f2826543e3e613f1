// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listAcctItem}. */
export interface ListAcctItemInput {
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listAcctItem} response. */
export interface ListAcctItemOutput {
  items?: {
    id?: string
    i18n_names?: I18nName[]
    category_id?: string
    data_type?: number
    decimal_places?: number
    active_status?: number
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `payroll.v1.acct_item.list`: GET /open-apis/payroll/v1/acct_items (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=acct_item&version=v1
 */
export const listAcctItem = /*#__PURE__*/ endpoint<ListAcctItemInput, ListAcctItemOutput, true>({
  id: 'payroll.v1.acct_item.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/acct_items',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()) }) }),
  page: { items: 'items' },
})
