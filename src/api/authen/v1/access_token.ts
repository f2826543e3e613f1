// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createAccessToken}. */
export interface CreateAccessTokenInput {
  body: { grant_type: string; code: string }
}

/** `data` of a successful {@link createAccessToken} response. */
export interface CreateAccessTokenOutput {
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
 * `authen.v1.access_token.create`: POST /open-apis/authen/v1/access_token (app token).
 *
 * @deprecated Use `createOauthToken` from `larkfn/authen/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=authen&resource=access_token&version=v1
 */
export const createAccessToken = /*#__PURE__*/ endpoint<CreateAccessTokenInput, CreateAccessTokenOutput>({
  id: 'authen.v1.access_token.create',
  method: 'POST',
  path: '/open-apis/authen/v1/access_token',
  tokens: ['app'],
  input: () => looseObject({ body: looseObject({ grant_type: string(), code: string() }) }),
})
