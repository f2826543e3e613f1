// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listOkrCategory}. */
export interface ListOkrCategoryInput {
  query?: { page_size?: number; page_token?: string; owner_type?: 'user' | 'department' }
}

/** `data` of a successful {@link listOkrCategory} response. */
export interface ListOkrCategoryOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id: string
    create_time: string
    update_time: string
    category_type: 'person' | 'team'
    enabled: boolean
    color: 'blue' | 'purple' | 'wathet' | 'turquoise' | 'indigo' | 'orange'
    name: { zh?: string; en?: string; ja?: string }
  }[]
}

/**
 * `okr.v2.okr.category.list`: GET /open-apis/okr/v2/categories (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.category&version=v2
 */
export const listOkrCategory = /*#__PURE__*/ endpoint<ListOkrCategoryInput, ListOkrCategoryOutput, true>({
  id: 'okr.v2.okr.category.list',
  method: 'GET',
  path: '/open-apis/okr/v2/categories',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        owner_type: optional(picklist(['user', 'department'])),
      })),
    }),
  page: { items: 'items' },
})
