// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createOidcRefreshAccessToken}. */
export interface CreateOidcRefreshAccessTokenInput {
  body: { grant_type: string; refresh_token: string }
}

/** `data` of a successful {@link createOidcRefreshAccessToken} response. */
export interface CreateOidcRefreshAccessTokenOutput {
  access_token: string
  refresh_token?: string
  token_type: string
  expires_in?: number
  refresh_expires_in?: number
  scope?: string
}

/**
 * `authen.v1.oidc.refresh_access_token.create`: POST /open-apis/authen/v1/oidc/refresh_access_token (app token).
 *
 * @deprecated Use `createOauthToken` from `larkfn/authen/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=authen&resource=oidc.refresh_access_token&version=v1
 */
export const createOidcRefreshAccessToken = /*#__PURE__*/ endpoint<CreateOidcRefreshAccessTokenInput, CreateOidcRefreshAccessTokenOutput>({
  id: 'authen.v1.oidc.refresh_access_token.create',
  method: 'POST',
  path: '/open-apis/authen/v1/oidc/refresh_access_token',
  tokens: ['app'],
  input: () => looseObject({ body: looseObject({ grant_type: string(), refresh_token: string() }) }),
})
