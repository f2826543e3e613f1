// Generated from catalog/passport.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updatePassword}. */
export interface UpdatePasswordInput {
  query?: { user_id_type?: 'open_id' | 'user_id' | 'union_id' }
  body: { user_id: string; password?: string; require_reset?: boolean }
}

/** `data` of a successful {@link updatePassword} response. */
export type UpdatePasswordOutput = { [key: string]: unknown }

/**
 * `passport.v1.password.update`: PUT /open-apis/passport/v1/password (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=passport&resource=password&version=v1
 */
export const updatePassword = /*#__PURE__*/ endpoint<UpdatePasswordInput, UpdatePasswordOutput>({
  id: 'passport.v1.password.update',
  method: 'PUT',
  path: '/open-apis/passport/v1/password',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'user_id', 'union_id'])) })),
      body: looseObject({ user_id: string(), password: optional(string()), require_reset: optional(boolean()) }),
    }),
})
