// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createOidcAccessToken}. */
export interface CreateOidcAccessTokenInput {
  body: { grant_type: string; code: string }
}

/** `data` of a successful {@link createOidcAccessToken} response. */
export interface CreateOidcAccessTokenOutput {
  access_token: string
  refresh_token?: string
  token_type: string
  expires_in?: number
  refresh_expires_in?: number
  scope?: string
}

/**
 * `authen.v1.oidc.access_token.create`: POST /open-apis/authen/v1/oidc/access_token (app token).
 *
 * @deprecated Use `createOauthToken` from `larkfn/authen/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=authen&resource=oidc.access_token&version=v1
 */
export const createOidcAccessToken = /*#__PURE__*/ endpoint<CreateOidcAccessTokenInput, CreateOidcAccessTokenOutput>({
  id: 'authen.v1.oidc.access_token.create',
  method: 'POST',
  path: '/open-apis/authen/v1/oidc/access_token',
  tokens: ['app'],
  input: () => looseObject({ body: looseObject({ grant_type: string(), code: string() }) }),
})
