/**
 * User access tokens through the platform's OAuth authorization-code flow: build the authorization
 * URL, exchange the code, keep the tokens in the context's store under a name you choose, and
 * refresh them (refresh tokens are single-use) once per user, even under concurrency.
 * `userTokens(ctx, name)` wraps one user's stored set: `get()` hands out a fresh access token.
 *
 * @see https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token
 * @module
 */
import { raceAbort, sleep } from '../core/abort.ts'
import { createLarkAuthError, createLarkValidationError, isLarkAuthError } from '../core/errors.ts'
import { log } from '../core/log.ts'
import { userTokenKey } from '../core/token/keys.ts'
import { storeDelete, storeGet, storeSet } from '../core/token/safe-store.ts'
import { singleFlight } from '../core/token/single-flight.ts'
import type { CallOptions, Context } from '../core/types.ts'
import { postGrant, storeUserToken, type UserToken } from './token-endpoint.ts'

export { createPkce, type Pkce } from './pkce.ts'
export { storeUserToken, type UserToken } from './token-endpoint.ts'
export {
  authorizeDevice,
  DEVICE_AUTHORIZATION_PATH,
  DEVICE_CODE_GRANT,
  DEVICE_TOKEN_PATH,
  pollDeviceToken,
  type AuthorizeDeviceOptions,
  type DeviceAuthorization,
  type PollDeviceTokenOptions,
} from './device.ts'
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
  if (options.storeAs !== undefined) await storeUserToken(ctx, options.storeAs, token)
  return token
}

/** Reads the stored tokens of `name`, or undefined. */
export async function getStoredUserToken(ctx: Context, name: string): Promise<UserToken | undefined> {
  const value = await storeGet(ctx, userTokenKey(ctx, name))
  return typeof value === 'object' && value !== null && typeof (value as UserToken).accessToken === 'string'
    ? (value as UserToken)
    : undefined
}

/** How long a refresh lease is held at most, ms (the grant's own deadline is shorter). */
const LEASE_TTL = 15_000
/** Wait before reading a lease back, ms: the last writer holds it (as the event de-dup does). */
const LEASE_SETTLE = 100

/**
 * Takes the store-wide lease to refresh `key`, so instances sharing a store send one grant between
 * them: write a random id, wait, read it back; the last writer holds it. A store that fails or
 * forgets answers "yours" (a refresh too many is refused and recovered from; none at all would not).
 */
async function takeLease(ctx: Context, key: string): Promise<{ held: boolean; release(): Promise<void> }> {
  const lease = `${key}:refresh-lease`
  const release = () => storeDelete(ctx, lease)
  if ((await storeGet(ctx, lease)) != null) return { held: false, release: async () => {} }
  const mine = Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => b.toString(16).padStart(2, '0')).join('')
  await storeSet(ctx, lease, mine, LEASE_TTL)
  await sleep(LEASE_SETTLE)
  const after = await storeGet(ctx, lease)
  return after == null || after === mine ? { held: true, release } : { held: false, release: async () => {} }
}

/** Reads the store until another instance's rotated pair replaces `current`, or gives up. */
async function awaitRotation(ctx: Context, name: string, current: UserToken): Promise<UserToken | undefined> {
  let waited = 0
  for (const at of RACE_READS) {
    await sleep(at - waited)
    waited = at
    const latest = await getStoredUserToken(ctx, name)
    if (latest && latest.refreshToken !== current.refreshToken) return latest
  }
  return undefined
}

/**
 * Refreshes the stored tokens of `name` now and stores the rotated pair. Concurrent calls for one
 * name share one refresh; instances sharing a store (Redis) send one grant between them (a lease in
 * the store), and one that still loses the race to the single-use refresh token takes the winner's
 * stored result.
 *
 * @throws {LarkAuthError} When nothing is stored, there is no refresh token, or the platform refuses.
 */
export function refreshUserToken(ctx: Context, name: string, options: CallOptions = {}): Promise<UserToken> {
  return refreshFlight(ctx, name, options, undefined)
}

