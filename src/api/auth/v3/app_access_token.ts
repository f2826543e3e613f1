// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createAppAccessToken}. */
export interface CreateAppAccessTokenInput {
  body: { app_id: string; app_secret: string; app_ticket: string }
}

/** Body of a successful {@link createAppAccessToken} response. */
export interface CreateAppAccessTokenOutput {
  app_access_token?: string
  expire: number
}

/**
 * `auth.v3.app_access_token.create`: POST /open-apis/auth/v3/app_access_token (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=auth&resource=app_access_token&version=v3
 */
export const createAppAccessToken = /*#__PURE__*/ endpoint<CreateAppAccessTokenInput, CreateAppAccessTokenOutput>({
  id: 'auth.v3.app_access_token.create',
  method: 'POST',
  path: '/open-apis/auth/v3/app_access_token',
  tokens: [],
  input: () => looseObject({ body: looseObject({ app_id: string(), app_secret: string(), app_ticket: string() }) }),
  flat: true,
})

/** Input of {@link internalAppAccessToken}. */
export interface InternalAppAccessTokenInput {
  body: { app_id: string; app_secret: string }
}

/** Body of a successful {@link internalAppAccessToken} response. */
export interface InternalAppAccessTokenOutput {
  app_access_token?: string
  expire?: number
}

/**
 * `auth.v3.app_access_token.internal`: POST /open-apis/auth/v3/app_access_token/internal (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=internal&project=auth&resource=app_access_token&version=v3
 */
export const internalAppAccessToken = /*#__PURE__*/ endpoint<InternalAppAccessTokenInput, InternalAppAccessTokenOutput>({
  id: 'auth.v3.app_access_token.internal',
  method: 'POST',
  path: '/open-apis/auth/v3/app_access_token/internal',
  tokens: [],
  input: () => looseObject({ body: looseObject({ app_id: string(), app_secret: string() }) }),
  flat: true,
})
