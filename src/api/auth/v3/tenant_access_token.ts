// Generated from catalog/auth.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createTenantAccessToken}. */
export interface CreateTenantAccessTokenInput {
  body: { app_access_token: string; tenant_key: string }
}

/** Body of a successful {@link createTenantAccessToken} response. */
export interface CreateTenantAccessTokenOutput {
  tenant_access_token?: string
  expire?: number
}

/**
 * `auth.v3.tenant_access_token.create`: POST /open-apis/auth/v3/tenant_access_token (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=auth&resource=tenant_access_token&version=v3
 */
export const createTenantAccessToken = /*#__PURE__*/ endpoint<CreateTenantAccessTokenInput, CreateTenantAccessTokenOutput>({
  id: 'auth.v3.tenant_access_token.create',
  method: 'POST',
  path: '/open-apis/auth/v3/tenant_access_token',
  tokens: [],
  input: () => looseObject({ body: looseObject({ app_access_token: string(), tenant_key: string() }) }),
  flat: true,
})

/** Input of {@link internalTenantAccessToken}. */
export interface InternalTenantAccessTokenInput {
  body: { app_id: string; app_secret: string }
}

/** Body of a successful {@link internalTenantAccessToken} response. */
export interface InternalTenantAccessTokenOutput {
  tenant_access_token?: string
  expire?: number
}

/**
 * `auth.v3.tenant_access_token.internal`: POST /open-apis/auth/v3/tenant_access_token/internal (no token).
 *
 * Responds without the `{ code, msg, data }` envelope.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=internal&project=auth&resource=tenant_access_token&version=v3
 */
export const internalTenantAccessToken = /*#__PURE__*/ endpoint<InternalTenantAccessTokenInput, InternalTenantAccessTokenOutput>({
  id: 'auth.v3.tenant_access_token.internal',
  method: 'POST',
  path: '/open-apis/auth/v3/tenant_access_token/internal',
  tokens: [],
  input: () => looseObject({ body: looseObject({ app_id: string(), app_secret: string() }) }),
  flat: true,
})
