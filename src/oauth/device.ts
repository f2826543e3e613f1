/**
 * The OAuth 2.0 device flow (RFC 8628), for programs that cannot host a redirect URL: CLIs, agents,
 * headless services. `authorizeDevice` asks the accounts host for a device code and a short user
 * code; the user opens the verification URL on any device and approves; `pollDeviceToken` polls the
 * token endpoint until then and resolves to the same token set the authorization-code flow gives.
 *
 * @see https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token
 * @module
 */
import { sleep } from '../core/abort.ts'
import { createLarkAuthError, createLarkValidationError } from '../core/errors.ts'
import type { Context, EndpointSpec } from '../core/types.ts'
import { postForm, readTokenReply, refusalOf, storeUserToken, type UserToken } from './token-endpoint.ts'

/** The accounts host's device authorization endpoint. */
export const DEVICE_AUTHORIZATION_PATH = '/oauth/v1/device_authorization'
/** The Open API host's OAuth v2 token endpoint, which the device flow polls. */
export const DEVICE_TOKEN_PATH = '/open-apis/authen/v2/oauth/token'
/** The grant type of a poll. */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code'

/** Polling never waits longer than this between two polls, s. */
const MAX_INTERVAL = 60
/** Polls at most, whatever the expiry says. */
const MAX_POLLS = 200

/** A device authorization: show `userCode` and `verificationUri` to the user, keep the rest secret. */
export interface DeviceAuthorization {
  /** Secret: only `pollDeviceToken` needs it. Not enumerable, so printing the object leaves it out. */
  readonly deviceCode: string
  readonly userCode: string
  readonly verificationUri: string
  /** The verification URL with the user code in it (for a QR code or a link). */
  readonly verificationUriComplete: string
  /** Seconds the codes live. */
  readonly expiresIn: number
  /** Seconds to wait between polls. */
  readonly interval: number
  /** When the codes expire, epoch ms. */
  readonly expiresAt: number
}

/** Options of {@link authorizeDevice}. */
export interface AuthorizeDeviceOptions {
  /** Space-separated string or list; `offline_access` is added when absent (a refresh token). */
  readonly scope: string | readonly string[]
  readonly signal?: AbortSignal
}

/** Options of {@link pollDeviceToken}. */
export interface PollDeviceTokenOptions {
  /** Stops the wait at once (rejects with the signal's reason). */
  readonly signal?: AbortSignal
  /** Keep the tokens in the context's store under this name (then `userTokens(ctx, name)`). */
  readonly storeAs?: string
  /** Called before each wait, e.g. to show a spinner; `slowDown` after the platform asked to. */
  readonly onPoll?: (state: { readonly polls: number; readonly interval: number; readonly slowDown: boolean }) => void
}

const authorizeSpec: EndpointSpec = { id: 'oauth.authorizeDevice', method: 'POST', path: DEVICE_AUTHORIZATION_PATH, tokens: [], flat: true }
const pollSpec: EndpointSpec = { id: 'oauth.pollDeviceToken', method: 'POST', path: DEVICE_TOKEN_PATH, tokens: [], flat: true }

function credentials(ctx: Context, endpoint: string): { appId: string; appSecret: string } {
  if (!ctx.appId || !ctx.appSecret) throw createLarkAuthError({ endpoint, reason: 'the device flow needs appId and appSecret in the context' })
  return { appId: ctx.appId, appSecret: ctx.appSecret }
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
const seconds = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback)

/**
 * Starts a device authorization.
 *
 * @param ctx A context with `appId` and `appSecret`.
 * @param options The scopes to ask for.
 * @returns The codes: show `userCode` and `verificationUri` (or `verificationUriComplete`), then
 *   call {@link pollDeviceToken}.
 * @throws {LarkValidationError} Without a scope.
 * @throws {LarkAuthError} When the platform refuses (`oauthError` says why).
 * @example
 * const authorization = await authorizeDevice(ctx, { scope: ['im:chat:readonly'] })
 * console.log(`Open ${authorization.verificationUri} and enter ${authorization.userCode}`)
 * const token = await pollDeviceToken(ctx, authorization, { storeAs: 'me' })
 */
