/**
 * Data types of the fake Feishu server: apps, users, callers, routes, rules and the request log.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'

/**
 * A keyless app's client-assertion check. `verify` decides whether a JWT is good for the app; the
 * default decodes the payload (no signature check) and wants `iss` and `sub` equal to the app id,
 * `aud` (a string or a list) holding the audience (the host the request came to, with its port),
 * and `exp` after the fake clock.
 */
export interface FakeClientAssertion {
  readonly verify?: (jwt: string, expected: { readonly audience: string; readonly appId: string; readonly now: number }) => boolean
}

/** An app the fake server knows. */
export interface FakeApp {
  readonly appId: string
  /** Undefined for a keyless app (one with `clientAssertion` only). */
  readonly appSecret: string | undefined
  /** Set for a keyless app: its tenant tokens come from `/oauth/v3/token` with a jwt-bearer grant. */
  readonly clientAssertion?: FakeClientAssertion
  readonly appType: 'self_built' | 'marketplace'
  /** Tenants that installed the app; a self-built app lives in the first one. */
  readonly tenants: readonly string[]
}

/** What `addApp` takes: `appType` defaults to `self_built`, `tenants` to `[FAKE_TENANT_KEY]`. */
export interface FakeAppInput {
  readonly appId: string
  /** Required unless `clientAssertion` is set. */
  readonly appSecret?: string
  /** Makes the app keyless: `true` for the default check, or `{ verify }`. */
  readonly clientAssertion?: FakeClientAssertion | true
  readonly appType?: 'self_built' | 'marketplace'
  readonly tenants?: readonly string[]
}

/** The `status` of a contact user, as the contact API reports it. */
export interface FakeUserStatus {
  readonly is_frozen: boolean
  readonly is_resigned: boolean
  readonly is_activated: boolean
  readonly is_exited: boolean
  readonly is_unjoin: boolean
}

/** A user of one tenant, in the platform's snake_case. */
export interface FakeUser {
  readonly open_id: string
  readonly union_id: string
  readonly user_id: string
  readonly name: string
  readonly tenant_key: string
  readonly status: FakeUserStatus
  readonly en_name?: string
  readonly email?: string
  readonly enterprise_email?: string
  /** With country code, e.g. `+8613800000000`; lookups also match the number without `+86`. */
  readonly mobile?: string
  readonly employee_no?: string
  readonly avatar_url?: string
}

/** What `addUser` / `seedUsers` take: missing ids are generated, `tenant_key` defaults. */
export type FakeUserInput = Partial<Omit<FakeUser, 'status'>> & { readonly status?: Partial<FakeUserStatus> }

/** Who made an authenticated call, derived from its access token. */
export interface Caller {
  readonly kind: TokenKind
  readonly appId: string
  /** Absent for app tokens. */
  readonly tenantKey?: string
  /** User tokens only. */
  readonly openId?: string
  /** User tokens only: the granted scopes, space-separated. */
  readonly scope?: string
}

/** What a route handler receives. */
export interface RouteContext {
  /** Path parameters by name (`:id` → `params.id`), percent-decoded. */
  readonly params: Readonly<Record<string, string>>
  /** The query; repeated keys are read with `getAll`. */
  readonly query: URLSearchParams
  /** Parsed JSON, a plain object for urlencoded forms, `FormData` for multipart, text, or undefined. */
  readonly body: unknown
  readonly headers: Headers
  /** Undefined when the route takes no token. */
  readonly caller: Caller | undefined
  /** A copy of the request with its body unread. */
  readonly request: Request
}

/** A route handler: plain data is wrapped in `{ code: 0, msg: 'success', data }`; a `Response` is sent as is. */
export type RouteHandler = (context: RouteContext) => unknown

/** A route of the registry. */
export interface RouteSpec {
  readonly method: string
  /** Path with `:param` segments, e.g. `/open-apis/im/v1/messages/:message_id`. */
  readonly path: string
  /** Accepted tokens; `[]` means no token is checked. Default `['tenant']`. */
  readonly tokens?: readonly TokenKind[]
  readonly handler: RouteHandler
}

/** Which requests a rule applies to. `path` is a route-style pattern (a trailing `*` matches the rest) or a RegExp. */
export interface RequestMatcher {
  readonly method?: string
  readonly path?: string | RegExp
}

/** A throttle rule. Counted in real time (the SDK waits in real time), not on the fake clock. */
export interface RateLimitRule extends RequestMatcher {
  /** Window mode: at most `limit` matching calls per window (default 1 s), the rest are throttled. */
  readonly limit?: number
  readonly windowSeconds?: number
  /** Count mode: the next `times` matching calls are throttled, whatever the time. */
  readonly times?: number
  /** Value of `x-ogw-ratelimit-reset` in seconds; default: the rest of the window (count mode: 1). */
  readonly reset?: number
  /** 429 (default) or 400, as older APIs answer. */
  readonly status?: 429 | 400
}

/** The kinds of injected faults. */
export type FaultKind = 'status' | 'drop' | 'slow' | 'non-json'

/** An injected fault for the next `times` matching requests. */
export interface FaultRule extends RequestMatcher {
  readonly kind: FaultKind
  /** Default 1; `Infinity` keeps the fault until `reset()`. */
  readonly times?: number
  /** `status` faults: the HTTP status (default 503). */
  readonly status?: number
  /** `status` faults: a string is sent as `text/html`, anything else as JSON. Default: a small HTML page. */
  readonly body?: unknown
  /** `slow` faults: milliseconds to wait before answering normally (default 1000). */
  readonly delay?: number
}

/** One request as the fake server saw it. */
export interface LoggedRequest {
  readonly method: string
  readonly path: string
  /** Repeated keys become arrays. */
  readonly query: Readonly<Record<string, string | string[]>>
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  /** Parsed JSON, form fields, text, or a summary of multipart fields (files as `{ filename, type, size }`). */
  readonly body: unknown
  readonly caller?: Caller
  /** HTTP status answered; 0 when the connection was dropped. */
  readonly status: number
  /** Set when an injected fault answered. */
  readonly fault?: FaultKind
  /** Real time of arrival, ms since the epoch. */
  readonly time: number
}

/** Requests received per token endpoint kind (errors included, faulted requests not). */
export interface TokenRequestCounts {
  /** `tenant_access_token/internal` and marketplace `tenant_access_token`. */
  readonly tenant: number
  /** `app_access_token/internal` and marketplace `app_access_token`. */
  readonly app: number
  /** `app_ticket/resend`. */
  readonly resend: number
  /** OAuth `authorization_code` grants. */
  readonly code: number
  /** OAuth `refresh_token` grants. */
  readonly refresh: number
  /** Device-flow polls (`urn:ietf:params:oauth:grant-type:device_code` grants). */
  readonly device: number
}

/** One `app_ticket/resend` call. */
export interface TicketResend {
  readonly appId: string
  /** Fake-clock seconds. */
  readonly at: number
}
