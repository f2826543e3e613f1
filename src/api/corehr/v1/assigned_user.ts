// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ManagementScopeSchema } from './models.ts'
import type { ManagementScope } from './types.ts'

/** Input of {@link searchAssignedUser}. */
export interface SearchAssignedUserInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    role_id: string
    management_scope_list: ManagementScope[]
    search_method: string
    page_token?: string
    page_size: string
  }
}

/** `data` of a successful {@link searchAssignedUser} response. */
export interface SearchAssignedUserOutput {
  items?: { employment_id: string; management_scope_list?: ManagementScope[] }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.assigned_user.search`: POST /open-apis/corehr/v1/assigned_users/search (tenant token).
 *
 * Paginated over `items` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=assigned_user&version=v1
 */
export const searchAssignedUser = /*#__PURE__*/ endpoint<SearchAssignedUserInput, SearchAssignedUserOutput, true>({
  id: 'corehr.v1.assigned_user.search',
  method: 'POST',
  path: '/open-apis/corehr/v1/assigned_users/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        role_id: string(),
        management_scope_list: array(ManagementScopeSchema()),
        search_method: string(),
        page_token: optional(string()),
        page_size: string(),
      }),
    }),
  page: { items: 'items', tokenIn: 'body' },
})
