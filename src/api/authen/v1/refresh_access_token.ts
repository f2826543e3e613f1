// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createRefreshAccessToken}. */
export interface CreateRefreshAccessTokenInput {
  body: { grant_type: string; refresh_token: string }
}

/** `data` of a successful {@link createRefreshAccessToken} response. */
export interface CreateRefreshAccessTokenOutput {
  access_token?: string
  token_type?: string
  expires_in?: number
  name?: string
  en_name?: string
  avatar_url?: string
  avatar_thumb?: string
  avatar_middle?: string
  avatar_big?: string
  open_id?: string
  union_id?: string
  email?: string
  enterprise_email?: string
  user_id?: string
  mobile?: string
  tenant_key?: string
  refresh_expires_in?: number
  refresh_token?: string
  sid?: string
}

/**
 * `authen.v1.refresh_access_token.create`: POST /open-apis/authen/v1/refresh_access_token (app token).
 *
 * @deprecated Use `createOauthToken` from `larkfn/authen/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=authen&resource=refresh_access_token&version=v1
 */
export const createRefreshAccessToken = /*#__PURE__*/ endpoint<CreateRefreshAccessTokenInput, CreateRefreshAccessTokenOutput>({
  id: 'authen.v1.refresh_access_token.create',
  method: 'POST',
  path: '/open-apis/authen/v1/refresh_access_token',
  tokens: ['app'],
  input: () => looseObject({ body: looseObject({ grant_type: string(), refresh_token: string() }) }),
})
