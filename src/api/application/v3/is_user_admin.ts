// Generated from catalog/application.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getIsUserAdmin}. */
export interface GetIsUserAdminInput {
  query?: { open_id?: string; employee_id?: string }
}

/** `data` of a successful {@link getIsUserAdmin} response. */
export interface GetIsUserAdminOutput {
  is_app_admin?: boolean
}

/**
 * `application.v3.is_user_admin.get`: GET /open-apis/application/v3/is_user_admin (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/verify-app-admin
 */
export const getIsUserAdmin = /*#__PURE__*/ endpoint<GetIsUserAdminInput, GetIsUserAdminOutput>({
  id: 'application.v3.is_user_admin.get',
  method: 'GET',
  path: '/open-apis/application/v3/is_user_admin',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ open_id: optional(string()), employee_id: optional(string()) })) }),
})
