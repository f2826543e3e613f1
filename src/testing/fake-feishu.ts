/**
 * The shape of a fake Feishu server, as `createFakeFeishu` returns it.
 *
 * @module
 */
import type { TokenKind } from '../core/types.ts'
import type { FakeApiKnobs } from './api/layer.ts'
import type { LoadCatalogModule } from './api/on-demand.ts'
import type { FakeDeviceKnobs } from './routes/device-flow.ts'
import type { ScopeRule } from './scopes.ts'
import type { FakeAppRegistrationKnobs } from './routes/app-registration.ts'
import type { UserGrant } from './tokens.ts'
import type {
  FakeApp,
  FakeAppInput,
  FakeUser,
  FakeUserInput,
  FaultRule,
  LoggedRequest,
  RateLimitRule,
  RouteSpec,
  TicketResend,
  TokenRequestCounts,
} from './types.ts'

/** Options of `createFakeFeishu`. */
export interface FakeFeishuOptions {
  /** Apps to know; default: one self-built app, `FAKE_APP_ID` / `FAKE_APP_SECRET`. */
  readonly apps?: readonly FakeAppInput[]
  /** Directory users added next to `FAKE_USER` (default tenant unless `tenant_key` is set). */
  readonly users?: readonly FakeUserInput[]
  /** Start of the fake clock, seconds since the epoch (default: now). */
  readonly now?: number
  /** Base for relative URLs given to `fake.fetch` (default `https://fake-feishu.test`). */
  readonly baseUrl?: string
  /** open_id the authorize page approves as (default `FAKE_USER.open_id`); `null` denies. */
  readonly authorizeAs?: string | null
  /**
   * Learning on demand (default `true`): the first request under `/open-apis/<domain>/<version>/`
   * of a catalog module loads that module and its schemas from the package and learns them, as
   * `fake.learn` would, so every catalog endpoint answers without setup. `false` keeps the fake to
   * what it was taught (the rest answers 404). A function loads the pair itself, for runtimes
   * that cannot import the package's files at run time (a bundled worker): given `'contact/v3'`,
   * it resolves to the modules `larkfn/contact/v3` and `larkfn/contact/v3/schemas`.
   */
  readonly learnOnDemand?: boolean | LoadCatalogModule
}

/** What `issueAuthCode` takes; `appId` defaults to the first app, `openId` to the authorizing user. */
export interface IssueAuthCodeInput {
  readonly appId?: string
  readonly openId?: string
  /** Space-separated scopes; include `offline_access` to get a refresh token. */
  readonly scope?: string
  readonly redirectUri?: string
  readonly codeChallenge?: string
  readonly codeChallengeMethod?: 'S256' | 'plain'
}

/** What `issueToken` takes: a valid token without an HTTP round trip (nothing is counted). */
export interface IssueTokenInput {
  readonly kind: TokenKind
  /** Default: the first app. */
  readonly appId?: string
  /** Tenant tokens: default the app's first tenant. User tokens: default the user's tenant. */
  readonly tenantKey?: string
  /** User tokens: default the authorizing user. */
  readonly openId?: string
  readonly scope?: string
}

/** What `issueUserToken` takes; `appId` defaults to the first app, `openId` to the authorizing user. */
export interface IssueUserTokenInput {
  readonly appId?: string
  readonly openId?: string
  /** Space-separated scopes; `offline_access` adds a refresh token. */
  readonly scope?: string
}

/** A fake Feishu Open Platform: a Web-standard handler plus the knobs tests turn. */
export interface FakeFeishu extends FakeApiKnobs, FakeDeviceKnobs, FakeAppRegistrationKnobs {
  /** Answers one request. Rejects with a drop signal (`isDropSignal`) for `drop` faults. */
  handle(request: Request): Promise<Response>
  /** `fetch` served in-process by `handle`: no port; drops reject like a network error. */
  readonly fetch: typeof fetch
  /** Base URL used for relative `fetch` inputs. */
  readonly baseUrl: string

  /** Fake-clock time in seconds. It moves only with `advance`. */
  now(): number
  /** Moves the fake clock forward: tokens, codes and refresh tokens expire by it. */
  advance(seconds: number): void

  addApp(app: FakeAppInput): FakeApp
  addUser(user: FakeUserInput): FakeUser
  /** Adds users to one tenant's directory (default: the default tenant). */
  seedUsers(users: readonly FakeUserInput[], options?: { readonly tenantKey?: string }): FakeUser[]
  /** Chooses whom the authorize page approves as; `null` makes it deny (`error=access_denied`). */
  authorizeAs(openId: string | null): void

  /** The current app_ticket of a marketplace app (the one the platform last "pushed"). */
  appTicket(appId: string): string | undefined
  /** Every `app_ticket/resend` call so far. */
  readonly ticketResends: readonly TicketResend[]
  /** Requests per token endpoint kind. */
  readonly tokenRequests: TokenRequestCounts
  /** Shorthand for `tokenRequests.refresh`. */
  readonly refreshCount: number

  /** An authorization code as if a user had approved in a browser. */
  issueAuthCode(input?: IssueAuthCodeInput): string
  /** A valid access token of any kind, issued directly. */
  issueToken(input: IssueTokenInput): string
  /** A user grant as the OAuth token endpoint would make it, issued directly. */
  issueUserToken(input?: IssueUserTokenInput): UserGrant
  /** Forgets tokens (all, or by app/kind) so the platform rejects them as unknown. */
  revokeTokens(filter?: { readonly appId?: string; readonly kind?: TokenKind }): number
  /** Makes one access or refresh token expire now. */
  expireToken(token: string): boolean

  /** Registers a route; newest first, so it can override a built-in one. Returns its remover. */
  route(spec: RouteSpec): () => void
  /** Adds a throttle rule. Returns its remover. */
  rateLimit(rule: RateLimitRule): () => void
  /** Injects a fault for the next matching requests. Returns its remover. */
  fault(rule: FaultRule): () => void
  /**
   * Makes matching requests need one of some scopes: an app that has not enabled any answers
   * 99991672, a user token whose grant holds none 99991679, shaped as Feishu (default) or Lark
   * answers them. Returns its remover.
   */
  requireScopes(rule: ScopeRule): () => void
  /** Enables scopes for an app (default: the first app), as its console would. */
  enableAppScopes(scopes: readonly string[], appId?: string): void

  /** Every request so far (CORS preflights excluded), oldest first. */
  readonly requests: readonly LoggedRequest[]
  clearRequests(): void
  /** Back to a fresh state: apps, users, departments, chats, messages, files, tokens, clock, rules and log. Routes stay. */
  reset(): void
}
