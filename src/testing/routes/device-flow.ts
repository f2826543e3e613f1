/**
 * The OAuth device flow (RFC 8628) with state:
 *
 * - `POST /oauth/v1/device_authorization` (accounts host; HTTP Basic `app_id:app_secret`, form body
 *   `client_id`, `scope`) answers `{ device_code, user_code, verification_uri,
 *   verification_uri_complete, expires_in, interval }` (240 s and 5 s unless `fake.setDeviceFlow` says
 *   otherwise).
 * - `POST /open-apis/authen/v2/oauth/token` with `grant_type=urn:ietf:params:oauth:grant-type:device_code`
 *   (see routes/oauth-token.ts) answers, per device code: `slow_down` for each one
 *   `fake.slowDownDevice` queued, also when polled sooner than the interval; `authorization_pending`
 *   until `fake.approveDevice(userCode)`; then the user's tokens once (`invalid_grant` after);
 *   `access_denied` after `fake.denyDevice`; `expired_token` once the fake clock passes the expiry.
 *   The codes beside those errors (20061 pending, 20062 slow down, 20063 denied, 20004 expired) are
 *   the fake's choice: the platform's pages name the OAuth errors, not their codes.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { randomHex } from '../ids.ts'
import { fakeJson, fakeOAuthError } from '../reply.ts'
import type { State } from '../state.ts'
import type { FakeApp, RouteSpec } from '../types.ts'

/** What `fake.setDeviceFlow` takes. */
export interface FakeDeviceFlowOptions {
  /** Seconds a device code lives (default 240). */
  readonly expiresIn?: number
  /** Seconds between polls (default 5). */
  readonly interval?: number
}

/** One device authorization, as `fake.devices()` lists it. */
export interface FakeDevice {
  readonly userCode: string
  readonly appId: string
  readonly scope: string
  readonly status: 'pending' | 'approved' | 'denied' | 'used'
  /** Polls received so far. */
  readonly polls: number
}

/** The knobs of this file. */
export interface FakeDeviceKnobs {
  /** The user approves: the next poll gets tokens for `openId` (default: the fake's first user). */
  approveDevice(userCode: string, options?: { readonly openId?: string }): void
  /** The user declines: the next poll gets `access_denied`. */
  denyDevice(userCode: string): void
  /** The next `times` polls of this device answer `slow_down`. */
  slowDownDevice(userCode: string, times?: number): void
  /** Lifetime and interval of the device codes made from now on. */
  setDeviceFlow(options: FakeDeviceFlowOptions): void
  /** Every device authorization so far, oldest first. */
  devices(): FakeDevice[]
}

interface Device {
  readonly deviceCode: string
  readonly userCode: string
  readonly appId: string
  readonly scope: string
  readonly expiresAt: number
  readonly interval: number
  status: FakeDevice['status']
  openId?: string
  polls: number
  slowDowns: number
  /** Real time of the last poll, ms. */
  lastPoll: number | undefined
}

interface DeviceState {
  readonly byCode: Map<string, Device>
  readonly byUserCode: Map<string, Device>
  options: Required<FakeDeviceFlowOptions>
}

const states = new WeakMap<State, DeviceState>()

function stateOf(s: State): DeviceState {
  let d = states.get(s)
  if (d === undefined) states.set(s, (d = { byCode: new Map(), byUserCode: new Map(), options: { expiresIn: 240, interval: 5 } }))
  return d
}

/** Device codes one fake keeps at most (older ones are forgotten first). */
const MAX_DEVICES = 1_000


