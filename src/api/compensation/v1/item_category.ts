// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listItemCategory}. */
export interface ListItemCategoryInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listItemCategory} response. */
export interface ListItemCategoryOutput {
  items?: { id: string; name: string; i18n_names?: I18nName[] }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `compensation.v1.item_category.list`: GET /open-apis/compensation/v1/item_categories (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=item_category&version=v1
 */
export const listItemCategory = /*#__PURE__*/ endpoint<ListItemCategoryInput, ListItemCategoryOutput, true>({
  id: 'compensation.v1.item_category.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/item_categories',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
