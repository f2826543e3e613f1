// Generated from catalog/user.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listAppAdminUser}. */
export type ListAppAdminUserInput = { [key: string]: never }

/** `data` of a successful {@link listAppAdminUser} response. */
export interface ListAppAdminUserOutput {
  user_list?: { open_id?: string; user_id?: string; union_id?: string }[]
}

/**
 * `user.v4.app_admin_user.list`: GET /open-apis/user/v4/app_admin_user/list (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/query-app-administrator-list
 */
export const listAppAdminUser = /*#__PURE__*/ endpoint<ListAppAdminUserInput, ListAppAdminUserOutput>({
  id: 'user.v4.app_admin_user.list',
  method: 'GET',
  path: '/open-apis/user/v4/app_admin_user/list',
  tokens: ['tenant'],
})
