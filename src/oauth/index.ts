/**
 * User access tokens through the platform's OAuth authorization-code flow: build the authorization
 * URL, exchange the code, keep the tokens in the context's store under a name you choose, and
 * refresh them (refresh tokens are single-use) once per user, even under concurrency.
 *
 * @see https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token
 * @module
 */
import { raceAbort, sleep } from '../core/abort.ts'
import { createLarkAuthError, createLarkValidationError, isLarkAuthError } from '../core/errors.ts'
import { log } from '../core/log.ts'
import { userTokenKey } from '../core/token/keys.ts'
import { storeGet, storeSet } from '../core/token/safe-store.ts'
import { singleFlight } from '../core/token/single-flight.ts'
import type { CallOptions, Context } from '../core/types.ts'
import { postGrant, type UserToken } from './token-endpoint.ts'

export { createPkce, type Pkce } from './pkce.ts'
export type { UserToken } from './token-endpoint.ts'
export {
  APP_REGISTRATION_PATH,
  registerApp,
  type RegisterAppOptions,
  type RegisteredApp,
  type RegistrationPreset,
  type RegistrationQrInfo,
  type RegistrationStatus,
} from './register.ts'

/** Refresh codes after which another instance may already have rotated the token. */
const REFRESH_RACE = [20026, 20073]

/**
 * After losing a refresh race, how long to look for the winner's tokens in the store (its write may
 * still be on the way, e.g. a slow Redis): reads at these offsets from the refusal, in ms (3 s in all).
 */
const RACE_READS = [0, 50, 150, 300, 600, 1000, 1600, 2300, 3000]

/** Options of {@link authorizeUrl}. */
export interface AuthorizeUrlOptions {
  readonly redirectUri: string
  /** Space-separated string or list; include `offline_access` to get a refresh token. */
  readonly scope?: string | readonly string[]
  readonly state?: string
  /** PKCE challenge (S256) from `createPkce`. */
  readonly codeChallenge?: string
}

/**
 * The authorization page to send the user's browser to.
 *
 * @returns `{accountsUrl}/open-apis/authen/v1/authorize?client_id=…&redirect_uri=…`.
 * @example
 * const url = authorizeUrl(ctx, { redirectUri: 'https://example.com/cb', scope: ['offline_access'], state })
 */
export function authorizeUrl(ctx: Context, options: AuthorizeUrlOptions): string {
  if (!ctx.appId) throw createLarkValidationError('oauth.authorizeUrl', [{ path: 'appId', message: 'the context needs appId' }])
  if (typeof options?.redirectUri !== 'string' || options.redirectUri === '') {
    throw createLarkValidationError('oauth.authorizeUrl', [{ path: 'redirectUri', message: 'is required' }])
  }
  const params = new URLSearchParams({ client_id: ctx.appId, redirect_uri: options.redirectUri })
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ')
  if (scope) params.set('scope', scope)
  // Without state the redirect can be forged (login CSRF); without PKCE a stolen code is usable.
  const missing = [options.state ? undefined : 'state', options.codeChallenge ? undefined : 'codeChallenge (PKCE, createPkce)'].filter(Boolean)
  if (missing.length > 0) {
    log(ctx, 'warn', `oauth.authorizeUrl without ${missing.join(' and ')}: pass a random state and check it on the redirect, and a PKCE challenge`)
  }
  if (options.state) params.set('state', options.state)
  if (options.codeChallenge) {
    params.set('code_challenge', options.codeChallenge)
    params.set('code_challenge_method', 'S256')
  }
  return `${ctx.accountsUrl}/open-apis/authen/v1/authorize?${params}`
}

/** Options of {@link exchangeCode}. */
export interface ExchangeCodeOptions extends CallOptions {
  readonly code: string
  readonly redirectUri?: string
  readonly codeVerifier?: string
  /** Keep the tokens in the context's store under this name (then use `getUserAccessToken`). */
  readonly storeAs?: string
}

function ttlOf(token: UserToken): number {
  return Math.max(1000, (token.refreshExpiresAt ?? token.expiresAt) - Date.now())
}

/**
 * Exchanges an authorization code for the user's tokens.
 *
 * @returns The tokens (also stored under `storeAs` when given).
 * @throws {LarkAuthError} When the platform refuses the code.
 */
export async function exchangeCode(ctx: Context, options: ExchangeCodeOptions): Promise<UserToken> {
  if (typeof options?.code !== 'string' || options.code === '') {
    throw createLarkValidationError('oauth.exchangeCode', [{ path: 'code', message: 'is required' }])
  }
  const grant = { grant_type: 'authorization_code', code: options.code, redirect_uri: options.redirectUri, code_verifier: options.codeVerifier }
  const token = await postGrant(ctx, grant, options)
  if (options.storeAs !== undefined) await storeSet(ctx, userTokenKey(ctx, options.storeAs), token, ttlOf(token))
  return token
}

/** Reads the stored tokens of `name`, or undefined. */
export async function getStoredUserToken(ctx: Context, name: string): Promise<UserToken | undefined> {
  const value = await storeGet(ctx, userTokenKey(ctx, name))
  return typeof value === 'object' && value !== null && typeof (value as UserToken).accessToken === 'string'
    ? (value as UserToken)
    : undefined
}

/**
 * Refreshes the stored tokens of `name` now and stores the rotated pair. Concurrent calls for one
 * name share one refresh. If another instance rotated the refresh token first, its stored result is used.
 *
 * @throws {LarkAuthError} When nothing is stored, there is no refresh token, or the platform refuses.
 */
export function refreshUserToken(ctx: Context, name: string, options: CallOptions = {}): Promise<UserToken> {
  const key = userTokenKey(ctx, name)
  const run = singleFlight(ctx.tokenStore, `refresh:${key}`, async () => {
    const current = await getStoredUserToken(ctx, name)
    if (current?.refreshToken === undefined) {
      throw createLarkAuthError({ endpoint: 'oauth.refreshUserToken', reason: `no refresh token stored for '${name}' (was offline_access granted?)` })
    }
    try {
      const next = await postGrant(ctx, { grant_type: 'refresh_token', refresh_token: current.refreshToken })
      await storeSet(ctx, key, next, ttlOf(next))
      return next
    } catch (error) {
      if (!(isLarkAuthError(error) && error.code !== undefined && REFRESH_RACE.includes(error.code))) throw error
      // Another instance used this refresh token first: its rotated pair is (or soon will be) in the store.
      let waited = 0
      for (const at of RACE_READS) {
        await sleep(at - waited)
        waited = at
        const latest = await getStoredUserToken(ctx, name)
        if (latest && latest.refreshToken !== current.refreshToken) return latest
      }
      throw error
    }
  })
  return raceAbort(run, options.signal)
}

/**
 * The user's access token, refreshed first when it expires within `marginSeconds` (default 180).
 *
 * @returns A token to pass as `options.userAccessToken`.
 * @example
 * await listChat(ctx, {}, { userAccessToken: await getUserAccessToken(ctx, 'alice') })
 */
export async function getUserAccessToken(ctx: Context, name: string, options: CallOptions & { marginSeconds?: number } = {}): Promise<string> {
  const stored = await getStoredUserToken(ctx, name)
  if (stored === undefined) {
    throw createLarkAuthError({ endpoint: 'oauth.getUserAccessToken', reason: `no user token stored for '${name}': run exchangeCode first` })
  }
  if (stored.expiresAt - (options.marginSeconds ?? 180) * 1000 > Date.now()) return stored.accessToken
  return (await refreshUserToken(ctx, name, options)).accessToken
}
