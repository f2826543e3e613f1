/**
 * App registration by QR scan: `POST /oauth/v1/app/registration` (accounts host), form-encoded,
 * no token. `action=begin` starts a registration and answers a device code, a user code, a
 * verification URL on the fake's own origin, `expires_in` and `interval`; `action=poll` with the
 * device code answers, with HTTP 400 and `{ error, error_description }`:
 *
 * - `expired_token` once the fake clock passes the registration's expiry (`fake.advance`,
 *   `fake.expireRegistration`);
 * - `slow_down` for the next polls set with `fake.slowDownRegistration(times)`;
 * - `authorization_pending` until a test calls `fake.scanRegistration`;
 * - `access_denied` after `fake.denyRegistration`;
 * - `invalid_grant` for an unknown device code or one whose credentials were already handed out;
 *
 * and with HTTP 200 `{ client_id, client_secret, user_info: { open_id, tenant_brand } }` after a
 * scan. A scan with `lark: true` models a Lark tenant: a poll on the host the registration began on
 * answers `client_id` and `user_info.tenant_brand = 'lark'` without the secret; a poll on any
 * other host (the Lark accounts host; on loopback, e.g. `localhost` instead of `127.0.0.1`)
 * answers the secret. The scanned app is added with `addApp`, so its credentials get tenant tokens.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { FAKE_USER } from '../defaults.ts'
import { randomHex } from '../ids.ts'
import { fakeJson, fakeOAuthError } from '../reply.ts'
import { addApp, type State } from '../state.ts'
import type { FakeApp, RouteSpec } from '../types.ts'

/** Path of the registration endpoint on the fake (and the platform's accounts host). */
export const APP_REGISTRATION_ROUTE = '/oauth/v1/app/registration'

/** Status of one registration on the fake. */
export type FakeRegistrationStatus = 'pending' | 'scanned' | 'denied' | 'done'

/** One poll the fake saw: real time (ms) and the `Host` it came to. */
export interface FakeRegistrationPoll {
  readonly at: number
  readonly host: string
}

/** A registration as `fake.registrations` shows it. */
export interface FakeRegistration {
  readonly deviceCode: string
  readonly userCode: string
  readonly status: FakeRegistrationStatus
  /** The host `begin` came to. */
  readonly beginHost: string
  /** Fake-clock seconds. */
  readonly expiresAt: number
  readonly interval: number
  /** The begin form as sent (`archetype`, `auth_method`, `request_user_info`). */
  readonly begin: Readonly<Record<string, unknown>>
  readonly polls: readonly FakeRegistrationPoll[]
  /** Set by a scan. */
  readonly app: FakeApp | undefined
  readonly appName: string | undefined
  readonly lark: boolean
}

/** What `fake.scanRegistration` takes. */
export interface FakeScanInput {
  /** Kept on the registration (the fake's apps have no name). */
  readonly appName?: string
  /** The user's tenant is on Lark: the secret is answered only on another host (see the module). */
  readonly lark?: boolean
  /** Default: a new `cli_…` id and a random secret. */
  readonly appId?: string
  readonly appSecret?: string
  /** Default `FAKE_USER.open_id`. */
  readonly openId?: string
}

/** What `fake.configureRegistration` takes: answers of later `begin` calls, in seconds. */
export interface FakeRegistrationTiming {
  /** Default 5; fractions are allowed, so tests can poll fast. */
  readonly interval?: number
  /** Default 600. */
  readonly expiresIn?: number
}

/** The registration knobs of the fake. */
export interface FakeAppRegistrationKnobs {
  /** Every registration begun since the last reset, oldest first. */
  readonly registrations: readonly FakeRegistration[]
  /** Sets `interval` and `expires_in` for the registrations begun from now on. */
  configureRegistration(timing: FakeRegistrationTiming): void
  /**
   * The user scans and confirms: the next poll answers the new app's credentials, which the fake
   * knows from now on. By device code or user code; default the newest pending registration.
   */
  scanRegistration(deviceCodeOrUserCode?: string, input?: FakeScanInput): FakeApp
  /** The user declines: the next poll answers `access_denied`. */
  denyRegistration(deviceCodeOrUserCode?: string): void
  /** The registration expires now (fake clock): the next poll answers `expired_token`. */
  expireRegistration(deviceCodeOrUserCode?: string): void
  /** The next `times` polls (any registration) answer `slow_down`. */
  slowDownRegistration(times?: number): void
}

interface Live {
  deviceCode: string
  userCode: string
  status: FakeRegistrationStatus
  beginHost: string
  expiresAt: number
  interval: number
  begin: Record<string, unknown>
  polls: FakeRegistrationPoll[]
  app: FakeApp | undefined
  appName: string | undefined
  lark: boolean
  openId: string
}

interface RegistrationState {
  readonly list: Live[]
  timing: { interval: number; expiresIn: number }
  slowDowns: number
}

/** Per state object, so `reset()` (a new state) forgets every registration. */
const byState = new WeakMap<State, RegistrationState>()

function registrationsOf(state: State): RegistrationState {
  let found = byState.get(state)
  if (found === undefined) {
    found = { list: [], timing: { interval: 5, expiresIn: 600 }, slowDowns: 0 }
    byState.set(state, found)
  }
  return found
}

