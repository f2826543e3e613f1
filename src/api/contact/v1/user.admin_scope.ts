// Generated from catalog/contact.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getUserAdminScope}. */
export interface GetUserAdminScopeInput {
  query?: { employee_id?: string; open_id?: string }
}

/** `data` of a successful {@link getUserAdminScope} response. */
export interface GetUserAdminScopeOutput {
  is_all?: boolean
  department_list?: string[]
}

/**
 * `contact.v1.user.admin_scope.get`: GET /open-apis/contact/v1/user/admin_scope/get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/obtain-an-app-admin%E2%80%99s-management-permissions
 */
export const getUserAdminScope = /*#__PURE__*/ endpoint<GetUserAdminScopeInput, GetUserAdminScopeOutput>({
  id: 'contact.v1.user.admin_scope.get',
  method: 'GET',
  path: '/open-apis/contact/v1/user/admin_scope/get',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ employee_id: optional(string()), open_id: optional(string()) })) }),
})
