// Generated from catalog/mina.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link validateTokenLogin}. */
export interface ValidateTokenLoginInput {
  body: { code: string }
}

/** `data` of a successful {@link validateTokenLogin} response. */
export interface ValidateTokenLoginOutput {
  open_id?: string
  employee_id?: string
  session_key?: string
  tenant_key?: string
  access_token?: string
  expires_in?: number
  refresh_token?: string
}

/**
 * `mina.v2.token_login.validate`: POST /open-apis/mina/v2/tokenLoginValidate (app token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/client-docs/gadget/-web-app-api/open-ability/login/code2session
 */
export const validateTokenLogin = /*#__PURE__*/ endpoint<ValidateTokenLoginInput, ValidateTokenLoginOutput>({
  id: 'mina.v2.token_login.validate',
  method: 'POST',
  path: '/open-apis/mina/v2/tokenLoginValidate',
  tokens: ['app'],
  input: () => looseObject({ body: looseObject({ code: string() }) }),
})