/** The registration endpoint's refusals carry no code beside the OAuth error. */
const oauthError = (error: string, description: string): Response => fakeOAuthError(400, undefined, error, description)

function hostOf(request: Request, headers: Headers): string {
  return headers.get('host') ?? new URL(request.url).host
}

/**
 * The registration route.
 *
 * @param state Reads the current state.
 * @returns The route spec (no token).
 */
export function appRegistrationRoutes(state: () => State): RouteSpec[] {
  return [{
    method: 'POST',
    path: APP_REGISTRATION_ROUTE,
    tokens: [],
    handler: ({ body, headers, request }) => {
      const s = state()
      const regs = registrationsOf(s)
      const form = asRecord(body) ?? {}
      const host = hostOf(request, headers)
      if (form.action === 'begin') {
        for (const field of ['archetype', 'auth_method']) {
          if (typeof form[field] !== 'string' || form[field] === '') return oauthError('invalid_request', `${field} is required`)
        }
        const live: Live = {
          deviceCode: `dc_${randomHex(16)}`,
          userCode: randomHex(4).toUpperCase(),
          status: 'pending',
          beginHost: host,
          expiresAt: s.now + regs.timing.expiresIn,
          interval: regs.timing.interval,
          begin: { ...form },
          polls: [],
          app: undefined,
          appName: undefined,
          lark: false,
          openId: FAKE_USER.open_id,
        }
        regs.list.push(live)
        const origin = new URL(request.url).origin
        return fakeJson({
          device_code: live.deviceCode,
          user_code: live.userCode,
          verification_uri: `${origin}/page/app-registration`,
          verification_uri_complete: `${origin}/page/app-registration?user_code=${live.userCode}`,
          expires_in: regs.timing.expiresIn,
          interval: regs.timing.interval,
        })
      }
      if (form.action !== 'poll') return oauthError('invalid_request', 'action must be begin or poll')
      if (typeof form.device_code !== 'string' || form.device_code === '') return oauthError('invalid_request', 'device_code is required')
      const live = regs.list.find((r) => r.deviceCode === form.device_code)
      if (live === undefined) return oauthError('invalid_grant', 'device code not found')
      live.polls.push({ at: Date.now(), host })
      if (live.status === 'done') return oauthError('invalid_grant', 'device code already used')
      if (s.now >= live.expiresAt) return oauthError('expired_token', 'the registration expired')
      if (regs.slowDowns > 0) {
        regs.slowDowns--
        return oauthError('slow_down', 'polling too often')
      }
      if (live.status === 'pending') return oauthError('authorization_pending', 'waiting for the user to scan')
      if (live.status === 'denied') return oauthError('access_denied', 'the user declined')
      const app = live.app as FakeApp
      const userInfo = { open_id: live.openId, tenant_brand: live.lark ? 'lark' : 'feishu' }
      if (live.lark && host === live.beginHost) return fakeJson({ client_id: app.appId, user_info: userInfo })
      live.status = 'done'
      return fakeJson({ client_id: app.appId, client_secret: app.appSecret, user_info: userInfo })
    },
  }]
}

/**
 * The registration knobs.
 *
 * @param state Reads the current state.
 * @returns The knobs (`registrations` is a live getter).
 */
export function appRegistrationKnobs(state: () => State): FakeAppRegistrationKnobs {
  const find = (id: string | undefined): Live => {
    const list = registrationsOf(state()).list
    const found = id === undefined
      ? list.filter((r) => r.status === 'pending').at(-1)
      : list.find((r) => r.deviceCode === id || r.userCode === id)
    if (found === undefined) throw new Error(`fake Feishu: no ${id === undefined ? 'pending registration' : 'registration with that device or user code'}`)
    return found
  }
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0
  return {
    get registrations() {
      return registrationsOf(state()).list.map((r) => Object.freeze({ ...r, begin: { ...r.begin }, polls: [...r.polls] }))
    },
    configureRegistration(timing) {
      const regs = registrationsOf(state())
      if (timing.interval !== undefined && !positive(timing.interval)) throw new Error('fake Feishu: interval must be a positive number of seconds')
      if (timing.expiresIn !== undefined && !positive(timing.expiresIn)) throw new Error('fake Feishu: expiresIn must be a positive number of seconds')
      regs.timing = { interval: timing.interval ?? regs.timing.interval, expiresIn: timing.expiresIn ?? regs.timing.expiresIn }
    },
    scanRegistration(id, input = {}) {
      const live = find(id)
      if (live.status !== 'pending') throw new Error(`fake Feishu: the registration is ${live.status}, not pending`)
      const app = addApp(state(), { appId: input.appId ?? `cli_${randomHex(8)}`, appSecret: input.appSecret ?? randomHex(16) })
      Object.assign(live, { status: 'scanned', app, appName: input.appName, lark: input.lark === true, openId: input.openId ?? FAKE_USER.open_id })
      return app
    },
    denyRegistration(id) {
      const live = find(id)
      live.status = 'denied'
    },
    expireRegistration(id) {
      const live = find(id)
      live.expiresAt = state().now
    },
    slowDownRegistration(times = 1) {
      registrationsOf(state()).slowDowns += times
    },
  }
}
