import { withTimeout } from '../abort.ts'
import { createLarkAuthError, isLarkAuthError } from '../errors.ts'
import { log } from '../log.ts'
import type { ClientAssertionProvider, Context, EndpointSpec, LarkResponse } from '../types.ts'
import { appTicketKey, tokenKey, tokenTtl } from './keys.ts'
import { storeDelete, storeGet, storeSet } from './safe-store.ts'
import { singleFlight } from './single-flight.ts'

/** Platform codes on the app-token endpoint meaning the app_ticket is wrong or stale. */
const BAD_TICKET = 10012

const AUTH = '/open-apis/auth/v3'

interface TokenReply {
  readonly code?: number
  readonly msg?: string
  readonly expire?: number
  readonly [field: string]: unknown
}

function spec(path: string): EndpointSpec {
  // Token endpoints carry no token and are safe to replay: the platform re-issues the same token.
  return { id: `POST ${path}`, method: 'POST', path, tokens: [], flat: true, idempotent: true }
}

/** Options of {@link getToken}. */
export interface GetTokenOptions {
  /** The endpoint that needs the token: named in errors (default `getToken`). */
  readonly endpoint?: string
  /** Milliseconds per attempt of the token request (default: the context's timeout). */
  readonly timeout?: number
}

/** Sends one auth request through the context's token chain (retry → logger → transport). */
async function post(ctx: Context, path: string, body: Record<string, string>, o: GetTokenOptions, base = ctx.baseUrl): Promise<LarkResponse> {
  const url = base + path
  const options = o.timeout === undefined ? {} : { timeout: o.timeout }
  return ctx.sendToken({ ctx, spec: spec(path), method: 'POST', url, headers: {}, body, options })
}

function logIdOf(res: LarkResponse): string | undefined {
  return res.headers.get('x-tt-logid') ?? undefined
}

/**
 * Reads `field` and `expire` (or OAuth's `expires_in`) from a flat token reply, or fails with an
 * auth error (no token in it; the platform's words with `secret` taken out, should it echo it).
 */
function readToken(res: LarkResponse, path: string, field: string, secret: string): { token: string; expire: number } {
  const body = (typeof res.body === 'object' && res.body !== null ? res.body : {}) as TokenReply
  const token = body[field]
  const expire = body.expire ?? body.expires_in
  if (body.code === 0 && typeof token === 'string' && token !== '') {
    return { token, expire: typeof expire === 'number' && Number.isFinite(expire) ? expire : 7200 }
  }
  const said = String(body.msg ?? body.error_description ?? 'no message').split(secret).join('[hidden]').slice(0, 200)
  const reason = typeof body.code === 'number' ? `the platform refused to issue ${field}: ${said}` : `no ${field} in the reply (HTTP ${res.status})`
  throw createLarkAuthError({ endpoint: `POST ${path}`, reason, code: body.code, logId: logIdOf(res), oauthError: body.error as string | undefined })
}

/**
 * Keyless apps (RFC 7523): one fresh assertion from the provider (bounded by the timeout; its signal
 * aborts then) traded for a tenant token at the accounts host. The assertion goes into the body only.
 */
async function fetchByAssertion(ctx: Context, o: GetTokenOptions): Promise<{ token: string; expire: number }> {
  const path = '/oauth/v3/token'
  const fail = (reason: string, cause?: unknown) => createLarkAuthError({ endpoint: `POST ${path}`, reason: `the clientAssertion provider ${reason}` }, cause)
  const timeout = o.timeout ?? ctx.timeout
  const { signal, clear } = withTimeout(undefined, timeout)
  let value: unknown
  try {
    const ask = (ctx.clientAssertion as ClientAssertionProvider)({ audience: new URL(ctx.accountsUrl).host, appId: ctx.appId as string, signal })
    value = await Promise.race([ask, new Promise((_, reject) => signal.addEventListener('abort', reject))])
  } catch (error) {
    throw fail(signal.aborted ? `did not answer within ${timeout} ms` : 'failed', error)
  } finally {
    clear()
  }
  if (typeof value !== 'string' || value === '') throw fail('returned no assertion')
  const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
  const body = { grant_type: grant, client_assertion_type: grant.replace('grant-type', 'client-assertion-type'), client_assertion: value, client_id: ctx.appId as string }
  return readToken(await post(ctx, path, body, o, ctx.accountsUrl), path, 'access_token', value)
}

function needCredentials(ctx: Context, what: string, o: GetTokenOptions): { appId: string; appSecret: string } {
  if (ctx.appId && ctx.appSecret) return { appId: ctx.appId, appSecret: ctx.appSecret }
  const missing = ctx.appId ? 'appSecret' : ctx.appSecret ? 'appId' : 'appId and appSecret'
  throw createLarkAuthError({
    endpoint: o.endpoint ?? 'getToken',
    reason: `needs a ${what}, and fetching one needs ${missing} in createContext; or pass options.${what === 'app_access_token' ? 'appAccessToken' : 'tenantAccessToken'} in the call`,
  })
}

