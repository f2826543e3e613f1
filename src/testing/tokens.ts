/**
 * Token issuing and lookup on the fake clock, with the platform's renewal rule:
 * the same app/tenant token comes back while ≥ 1800 s remain, a new one below that, and the old
 * one stays valid until its own expiry.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'
import { randomHex } from './ids.ts'
import type { IssuedToken, State } from './state.ts'
import { FAKE_TENANT_KEY } from './defaults.ts'

/** Lifetime of app, tenant and user access tokens, in seconds. */
export const TOKEN_LIFETIME = 7200
/** Below this many remaining seconds, a token request gets a new token. */
export const RENEW_BELOW = 1800
/** Lifetime of refresh tokens, in seconds (7 days). */
export const REFRESH_LIFETIME = 604_800

const PREFIX: Record<TokenKind, string> = { tenant: 't-', app: 'a-', user: 'u-' }

/**
 * Issues an app or tenant token, or re-issues the current one while enough of it remains.
 *
 * @param state The fake's state.
 * @param kind `tenant` or `app`.
 * @param appId The app.
 * @param tenantKey The tenant (tenant tokens only).
 * @returns The token and its remaining lifetime in seconds (the `expire` field).
 */
export function issueAppToken(
  state: State,
  kind: 'tenant' | 'app',
  appId: string,
  tenantKey?: string,
): { token: string; expire: number } {
  const key = `${kind}:${appId}:${tenantKey ?? ''}`
  const current = state.tokens.get(state.current.get(key) ?? '')
  if (current && current.expiresAt - state.now >= RENEW_BELOW) {
    return { token: current.token, expire: current.expiresAt - state.now }
  }
  const issued = store(state, { kind, appId, tenantKey, lifetime: TOKEN_LIFETIME })
  state.current.set(key, issued.token)
  return { token: issued.token, expire: TOKEN_LIFETIME }
}

/** The tokens of one user grant (authorization code or refresh). */
export interface UserGrant {
  readonly accessToken: string
  readonly expiresIn: number
  /** Only when `scope` includes `offline_access`. */
  readonly refreshToken?: string
  readonly refreshExpiresIn?: number
  readonly openId: string
  readonly scope: string
}

/**
 * Issues a user access token, plus a single-use refresh token when the scope has `offline_access`.
 *
 * @param state The fake's state.
 * @param fields The app, user and granted scope; the tenant defaults to the user's, then the app's.
 * @returns The grant.
 */
export function grantUserTokens(
  state: State,
  fields: { appId: string; openId: string; scope: string; tenantKey?: string },
): UserGrant {
  const tenantKey =
    fields.tenantKey ??
    state.users.find((u) => u.open_id === fields.openId)?.tenant_key ??
    state.apps.get(fields.appId)?.tenants[0] ??
    FAKE_TENANT_KEY
  const access = store(state, { kind: 'user', ...fields, tenantKey, lifetime: TOKEN_LIFETIME })
  const grant = { accessToken: access.token, expiresIn: TOKEN_LIFETIME, openId: fields.openId, scope: fields.scope }
  if (!fields.scope.split(/\s+/).includes('offline_access')) return grant
  const refreshToken = `ur-${randomHex(16)}`
  const { appId, openId, scope } = fields
  const expiresAt = state.now + REFRESH_LIFETIME
  state.refreshTokens.set(refreshToken, { appId, openId, scope, expiresAt, used: false, revoked: false })
  return { ...grant, refreshToken, refreshExpiresIn: REFRESH_LIFETIME }
}

function store(
  state: State,
  fields: Omit<IssuedToken, 'token' | 'expiresAt'> & { lifetime: number },
): IssuedToken {
  const { lifetime, ...rest } = fields
  const issued: IssuedToken = { ...rest, token: PREFIX[rest.kind] + randomHex(16), expiresAt: state.now + lifetime }
  state.tokens.set(issued.token, issued)
  return issued
}

/**
 * Whether a token record is still valid on the fake clock.
 *
 * @param state The fake's state.
 * @param token The record.
 * @returns `true` until `expiresAt`.
 */
export function isLive(state: State, token: IssuedToken): boolean {
  return state.now < token.expiresAt
}

/**
 * Forgets tokens so the platform rejects them as unknown: all, or those matching the filter.
 * Refresh tokens of matching users are revoked too.
 *
 * @param state The fake's state.
 * @param filter Optional app id and/or token kind.
 * @returns How many access tokens were forgotten.
 */
export function revokeTokens(state: State, filter: { appId?: string; kind?: TokenKind } = {}): number {
  let count = 0
  for (const [token, issued] of state.tokens) {
    if (filter.appId !== undefined && issued.appId !== filter.appId) continue
    if (filter.kind !== undefined && issued.kind !== filter.kind) continue
    state.tokens.delete(token)
    count++
  }
  if (filter.kind === undefined || filter.kind === 'user') {
    for (const grant of state.refreshTokens.values()) {
      if (filter.appId === undefined || grant.appId === filter.appId) grant.revoked = true
    }
  }
  return count
}

/**
 * Makes one token (access or refresh) expire now on the fake clock.
 *
 * @param state The fake's state.
 * @param token The token string.
 * @returns `true` when the token was known.
 */
export function expireToken(state: State, token: string): boolean {
  const issued = state.tokens.get(token)
  if (issued) issued.expiresAt = Math.min(issued.expiresAt, state.now)
  const grant = state.refreshTokens.get(token)
  if (grant) state.refreshTokens.set(token, { ...grant, expiresAt: Math.min(grant.expiresAt, state.now) })
  return issued !== undefined || grant !== undefined
}
