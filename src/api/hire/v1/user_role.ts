// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { City, Name } from './types.ts'

/** Input of {@link listUserRole}. */
export interface ListUserRoleInput {
  query?: {
    page_token?: string
    page_size?: number
    user_id?: string
    role_id?: string
    update_start_time?: string
    update_end_time?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listUserRole} response. */
export interface ListUserRoleOutput {
  items?: {
    user_id?: string
    role_id?: string
    modify_time?: string
    role_name?: Name
    role_description?: Name
    business_management_scopes?: { entity?: City; scope_rule?: { rule_type?: number } }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.user_role.list`: GET /open-apis/hire/v1/user_roles (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=user_role&version=v1
 */
export const listUserRole = /*#__PURE__*/ endpoint<ListUserRoleInput, ListUserRoleOutput, true>({
  id: 'hire.v1.user_role.list',
  method: 'GET',
  path: '/open-apis/hire/v1/user_roles',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id: optional(string()),
        role_id: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