/** Asks the platform to push the app_ticket again; it arrives later as an `app_ticket` event. */
async function resendTicket(ctx: Context, appId: string, appSecret: string, o: GetTokenOptions): Promise<void> {
  try {
    await post(ctx, `${AUTH}/app_ticket/resend`, { app_id: appId, app_secret: appSecret }, o)
  } catch (error) {
    log(ctx, 'warn', 'app_ticket resend failed', { reason: error instanceof Error ? error.message : String(error) })
  }
}

async function fetchAppToken(ctx: Context, o: GetTokenOptions): Promise<{ token: string; expire: number }> {
  const { appId, appSecret } = needCredentials(ctx, 'app_access_token', o)
  if (ctx.appType === 'self_built') {
    const path = `${AUTH}/app_access_token/internal`
    return readToken(await post(ctx, path, { app_id: appId, app_secret: appSecret }, o), path, 'app_access_token', appSecret)
  }
  const ticket = ctx.appTicket ?? (await storeGet(ctx, appTicketKey(ctx)))
  const path = `${AUTH}/app_access_token`
  if (typeof ticket !== 'string' || ticket === '') {
    await resendTicket(ctx, appId, appSecret, o)
    throw createLarkAuthError({
      endpoint: `POST ${path}`,
      reason: 'no app_ticket yet: asked the platform to resend it; it arrives as an app_ticket event, retry after that',
    })
  }
  const res = await post(ctx, path, { app_id: appId, app_secret: appSecret, app_ticket: ticket }, o)
  try {
    return readToken(res, path, 'app_access_token', appSecret)
  } catch (error) {
    if (isLarkAuthError(error) && error.code === BAD_TICKET) {
      await storeDelete(ctx, appTicketKey(ctx))
      await resendTicket(ctx, appId, appSecret, o)
    }
    throw error
  }
}

async function fetchTenantToken(ctx: Context, tenantKey: string | undefined, o: GetTokenOptions): Promise<{ token: string; expire: number }> {
  if (ctx.clientAssertion) return fetchByAssertion(ctx, o)
  const { appId, appSecret } = needCredentials(ctx, 'tenant_access_token', o)
  if (ctx.appType === 'self_built') {
    const path = `${AUTH}/tenant_access_token/internal`
    return readToken(await post(ctx, path, { app_id: appId, app_secret: appSecret }, o), path, 'tenant_access_token', appSecret)
  }
  const path = `${AUTH}/tenant_access_token`
  if (!tenantKey) {
    throw createLarkAuthError({
      endpoint: `POST ${path}`,
      reason: 'a marketplace app needs options.tenantKey to get a tenant_access_token',
    })
  }
  const appToken = await getToken(ctx, 'app', undefined, o)
  const res = await post(ctx, path, { app_access_token: appToken, tenant_key: tenantKey }, o)
  return readToken(res, path, 'tenant_access_token', appToken)
}

/**
 * Returns a cached or fresh app / tenant token. Concurrent misses of one key share one fetch; the
 * token is cached for `expire` minus the context's margin.
 *
 * @param ctx The context (credentials, store, chain).
 * @param kind `app` or `tenant`.
 * @param tenantKey Marketplace apps: the tenant.
 * @param options The endpoint to name in errors; the timeout per attempt of the token request.
 * @returns The token.
 * @throws {LarkAuthError} When credentials, ticket or tenant key are missing or the platform refuses.
 */
export async function getToken(ctx: Context, kind: 'app' | 'tenant', tenantKey?: string, options: GetTokenOptions = {}): Promise<string> {
  // Self-built apps have one tenant: the tenant key does not split their cache.
  const scopedKey = kind === 'tenant' && ctx.appType === 'marketplace' ? tenantKey : undefined
  const key = tokenKey(ctx, kind, scopedKey)
  const cached = await storeGet(ctx, key)
  if (typeof cached === 'string' && cached !== '') return cached
  return singleFlight(ctx.tokenStore, key, async () => {
    const { token, expire } = kind === 'app' ? await fetchAppToken(ctx, options) : await fetchTenantToken(ctx, scopedKey, options)
    // A lifetime too short to cache (expire ≤ 0, or gone within the margin's half) is used once, not stored:
    // a TTL of 0 means "forever" to Keyv and to the memory store.
    const ttl = tokenTtl(expire, ctx.tokenMargin)
    if (ttl > 0) await storeSet(ctx, key, token, ttl)
    return token
  })
}

/** Drops a cached token after the platform said it is invalid. */
export async function dropToken(ctx: Context, kind: 'app' | 'tenant', tenantKey?: string): Promise<void> {
  const scopedKey = kind === 'tenant' && ctx.appType === 'marketplace' ? tenantKey : undefined
  await storeDelete(ctx, tokenKey(ctx, kind, scopedKey))
}
