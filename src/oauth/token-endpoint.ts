import { createLarkAuthError } from '../core/errors.ts'
import type { CallOptions, Context, EndpointSpec, LarkResponse } from '../core/types.ts'

/** The accounts host's OAuth token endpoint (authorization code and refresh grants). */
export const TOKEN_PATH = '/oauth/v3/token'

/** A user's tokens as larkfn stores them. Times are epoch milliseconds. */
export interface UserToken {
  readonly accessToken: string
  readonly refreshToken: string | undefined
  readonly expiresAt: number
  readonly refreshExpiresAt: number | undefined
  readonly scope: string | undefined
  readonly tokenType: string
}

interface Reply {
  code?: number
  access_token?: string
  expires_in?: number
  refresh_token?: string
  refresh_token_expires_in?: number
  scope?: string
  token_type?: string
  error?: string
  error_description?: string
}

const spec: EndpointSpec = { id: `POST ${TOKEN_PATH}`, method: 'POST', path: TOKEN_PATH, tokens: [], flat: true }

function reply(res: LarkResponse): Reply {
  return typeof res.body === 'object' && res.body !== null ? (res.body as Reply) : {}
}

/**
 * Posts one grant to the OAuth token endpoint and reads the flat reply. OAuth errors arrive with a
 * non-200 status and `{ code, error, error_description }`; they become a `LarkAuthError`.
 */
export async function postGrant(ctx: Context, grant: Record<string, string | undefined>, options: CallOptions = {}): Promise<UserToken> {
  if (!ctx.appId || !ctx.appSecret) {
    throw createLarkAuthError({ endpoint: spec.id, reason: 'user token grants need appId and appSecret in the context' })
  }
  const body: Record<string, string> = { client_id: ctx.appId, client_secret: ctx.appSecret }
  for (const [key, value] of Object.entries(grant)) if (value !== undefined) body[key] = value
  const url = `${ctx.accountsUrl}${TOKEN_PATH}`
  const res = await ctx.sendToken({ ctx, spec, method: 'POST', url, headers: {}, body, options })
  const data = reply(res)
  const logId = res.headers.get('x-tt-logid') ?? undefined
  if (res.status !== 200 || data.error || (data.code !== undefined && data.code !== 0) || !data.access_token) {
    const what = data.error ? `${data.error}${data.error_description ? `: ${data.error_description}` : ''}` : `HTTP ${res.status}`
    throw createLarkAuthError({ endpoint: spec.id, reason: `the platform refused the ${grant.grant_type} grant (${what})`, code: data.code, logId, oauthError: data.error })
  }
  const now = Date.now()
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token || undefined,
    expiresAt: now + (data.expires_in ?? 7200) * 1000,
    refreshExpiresAt: data.refresh_token ? now + (data.refresh_token_expires_in ?? 604_800) * 1000 : undefined,
    scope: data.scope,
    tokenType: data.token_type ?? 'Bearer',
  }
}
