// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link resetPassword}. */
export interface ResetPasswordInput {
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { password: { ent_email_password: string }; user_id: string }
}

/** `data` of a successful {@link resetPassword} response. */
export type ResetPasswordOutput = { [key: string]: unknown }

/**
 * `admin.v1.password.reset`: POST /open-apis/admin/v1/password/reset (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reset&project=admin&resource=password&version=v1
 */
export const resetPassword = /*#__PURE__*/ endpoint<ResetPasswordInput, ResetPasswordOutput>({
  id: 'admin.v1.password.reset',
  method: 'POST',
  path: '/open-apis/admin/v1/password/reset',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ password: looseObject({ ent_email_password: string() }), user_id: string() }),
    }),
})
