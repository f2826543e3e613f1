// Generated from catalog/authen.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createOauthToken}. */
export interface CreateOauthTokenInput {
  body: {
    grant_type: 'authorization_code' | 'refresh_token'
    client_id: string
    client_secret: string
    code?: string
    redirect_uri?: string
    code_verifier?: string
    refresh_token?: string
    scope?: string
  }
}

/** Body of a successful {@link createOauthToken} response. */
export interface CreateOauthTokenOutput {
  access_token?: string
  expires_in?: number
  refresh_token?: string
  refresh_token_expires_in?: number
  token_type?: string
  scope?: string
  error?: string
  error_description?: string
}

/**
 * `authen.v2.oauth.token.create`: POST /open-apis/authen/v2/oauth/token (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/authentication-management/access-token/refresh-user-access-token
 */
export const createOauthToken = /*#__PURE__*/ endpoint<CreateOauthTokenInput, CreateOauthTokenOutput>({
  id: 'authen.v2.oauth.token.create',
  method: 'POST',
  path: '/open-apis/authen/v2/oauth/token',
  tokens: [],
  input: () =>
    looseObject({
      body: looseObject({
        grant_type: picklist(['authorization_code', 'refresh_token']),
        client_id: string(),
        client_secret: string(),
        code: optional(string()),
        redirect_uri: optional(string()),
        code_verifier: optional(string()),
        refresh_token: optional(string()),
        scope: optional(string()),
      }),
    }),
  flat: true,
})
