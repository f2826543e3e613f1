// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listScope}. */
export interface ListScopeInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listScope} response. */
export interface ListScopeOutput {
  department_ids?: string[]
  user_ids?: string[]
  group_ids?: string[]
  has_more?: boolean
  page_token?: string
}

/**
 * `contact.v3.scope.list`: GET /open-apis/contact/v3/scopes (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=scope&version=v3
 */
export const listScope = /*#__PURE__*/ endpoint<ListScopeInput, ListScopeOutput, true>({
  id: 'contact.v3.scope.list',
  method: 'GET',
  path: '/open-apis/contact/v3/scopes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: null },
})
