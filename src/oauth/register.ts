/**
 * App registration by QR scan: a device-style flow on the accounts host that creates a new app
 * (or lets the user pick one) and hands its id and secret to the program that started it.
 *
 * `POST {accountsUrl}/oauth/v1/app/registration`, form-encoded: `action=begin` answers a device
 * code, a verification URL to show as a QR code, an interval and an expiry; `action=poll` with the
 * device code answers `authorization_pending`, `slow_down`, `access_denied`, `expired_token`, or
 * the new app's `client_id` and `client_secret` (errors come with HTTP 400). A user whose tenant is
 * on Lark is reported with `user_info.tenant_brand = 'lark'`; the secret is then fetched by polling
 * the Lark accounts host with the same device code.
 *
 * @module
 */
import { sleep } from '../core/abort.ts'
import { createLarkAuthError, createLarkValidationError, isLarkHttpError, type ValidationIssue } from '../core/errors.ts'
import { hideSecrets, isUrl as isBaseUrl, trimSlash } from '../core/context.ts'
import { log } from '../core/log.ts'
import type { Context, EndpointSpec } from '../core/types.ts'
import { postForm, refusalOf } from './token-endpoint.ts'

/** Path of the app registration endpoint on the accounts host. */
export const APP_REGISTRATION_PATH = '/oauth/v1/app/registration'

const FEISHU_ACCOUNTS = 'https://accounts.feishu.cn'
const LARK_ACCOUNTS = 'https://accounts.larksuite.com'

const FN = 'oauth.registerApp'
const spec: EndpointSpec = { id: `POST ${APP_REGISTRATION_PATH}`, method: 'POST', path: APP_REGISTRATION_PATH, tokens: [], flat: true }

/** Defaults and bounds of the flow, in seconds. */
const DEFAULT_INTERVAL = 5
const MAX_INTERVAL = 60
const SLOW_DOWN_STEP = 5
const DEFAULT_EXPIRES_IN = 600
const MAX_EXPIRES_IN = 1800
/** Polls that fail on the network in a row before the flow gives up. */
const MAX_NETWORK_FAILURES = 3
const AVATAR_MAX = 6

/** What `onQrCode` receives next to the URL. */
export interface RegistrationQrInfo {
  /** The short code the page shows, for users who type it instead of scanning. */
  readonly userCode: string | undefined
  /** Seconds the QR code stays valid, as the platform said. */
  readonly expiresIn: number
  /** When it stops being valid, epoch milliseconds. */
  readonly expiresAt: number
}

/** Progress reported to `onStatus`. */
export interface RegistrationStatus {
  readonly status: 'pending' | 'slow_down' | 'domain_switched'
  /** The poll interval now in use, in seconds. */
  readonly interval: number
}

/** Values pre-filled on the app-creation page (the user can still change them). */
export interface RegistrationPreset {
  /** The app's name; `{user}` is replaced with the scanning user's name. */
  readonly name?: string
  /** The app's description; `{user}` works here too. */
  readonly desc?: string
  /** One to six public image URLs; the first is selected. */
  readonly avatar?: string | readonly string[]
}

/** Options of {@link registerApp}. */
export interface RegisterAppOptions {
  /** Called once with the URL to show as a QR code (or as a link). */
  readonly onQrCode: (url: string, info: RegistrationQrInfo) => void
  /** Called on each pending poll, on `slow_down`, and when polling moves to the Lark host. */
  readonly onStatus?: (status: RegistrationStatus) => void
  /** Stops the flow at once; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal
  /** Pre-fills the app-creation page. */
  readonly preset?: RegistrationPreset
  /**
   * The Lark accounts host, polled when the user's tenant turns out to be on Lark. Default:
   * `https://accounts.larksuite.com` when the context is on Feishu; for a custom domain, the
   * context's own accounts host (which then serves both brands).
   */
  readonly larkAccountsUrl?: string
}

/**
 * The registered app. `appSecret` is a non-enumerable getter: printing the object, spreading it or
 * `JSON.stringify` shows `[hidden]` or nothing, never the secret.
 */
export interface RegisteredApp {
  readonly appId: string
  readonly appSecret: string
  /** The scanning user's open_id, when the platform sent it. */
  readonly openId: string | undefined
  /** Where the new app lives: pass it as `domain` to `createContext`. */
  readonly tenantBrand: 'feishu' | 'lark'
}

