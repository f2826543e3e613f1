// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listItem}. */
export interface ListItemInput {
  query: { page_size: number; page_token?: string; item_type?: 'salary' | 'bonus' | 'recurring_payment' }
}

/** `data` of a successful {@link listItem} response. */
export interface ListItemOutput {
  items: {
    id: string
    name: string
    description: string
    category_id: string
    value_type: 'money' | 'number' | 'percent'
    pay_off_frequency_type:
      | 'year'
      | 'half_year'
      | 'quarterly'
      | 'bimonthly'
      | 'month'
      | 'biweekly'
      | 'week'
      | 'day'
      | 'hour'
    decimal_places?: number
    active_status: number
    i18n_names: I18nName[]
    i18n_descriptions: I18nName[]
    item_type?: 'salary' | 'bonus' | 'recurring_payment'
  }[]
  page_token?: string
  has_more: boolean
}

/**
 * `compensation.v1.item.list`: GET /open-apis/compensation/v1/items (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=item&version=v1
 */
export const listItem = /*#__PURE__*/ endpoint<ListItemInput, ListItemOutput, true>({
  id: 'compensation.v1.item.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/items',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        item_type: optional(picklist(['salary', 'bonus', 'recurring_payment'])),
      }),
    }),
  page: { items: 'items' },
})