/** The refresh, skipped when the stored access token lives past `freshUntil` (ms epoch) by the time the flight runs. */
function refreshFlight(ctx: Context, name: string, options: CallOptions, freshUntil: number | undefined): Promise<UserToken> {
  const key = userTokenKey(ctx, name)
  const run = singleFlight(ctx.tokenStore, `refresh:${key}`, async () => {
    const current = await getStoredUserToken(ctx, name)
    if (current !== undefined && freshUntil !== undefined && current.expiresAt > freshUntil) return current
    if (current?.refreshToken === undefined) {
      throw createLarkAuthError({ endpoint: 'oauth.refreshUserToken', reason: `no refresh token stored for '${name}' (was offline_access granted?)` })
    }
    const lease = await takeLease(ctx, key)
    if (!lease.held) {
      // Another instance is refreshing: its rotated pair arrives in the store. If it never does, refresh here.
      const rotated = await awaitRotation(ctx, name, current)
      if (rotated) return rotated
    }
    try {
      const next = await postGrant(ctx, { grant_type: 'refresh_token', refresh_token: current.refreshToken })
      await storeUserToken(ctx, name, next)
      return next
    } catch (error) {
      if (!(isLarkAuthError(error) && error.code !== undefined && REFRESH_RACE.includes(error.code))) throw error
      // Another instance used this refresh token first: its rotated pair is (or soon will be) in the store.
      const rotated = await awaitRotation(ctx, name, current)
      if (rotated) return rotated
      throw error
    } finally {
      await lease.release()
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
  const margin = (options.marginSeconds ?? 180) * 1000
  if (stored.expiresAt - margin > Date.now()) return stored.accessToken
  // Another caller (or instance) may refresh first: then its fresh pair is taken as it is.
  return (await refreshFlight(ctx, name, options, Date.now() + margin)).accessToken
}

/** What {@link userTokens} gives. */
export interface UserTokens {
  /** The name the set is stored under. */
  readonly name: string
  /**
   * An access token to pass as `userAccessToken`, refreshed first when it expires within the margin.
   *
   * @throws {LarkAuthError} When nothing is stored, or the refresh is refused (sign the user in again).
   */
  get(options?: CallOptions): Promise<string>
  /** The stored set, or undefined. */
  read(): Promise<UserToken | undefined>
  /** Stores a set (from `exchangeCode`, `pollDeviceToken`…), replacing what was there. */
  set(token: UserToken): Promise<void>
  /** Refreshes now, whatever the expiry. */
  refresh(options?: CallOptions): Promise<UserToken>
  /** Forgets the set (signing the user out here; the platform's grant stays). */
  clear(): Promise<void>
}


/**
 * One user's tokens, kept fresh.
 *
 * @param ctx The context whose store holds them (share a Redis store between instances to share the set).
 * @param name Who they belong to, e.g. the user's open id.
 * @param options `marginSeconds`: refresh when the access token expires within this many seconds (default 180).
 * @example
 * const alice = userTokens(ctx, 'alice')
 * await alice.set(await pollDeviceToken(ctx, authorization))
 * await listChat(ctx, {}, { userAccessToken: await alice.get() })
 */
export function userTokens(ctx: Context, name: string, options: { readonly marginSeconds?: number } = {}): UserTokens {
  if (typeof name !== 'string' || name === '') throw createLarkValidationError('oauth.userTokens', [{ path: 'name', message: 'must be a non-empty string' }])
  const margin = options.marginSeconds ?? 180
  if (!Number.isFinite(margin) || margin < 0) {
    throw createLarkValidationError('oauth.userTokens', [{ path: 'marginSeconds', message: 'must be a number of seconds, 0 or more' }])
  }
  return Object.freeze({
    name,
    get: (call: CallOptions = {}) => getUserAccessToken(ctx, name, { ...call, marginSeconds: margin }),
    read: () => getStoredUserToken(ctx, name),
    set: (token: UserToken) => storeUserToken(ctx, name, token),
    refresh: (call: CallOptions = {}) => refreshUserToken(ctx, name, call),
    clear: async () => {
      await storeDelete(ctx, userTokenKey(ctx, name))
    },
  })
}