/** `ABCD-EFGH` from an alphabet without look-alikes. */
function userCode(): string {
  const alphabet = 'BCDFGHJKLMNPQRSTVWXZ'
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/**
 * The device authorization route.
 *
 * @param state Reads the current state.
 * @param authenticate The token route's client check (HTTP Basic or body secret).
 */
export function deviceAuthorizationRoute(state: () => State, authenticate: (s: State, body: Record<string, unknown>, authorization: string | null) => FakeApp | Response): RouteSpec {
  return {
    method: 'POST',
    path: '/oauth/v1/device_authorization',
    tokens: [],
    handler: ({ body, headers, request }) => {
      const s = state()
      const fields = asRecord(body) ?? {}
      const client = authenticate(s, fields, headers.get('authorization'))
      if (client instanceof Response) return client
      const d = stateOf(s)
      const device: Device = {
        deviceCode: `dc_${randomHex(24)}`,
        userCode: userCode(),
        appId: client.appId,
        scope: typeof fields.scope === 'string' ? fields.scope : '',
        expiresAt: s.now + d.options.expiresIn,
        interval: d.options.interval,
        status: 'pending',
        polls: 0,
        slowDowns: 0,
        lastPoll: undefined,
      }
      if (d.byCode.size >= MAX_DEVICES) {
        const oldest = d.byCode.values().next().value as Device
        d.byCode.delete(oldest.deviceCode)
        d.byUserCode.delete(oldest.userCode)
      }
      d.byCode.set(device.deviceCode, device)
      d.byUserCode.set(device.userCode, device)
      const verify = `${new URL(request.url).origin}/oauth/v1/device/verify`
      return fakeJson({
        device_code: device.deviceCode,
        user_code: device.userCode,
        verification_uri: verify,
        verification_uri_complete: `${verify}?user_code=${device.userCode}`,
        expires_in: d.options.expiresIn,
        interval: device.interval,
      })
    },
  }
}

/**
 * The device-code grant of the v2 token route.
 *
 * @param s The state.
 * @param body The form body.
 * @param app The authenticated client.
 * @param grant Issues the user's tokens as the other grants do.
 */
export function deviceGrant(s: State, body: Record<string, unknown>, app: FakeApp, grant: (openId: string, scope: string) => Response): Response {
  const code = body.device_code
  if (typeof code !== 'string' || code === '') return fakeOAuthError(400, 20001, 'invalid_request', 'device_code is required')
  const device = states.get(s)?.byCode.get(code)
  if (device === undefined || device.appId !== app.appId) return fakeOAuthError(400, 20003, 'invalid_grant', 'device code not found')
  device.polls++
  const now = Date.now()
  const early = device.lastPoll !== undefined && now - device.lastPoll < device.interval * 1000 - 50
  device.lastPoll = now
  if (device.status === 'used') return fakeOAuthError(400, 20065, 'invalid_grant', 'device code has already been used')
  if (s.now >= device.expiresAt) return fakeOAuthError(400, 20004, 'expired_token', 'the device code has expired')
  if (device.status === 'denied') return fakeOAuthError(400, 20063, 'access_denied', 'the user denied the authorization')
  if (device.slowDowns > 0 || early) {
    if (device.slowDowns > 0) device.slowDowns--
    return fakeOAuthError(400, 20062, 'slow_down', 'polling too often')
  }
  if (device.status === 'pending') return fakeOAuthError(400, 20061, 'authorization_pending', 'the user has not answered yet')
  device.status = 'used'
  return grant(device.openId ?? '', device.scope)
}

/**
 * The knobs of this file.
 *
 * @param state Reads the current state.
 */
export function deviceKnobs(state: () => State): FakeDeviceKnobs {
  const find = (userCode: string): Device => {
    const device = stateOf(state()).byUserCode.get(userCode)
    if (device === undefined) throw new Error(`no device authorization with user code ${userCode}`)
    return device
  }
  return {
    approveDevice(code, options = {}) {
      const device = find(code)
      device.status = 'approved'
      device.openId = options.openId ?? state().users[0]?.open_id ?? ''
    },
    denyDevice(code) {
      find(code).status = 'denied'
    },
    slowDownDevice(code, times = 1) {
      find(code).slowDowns += times
    },
    setDeviceFlow(options) {
      const d = stateOf(state())
      d.options = { expiresIn: options.expiresIn ?? d.options.expiresIn, interval: options.interval ?? d.options.interval }
    },
    devices: () =>
      [...stateOf(state()).byCode.values()].map((d) => ({ userCode: d.userCode, appId: d.appId, scope: d.scope, status: d.status, polls: d.polls })),
  }
}
