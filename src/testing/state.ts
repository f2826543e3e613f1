/**
 * The mutable state of one fake server: clock, apps, users, tokens, OAuth grants, rules and log.
 * `reset()` swaps in a fresh one made by {@link createState}.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY, FAKE_USER } from './defaults.ts'
import { randomHex } from './ids.ts'
import type {
  FakeApp,
  FakeAppInput,
  FakeUser,
  FakeUserInput,
  FaultRule,
  LoggedRequest,
  RateLimitRule,
  TicketResend,
} from './types.ts'

/** A token the fake issued. `expiresAt` is fake-clock seconds. */
export interface IssuedToken {
  readonly token: string
  readonly kind: TokenKind
  readonly appId: string
  readonly tenantKey?: string
  readonly openId?: string
  readonly scope?: string
  expiresAt: number
}

/** An OAuth authorization code. */
export interface AuthCode {
  readonly appId: string
  readonly openId: string
  readonly scope: string
  readonly redirectUri?: string
  readonly codeChallenge?: string
  readonly codeChallengeMethod?: string
  readonly expiresAt: number
  used: boolean
}

/** An OAuth refresh token (single use). */
export interface RefreshGrant {
  readonly appId: string
  readonly openId: string
  readonly scope: string
  readonly expiresAt: number
  used: boolean
  revoked: boolean
}

/** A rule with its running counters. */
export interface LiveRule<R> {
  readonly rule: R
  /** Calls left to affect (count modes). */
  left: number
  /** Window mode: real-time start (ms) and calls seen in the window. */
  windowStart: number
  seen: number
}

/**
 * Appends a rule to a list and returns the function that removes it again.
 *
 * @param list The state's `limits` or `faults`.
 * @param live The rule with its counters.
 * @returns The remover (a no-op once removed, or after `reset()`).
 */
export function addLiveRule<R>(list: LiveRule<R>[], live: LiveRule<R>): () => void {
  list.push(live)
  return () => {
    const at = list.indexOf(live)
    if (at >= 0) list.splice(at, 1)
  }
}

/** Everything `reset()` forgets. Routes are not here: they are behaviour, and survive a reset. */
export interface State {
  now: number
  readonly apps: Map<string, FakeApp>
  readonly users: FakeUser[]
  readonly tokens: Map<string, IssuedToken>
  /** Current app/tenant token per `kind:appId:tenantKey`, for the re-issue rule. */
  readonly current: Map<string, string>
  /** Every ticket issued per app; the last one is current. */
  readonly tickets: Map<string, string[]>
  readonly resends: TicketResend[]
  readonly codes: Map<string, AuthCode>
  readonly refreshTokens: Map<string, RefreshGrant>
  readonly counts: { tenant: number; app: number; resend: number; code: number; refresh: number; device: number }
  readonly limits: LiveRule<RateLimitRule>[]
  readonly faults: LiveRule<FaultRule>[]
  readonly requests: LoggedRequest[]
  /** Whom the authorize page approves as; `null` makes it deny. */
  authorizeAs: string | null
}

/** Options that seed a state (a subset of `FakeFeishuOptions`). */
export interface StateSeed {
  readonly apps?: readonly FakeAppInput[]
  readonly users?: readonly FakeUserInput[]
  readonly now?: number
  readonly authorizeAs?: string | null
}

/**
 * Makes a fresh state: the given apps (or the default app), the default user plus the given users.
 *
 * @param seed Apps, users, clock start and the authorizing user.
 * @returns A new state.
 */
export function createState(seed: StateSeed = {}): State {
  const state: State = {
    now: seed.now ?? Math.floor(Date.now() / 1000),
    apps: new Map(),
    users: [FAKE_USER],
    tokens: new Map(),
    current: new Map(),
    tickets: new Map(),
    resends: [],
    codes: new Map(),
    refreshTokens: new Map(),
    counts: { tenant: 0, app: 0, resend: 0, code: 0, refresh: 0, device: 0 },
    limits: [],
    faults: [],
    requests: [],
    authorizeAs: seed.authorizeAs === undefined ? FAKE_USER.open_id : seed.authorizeAs,
  }
  for (const app of seed.apps ?? [{ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET }]) addApp(state, app)
  for (const user of seed.users ?? []) addUser(state, user)
  return state
}

/**
 * Registers (or replaces) an app. A marketplace app gets its first app_ticket at once.
 *
 * @param state The state to change.
 * @param input The app's id, secret, type and tenants.
 * @returns The app as stored.
 */
export function addApp(state: State, input: FakeAppInput): FakeApp {
  if (input.appSecret === undefined && input.clientAssertion === undefined) {
    throw new TypeError('addApp: an app needs appSecret or clientAssertion')
  }
  const app: FakeApp = Object.freeze({
    appId: input.appId,
    appSecret: input.appSecret,
    ...(input.clientAssertion === undefined ? {} : { clientAssertion: input.clientAssertion === true ? {} : input.clientAssertion }),
    appType: input.appType ?? 'self_built',
    tenants: Object.freeze([...(input.tenants ?? [FAKE_TENANT_KEY])]),
  })
  state.apps.set(app.appId, app)
  if (app.appType === 'marketplace' && !state.tickets.has(app.appId)) pushTicket(state, app.appId)
  return app
}

/**
 * Issues a new app_ticket for an app and makes it current; earlier tickets stay accepted.
 *
 * @param state The state to change.
 * @param appId The app.
 * @returns The new ticket.
 */
export function pushTicket(state: State, appId: string): string {
  const ticket = randomHex(24)
  state.tickets.set(appId, [...(state.tickets.get(appId) ?? []), ticket])
  return ticket
}

/**
 * Adds (or replaces, by tenant and open_id) a directory user, filling missing ids.
 *
 * @param state The state to change.
 * @param input The user's fields; `tenant_key` defaults to {@link FAKE_TENANT_KEY}.
 * @returns The user as stored.
 */
export function addUser(state: State, input: FakeUserInput): FakeUser {
  const user: FakeUser = Object.freeze({
    ...input,
    open_id: input.open_id ?? `ou_${randomHex(16)}`,
    union_id: input.union_id ?? `on_${randomHex(16)}`,
    user_id: input.user_id ?? randomHex(4),
    name: input.name ?? 'Fake User',
    tenant_key: input.tenant_key ?? FAKE_TENANT_KEY,
    status: Object.freeze({ ...FAKE_USER.status, ...input.status }),
  })
  const at = state.users.findIndex((u) => u.tenant_key === user.tenant_key && u.open_id === user.open_id)
  if (at >= 0) state.users[at] = user
  else state.users.push(user)
  return user
}
