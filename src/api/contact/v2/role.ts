// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listRole}. */
export type ListRoleInput = { [key: string]: never }

/** `data` of a successful {@link listRole} response. */
export interface ListRoleOutput {
  role_list?: { id?: string; name?: string }[]
}

/**
 * `contact.v2.role.list`: GET /open-apis/contact/v2/role/list (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version//user/obtain-a-role-list
 */
export const listRole = /*#__PURE__*/ endpoint<ListRoleInput, ListRoleOutput>({
  id: 'contact.v2.role.list',
  method: 'GET',
  path: '/open-apis/contact/v2/role/list',
  tokens: ['tenant'],
})