export async function authorizeDevice(ctx: Context, options: AuthorizeDeviceOptions): Promise<DeviceAuthorization> {
  const asked = typeof options?.scope === 'string' ? options.scope.split(/\s+/) : Array.isArray(options?.scope) ? [...options.scope] : undefined
  if (asked === undefined || asked.some((s) => typeof s !== 'string')) {
    throw createLarkValidationError(authorizeSpec.id, [{ path: 'scope', message: 'must be a space-separated string or a list of scopes' }])
  }
  const scopes = asked.filter((s) => s !== '')
  if (!scopes.includes('offline_access')) scopes.push('offline_access')
  const { appId, appSecret } = credentials(ctx, authorizeSpec.id)
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${appId}:${appSecret}`)))
  const url = `${ctx.accountsUrl}${DEVICE_AUTHORIZATION_PATH}`
  const res = await postForm(ctx, authorizeSpec, url, { client_id: appId, scope: scopes.join(' ') }, { headers: { authorization: `Basic ${basic}` }, signal: options.signal })
  const data = res.fields
  const deviceCode = text(data.device_code)
  const userCode = text(data.user_code)
  const verificationUri = text(data.verification_uri)
  if (res.status >= 400 || data.error !== undefined || !deviceCode || !userCode || !verificationUri) {
    const oauthError = text(data.error)
    throw createLarkAuthError({
      endpoint: authorizeSpec.id,
      reason: `the platform refused the device authorization (${oauthError ? refusalOf(data, res.status) : `HTTP ${res.status}, no device code`})`,
      ...(typeof data.code === 'number' ? { code: data.code } : {}),
      ...(res.logId === undefined ? {} : { logId: res.logId }),
      ...(oauthError ? { oauthError } : {}),
    })
  }
  const expiresIn = seconds(data.expires_in, 240)
  const authorization = {
    userCode,
    verificationUri,
    verificationUriComplete: text(data.verification_uri_complete) || verificationUri,
    expiresIn,
    interval: Math.min(seconds(data.interval, 5), MAX_INTERVAL),
    expiresAt: Date.now() + expiresIn * 1000,
  }
  return Object.defineProperty(authorization, 'deviceCode', { value: deviceCode, enumerable: false }) as DeviceAuthorization
}

/**
 * Polls until the user approves the device authorization, then answers the tokens. Waits
 * `interval` seconds before each poll; `slow_down` adds 5 seconds (at most 60 between polls).
 *
 * @param ctx The context that started the authorization.
 * @param authorization What {@link authorizeDevice} answered.
 * @param options `signal`, `storeAs`, `onPoll`.
 * @returns The user's token set (also stored under `storeAs` when given).
 * @throws {LarkAuthError} `oauthError` `access_denied` when the user declines, `expired_token` when
 *   the codes expire first (or the platform says so, or `invalid_grant`); never showing the device code.
 */
export async function pollDeviceToken(ctx: Context, authorization: DeviceAuthorization, options: PollDeviceTokenOptions = {}): Promise<UserToken> {
  const deviceCode = authorization?.deviceCode
  if (typeof deviceCode !== 'string' || deviceCode === '') {
    throw createLarkValidationError(pollSpec.id, [{ path: 'authorization.deviceCode', message: 'is missing: pass what authorizeDevice answered' }])
  }
  const { appId, appSecret } = credentials(ctx, pollSpec.id)
  const expired = (reason: string, oauthError = 'expired_token') => createLarkAuthError({ endpoint: pollSpec.id, reason, oauthError })
  let interval = Math.min(seconds(authorization.interval, 5), MAX_INTERVAL)
  let slowDown = false
  for (let polls = 0; polls < MAX_POLLS; polls++) {
    if (Date.now() + interval * 1000 > authorization.expiresAt) throw expired('the device code expired before the user approved it')
    options.onPoll?.({ polls, interval, slowDown })
    await sleep(interval * 1000, options.signal)
    const grant = { grant_type: DEVICE_CODE_GRANT, device_code: deviceCode, client_id: appId, client_secret: appSecret }
    const res = await postForm(ctx, pollSpec, `${ctx.baseUrl}${DEVICE_TOKEN_PATH}`, grant, { signal: options.signal })
    const data = res.fields
    const error = text(data.error)
    slowDown = false
    if (error === undefined && res.status < 400 && text(data.access_token)) {
      const token = readTokenReply(data)
      if (options.storeAs !== undefined) await storeUserToken(ctx, options.storeAs, token)
      return token
    }
    if (error === 'authorization_pending') continue
    if (error === 'slow_down') {
      interval = Math.min(interval + 5, MAX_INTERVAL)
      slowDown = true
      continue
    }
    const description = text(data.error_description)?.slice(0, 200)
    const code = typeof data.code === 'number' ? data.code : undefined
    const fields = { endpoint: pollSpec.id, ...(code === undefined ? {} : { code }), ...(res.logId === undefined ? {} : { logId: res.logId }) }
    if (error === 'access_denied') throw createLarkAuthError({ ...fields, reason: `the user declined the authorization${description ? ` (${description})` : ''}`, oauthError: error })
    if (error === 'expired_token' || error === 'invalid_grant') {
      throw createLarkAuthError({ ...fields, reason: `the device code is no longer valid${description ? ` (${description})` : ''}: start again with authorizeDevice`, oauthError: error })
    }
    throw createLarkAuthError({ ...fields, reason: `the platform refused the device-code grant (${refusalOf(data, res.status)})`, ...(error ? { oauthError: error } : {}) })
  }
  throw expired(`no answer after ${MAX_POLLS} polls`)
}
