import { createLarkAuthError, createLarkValidationError } from '../core/errors.ts'
import { userTokenKey } from '../core/token/keys.ts'
import { storeSet } from '../core/token/safe-store.ts'
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
  return typeof res.body === 'object' && res.body !== null && !Array.isArray(res.body) ? (res.body as Reply) : {}
}

/** An OAuth refusal in words: `error: description` (the description cut at 200 characters), else the HTTP status. */
export function refusalOf(fields: { readonly error?: unknown; readonly error_description?: unknown }, status: number): string {
  const error = typeof fields.error === 'string' && fields.error !== '' ? fields.error : undefined
  if (error === undefined) return `HTTP ${status}`
  const description = typeof fields.error_description === 'string' && fields.error_description !== '' ? fields.error_description.slice(0, 200) : undefined
  return description === undefined ? error : `${error}: ${description}`
}

/** What {@link postForm} answers: the status, the flat body's fields, the log id. */
export interface FormReply {
  readonly status: number
  readonly fields: Record<string, unknown>
  readonly logId: string | undefined
}

/**
 * Posts a form-encoded body through the context's token chain (no redirect to another origin,
 * bounded by the context's size limit and the timeout). OAuth answers errors with HTTP 400 and a
 * JSON body, which is read like a success: the caller looks at `error`.
 */
export async function postForm(
  ctx: Context,
  spec: EndpointSpec,
  url: string,
  fields: Record<string, string>,
  options: { readonly headers?: Record<string, string>; readonly signal?: AbortSignal | undefined; readonly timeout?: number } = {},
): Promise<FormReply> {
  const body = new TextEncoder().encode(new URLSearchParams(fields).toString())
  const headers = { ...options.headers, 'content-type': 'application/x-www-form-urlencoded' }
  const call = { ...(options.signal === undefined ? {} : { signal: options.signal }), ...(options.timeout === undefined ? {} : { timeout: options.timeout }) }
  const res = await ctx.sendToken({ ctx, spec, method: 'POST', url, headers, body, options: call })
  return { status: res.status, fields: reply(res) as Record<string, unknown>, logId: res.headers.get('x-tt-logid') ?? undefined }
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
    throw createLarkAuthError({ endpoint: spec.id, reason: `the platform refused the ${grant.grant_type} grant (${refusalOf(data, res.status)})`, code: data.code, logId, oauthError: data.error })
  }
  return readTokenReply(data as Record<string, unknown>)
}

/** The token set of a successful flat OAuth reply (`access_token`, `expires_in`, …). */
export function readTokenReply(reply: Record<string, unknown>): UserToken {
  const data = reply as Reply
  const now = Date.now()
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback)
  return {
    accessToken: String(data.access_token),
    refreshToken: typeof data.refresh_token === 'string' && data.refresh_token !== '' ? data.refresh_token : undefined,
    expiresAt: now + num(data.expires_in, 7200) * 1000,
    refreshExpiresAt: data.refresh_token ? now + num(data.refresh_token_expires_in, 604_800) * 1000 : undefined,
    scope: typeof data.scope === 'string' ? data.scope : undefined,
    tokenType: typeof data.token_type === 'string' ? data.token_type : 'Bearer',
  }
}

/** How long the store keeps a set: as long as its refresh token (or access token) lives. */
export function ttlOf(token: UserToken): number {
  return Math.max(1000, (token.refreshExpiresAt ?? token.expiresAt) - Date.now())
}

/**
 * Stores one user's tokens under `name`, for as long as its refresh token lives.
 *
 * @throws {LarkValidationError} When `token` is not a token set.
 */
export async function storeUserToken(ctx: Context, name: string, token: UserToken): Promise<void> {
  if (typeof token?.accessToken !== 'string' || typeof token.expiresAt !== 'number') {
    throw createLarkValidationError('oauth.storeUserToken', [{ path: 'token', message: 'must be a user token set (accessToken, expiresAt…)' }])
  }
  await storeSet(ctx, userTokenKey(ctx, name), token, ttlOf(token))
}