interface Answer {
  device_code?: unknown
  user_code?: unknown
  verification_uri?: unknown
  verification_uri_complete?: unknown
  expires_in?: unknown
  interval?: unknown
  client_id?: unknown
  client_secret?: unknown
  user_info?: { open_id?: unknown; tenant_brand?: unknown }
  error?: unknown
  error_description?: unknown
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const seconds = (v: unknown, fallback: number, max: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.min(v, max) : fallback
const isUrl = (v: unknown): v is string => typeof v === 'string' && isBaseUrl(v)

function check(ctx: Context, options: RegisterAppOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const bad = (path: string, message: string) => issues.push({ path, message })
  if (typeof ctx !== 'object' || ctx === null || typeof ctx.sendToken !== 'function') bad('ctx', 'must be a context from createContext')
  if (typeof options !== 'object' || options === null) return [...issues, { path: 'options', message: 'must be an object' }]
  if (typeof options.onQrCode !== 'function') bad('onQrCode', 'must be a function (url, info) => void')
  if (options.onStatus !== undefined && typeof options.onStatus !== 'function') bad('onStatus', 'must be a function')
  const signal = options.signal as { aborted?: unknown; addEventListener?: unknown } | undefined
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function')) {
    bad('signal', 'must be an AbortSignal')
  }
  if (options.larkAccountsUrl !== undefined && !isUrl(options.larkAccountsUrl)) bad('larkAccountsUrl', 'must be an http(s) base URL')
  const preset = options.preset
  if (preset !== undefined) {
    if (typeof preset !== 'object' || preset === null) bad('preset', 'must be an object')
    else {
      for (const key of Object.keys(preset)) if (!['name', 'desc', 'avatar'].includes(key)) bad(`preset.${key}`, 'is not a preset field (name, desc, avatar)')
      if (preset.name !== undefined && typeof preset.name !== 'string') bad('preset.name', 'must be a string')
      if (preset.desc !== undefined && typeof preset.desc !== 'string') bad('preset.desc', 'must be a string')
      if (preset.avatar !== undefined) {
        const list = typeof preset.avatar === 'string' ? [preset.avatar] : preset.avatar
        if (!Array.isArray(list) || list.length === 0 || list.length > AVATAR_MAX) bad('preset.avatar', `must be 1 to ${AVATAR_MAX} image URLs`)
        else list.forEach((url: unknown, i: number) => isUrl(url) || bad(`preset.avatar.${i}`, 'must be an http(s) URL'))
      }
    }
  }
  return issues
}

/** The host polled once the user turns out to be on Lark. */
function larkHostOf(ctx: Context, options: RegisterAppOptions): string {
  if (options.larkAccountsUrl !== undefined) return trimSlash(options.larkAccountsUrl)
  return ctx.accountsUrl === FEISHU_ACCOUNTS ? LARK_ACCOUNTS : ctx.accountsUrl
}

function fail(reason: string, oauthError?: string, cause?: unknown) {
  return createLarkAuthError({ endpoint: spec.id, reason, ...(oauthError === undefined ? {} : { oauthError }) }, cause)
}

/** One form post; OAuth errors arrive with HTTP 400 and a JSON body, which is read like a success. */
async function post(ctx: Context, host: string, fields: Record<string, string>, signal: AbortSignal | undefined, timeout: number): Promise<{ status: number; answer: Answer }> {
  const res = await postForm(ctx, spec, `${host}${APP_REGISTRATION_PATH}`, fields, { signal, timeout })
  return { status: res.status, answer: res.fields as Answer }
}

function qrUrl(base: string, preset: RegistrationPreset | undefined): string {
  if (preset === undefined) return base
  const url = new URL(base)
  if (preset.name !== undefined) url.searchParams.set('name', preset.name)
  if (preset.desc !== undefined) url.searchParams.set('desc', preset.desc)
  if (preset.avatar !== undefined) for (const a of typeof preset.avatar === 'string' ? [preset.avatar] : preset.avatar) url.searchParams.append('avatar', a)
  return url.toString()
}

/** The result object: the secret behind a non-enumerable getter, printing shows `[hidden]`. */
function registered(appId: string, appSecret: string, openId: string | undefined, tenantBrand: 'feishu' | 'lark'): RegisteredApp {
  const app = { appId, openId, tenantBrand }
  hideSecrets(app, { appSecret: () => appSecret }, () => ({ ...app, appSecret: '[hidden]' }))
  return Object.freeze(app) as unknown as RegisteredApp
}

/**
 * Registers an app by QR scan. Starts the flow on the context's accounts host, hands the URL to
 * show as a QR code to `onQrCode`, then polls at the platform's interval (plus 5 s after each
 * `slow_down`, at most 60 s) until the user confirms, denies, or the code expires. When the answer
 * says the user's tenant is on Lark, polling moves once, at once, to the Lark accounts host.
 *
 * The context needs no app credentials; `createContext({ domain: 'lark' })` starts on Lark's host.
 *
 * @param ctx A context (its accounts host, transport, timeout, logger).
 * @param options `onQrCode` (required), `onStatus`, `signal`, `preset`, `larkAccountsUrl`.
 * @returns The new app's id and secret (a non-enumerable getter), the user's open_id and brand.
 * @throws {LarkValidationError} Bad options; nothing is sent.
 * @throws {LarkAuthError} Denied (`oauthError: 'access_denied'`), expired (`'expired_token'`), or
 *   another refusal; the device code and the secret are never part of it.
 * @example
 * const app = await registerApp(createContext(), {
 *   onQrCode: (url) => showQr(url),
 *   signal: AbortSignal.timeout(10 * 60_000),
 * })
 * const ctx = createContext({ appId: app.appId, appSecret: app.appSecret, domain: app.tenantBrand })
 */
export async function registerApp(ctx: Context, options: RegisterAppOptions): Promise<RegisteredApp> {
  const issues = check(ctx, options)
  if (issues.length > 0) throw createLarkValidationError(FN, issues)
  const { signal, onStatus } = options
  if (signal?.aborted) throw signal.reason

  const started = Date.now()
  const begin = await post(ctx, ctx.accountsUrl, {
    action: 'begin',
    archetype: 'PersonalAgent',
    auth_method: 'client_secret',
    request_user_info: 'open_id tenant_brand',
  }, signal, ctx.timeout)
  const b = begin.answer
  if (begin.status >= 400 || str(b.error)) throw fail(`the platform refused to start app registration (${refusalOf(b, begin.status)})`, str(b.error))
  const deviceCode = str(b.device_code)
  const userCode = str(b.user_code)
  const verification = str(b.verification_uri_complete) ?? (str(b.verification_uri) && userCode ? `${str(b.verification_uri)}${String(b.verification_uri).includes('?') ? '&' : '?'}user_code=${encodeURIComponent(userCode)}` : undefined)
  if (!deviceCode || !isUrl(verification)) throw fail('the platform answered app registration without a device code or verification URL')
  const expiresIn = seconds(b.expires_in, DEFAULT_EXPIRES_IN, MAX_EXPIRES_IN)
  const deadline = started + expiresIn * 1000
  let interval = seconds(b.interval, DEFAULT_INTERVAL, MAX_INTERVAL)
  const expired = () => fail(`the QR code expired after ${expiresIn} s without a confirmation`, 'expired_token')

  options.onQrCode(qrUrl(verification, options.preset), { userCode, expiresIn, expiresAt: deadline })
  log(ctx, 'info', 'oauth.registerApp: waiting for the QR code to be scanned', { interval, expiresIn })

  const larkHost = larkHostOf(ctx, options)
  let host = ctx.accountsUrl
  // Already on Lark's own host: nowhere to move to.
  let switched = host === LARK_ACCOUNTS
  const brandOfHost = (): 'feishu' | 'lark' => (host === LARK_ACCOUNTS || (switched && host === larkHost && larkHost !== ctx.accountsUrl) ? 'lark' : 'feishu')
  let failures = 0
  let wait = true
  for (;;) {
    if (wait) {
      const left = deadline - Date.now()
      if (left <= interval * 1000) {
        await sleep(Math.max(0, left), signal)
        throw expired()
      }
      await sleep(interval * 1000, signal)
    }
    wait = true
    const left = deadline - Date.now()
    if (left <= 0) throw expired()
    let polled: { status: number; answer: Answer }
    try {
      polled = await post(ctx, host, { action: 'poll', device_code: deviceCode }, signal, Math.min(ctx.timeout, Math.max(1000, left)))
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (!isLarkHttpError(error) || ++failures >= MAX_NETWORK_FAILURES) throw error
      log(ctx, 'warn', 'oauth.registerApp: a poll failed; trying again', { httpStatus: error.httpStatus, failures })
      interval = Math.min(interval + 1, MAX_INTERVAL)
      continue
    }
    failures = 0
    const a = polled.answer
    const error = str(a.error)
    const brand = a.user_info?.tenant_brand === 'lark' ? 'lark' : a.user_info?.tenant_brand === 'feishu' ? 'feishu' : undefined
    const appId = str(a.client_id)
    const appSecret = str(a.client_secret)
    if (!error && appId && appSecret) {
      const tenantBrand = brand ?? brandOfHost()
      log(ctx, 'info', 'oauth.registerApp: app registered', { appId, tenantBrand })
      return registered(appId, appSecret, str(a.user_info?.open_id), tenantBrand)
    }
    if (brand === 'lark' && !switched) {
      switched = true
      host = larkHost
      wait = false
      log(ctx, 'info', 'oauth.registerApp: the user is on Lark; polling the Lark accounts host', { host })
      onStatus?.({ status: 'domain_switched', interval })
      continue
    }
    switch (error) {
      case undefined:
        if (appId) throw fail('the platform answered the app id without its secret')
        onStatus?.({ status: 'pending', interval })
        continue
      case 'authorization_pending':
        onStatus?.({ status: 'pending', interval })
        continue
      case 'slow_down':
        interval = Math.min(interval + SLOW_DOWN_STEP, MAX_INTERVAL)
        log(ctx, 'info', 'oauth.registerApp: slow_down; polling less often', { interval })
        onStatus?.({ status: 'slow_down', interval })
        continue
      case 'access_denied':
        throw fail('the user declined the app registration', error)
      case 'expired_token':
      case 'invalid_grant':
        throw fail(`the QR code expired or was already used (${refusalOf(a, polled.status)})`, error)
      default:
        throw fail(`the platform refused the app registration (${refusalOf(a, polled.status)})`, error)
    }
  }
}
