import { compose } from './compose.ts'
import { createLarkValidationError, type ValidationIssue } from './errors.ts'
import { isLogLevel } from './log.ts'
import { auth } from './middleware/auth.ts'
import { logger as logMiddleware } from './middleware/logger.ts'
import { retry as retryMiddleware } from './middleware/retry.ts'
import { transport } from './middleware/transport.ts'
import { createMemoryStore } from './token/memory-store.ts'
import type { ClientAssertionProvider, Context, Logger, LogLevel, Middleware, RetryPolicy, TokenStore } from './types.ts'

/**
 * Options of {@link createContext}. The ones usually read from the environment (`appId`,
 * `appSecret`, `domain`, `appTicket`) also take `undefined`, the same as leaving them out, so
 * `process.env.APP_SECRET` type-checks under `exactOptionalPropertyTypes`.
 */
export interface ContextOptions {
  readonly appId?: string | undefined
  /** Optional: a browser tool that only passes user tokens has none. */
  readonly appSecret?: string | undefined
  /**
   * Keyless self-built apps: instead of `appSecret`, a function returning a signed JWT client
   * assertion for `{ audience, appId }`; tenant tokens are then fetched with it at the OAuth host.
   */
  readonly clientAssertion?: ClientAssertionProvider | undefined
  /** `feishu` (default), `lark`, or a base URL (a proxy, a test server). */
  readonly domain?: 'feishu' | 'lark' | (string & {}) | undefined
  /** Accounts host for OAuth; follows `domain` (a custom domain serves both by default). */
  readonly accountsUrl?: string
  /**
   * The brand's www host, where the old approval API (`/approval/openapi/…`) is served; follows
   * `domain` like `accountsUrl` (`https://www.feishu.cn`, `https://www.larksuite.com`).
   */
  readonly wwwUrl?: string
  readonly appType?: 'self_built' | 'marketplace'
  /** Marketplace apps: a known app_ticket (else the one the event dispatcher stored is used). */
  readonly appTicket?: string | undefined
  /** Keyv-compatible store (`get`, `set(key, value, ttlMs)`, `delete`); default: in-memory. */
  readonly tokenStore?: TokenStore
  /** Milliseconds per attempt (default 30 000). */
  readonly timeout?: number
  /** Retry policy, or `false` for none. */
  readonly retry?: Partial<RetryPolicy> | false
  /** Outermost first, before retry, auth and logging. */
  readonly middleware?: readonly Middleware[]
  /** Default: `console`. */
  readonly logger?: Partial<Logger>
  /** Default `warn`. */
  readonly logLevel?: LogLevel
  /**
   * The fetch to use (a test server's, a proxy's). Default: on Node, `nodeFetch` (over node:http, the
   * root's `node` export condition); elsewhere the global `fetch`, looked up at call time.
   */
  readonly fetch?: typeof fetch
  /** Validate request input before sending (default true). */
  readonly validate?: boolean
  /** Never fetch tokens: every call must carry one in its options. */
  readonly manualTokens?: boolean
  /**
   * The domain is a `larkfn/proxy` that adds tenant and app tokens server-side (browser tools):
   * the context sends only user tokens from options and never fetches one.
   */
  readonly viaProxy?: boolean
  /** Seconds taken off a token's lifetime before caching it (default 180). */
  readonly tokenMargin?: number
  /**
   * Largest answer read whole, in bytes after decompression (default 32 MiB). A bigger one fails
   * with a `LarkHttpError` instead of filling memory; file downloads stream and are not counted.
   */
  readonly maxResponseBytes?: number
}

/** Every option name, for the unknown-key check (a typo such as `appSecert` is refused). */
const OPTION_NAMES: readonly (keyof ContextOptions)[] = [
  'appId', 'appSecret', 'clientAssertion', 'domain', 'accountsUrl', 'wwwUrl', 'appType', 'appTicket', 'tokenStore', 'timeout', 'retry',
  'middleware', 'logger', 'logLevel', 'fetch', 'validate', 'manualTokens', 'viaProxy', 'tokenMargin', 'maxResponseBytes',
]

const DOMAINS = {
  feishu: { baseUrl: 'https://open.feishu.cn', accountsUrl: 'https://accounts.feishu.cn', wwwUrl: 'https://www.feishu.cn' },
  lark: { baseUrl: 'https://open.larksuite.com', accountsUrl: 'https://accounts.larksuite.com', wwwUrl: 'https://www.larksuite.com' },
} as const

const DEFAULT_RETRY: RetryPolicy = { retries: 3, minDelay: 200, maxDelay: 30_000, maxTotal: 60_000 }

type Fields = Omit<Context, 'send' | 'sendToken'>

/** Edit distance, for did-you-mean on unknown option names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length] as number
}

/** The known names closest to an unknown one (at most 2 edits, or a third of its length). */
export function didYouMean(name: string, known: readonly string[]): string {
  const scored = known.map((k) => [k, distance(name, k)] as const).filter(([, d]) => d <= Math.max(2, Math.floor(name.length / 3)))
  scored.sort((x, y) => x[1] - y[1])
  return scored.length > 0 ? `is not an option; did you mean '${scored[0]?.[0]}'?` : 'is not an option'
}

/** An http(s) base URL (a host after the scheme). */
export function isUrl(value: string): boolean {
  return /^https?:\/\/[^/]+/i.test(value)
}

/** The URL without trailing slashes. */
export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

/** Checks every option and collects all problems, so one error names them all. */
function check(o: ContextOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const bad = (path: string, message: string) => issues.push({ path, message })
  if (typeof o !== 'object' || o === null) return [{ path: '', message: 'options must be an object' }]
  for (const key of Object.keys(o)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) bad(key, didYouMean(key, OPTION_NAMES))
  }
  const isStr = (v: unknown) => typeof v === 'string' && v !== ''
  if (o.appId !== undefined && !isStr(o.appId)) bad('appId', 'must be a non-empty string')
  if (o.appSecret !== undefined && !isStr(o.appSecret)) bad('appSecret', 'must be a non-empty string')
  if ((o.appSecret ?? o.clientAssertion) !== undefined && o.appId === undefined) bad('appId', 'is required with appSecret or clientAssertion')
  if (o.clientAssertion !== undefined && (typeof o.clientAssertion !== 'function' || o.appSecret !== undefined)) {
    bad('clientAssertion', 'must be a function, and comes instead of appSecret')
  }
  if (o.domain !== undefined && !(o.domain in DOMAINS) && !(typeof o.domain === 'string' && isUrl(o.domain))) {
    bad('domain', "must be 'feishu', 'lark' or an http(s) base URL")
  }
  if (o.accountsUrl !== undefined && !(typeof o.accountsUrl === 'string' && isUrl(o.accountsUrl))) {
    bad('accountsUrl', 'must be an http(s) base URL')
  }
  if (o.wwwUrl !== undefined && !(typeof o.wwwUrl === 'string' && isUrl(o.wwwUrl))) bad('wwwUrl', 'must be an http(s) base URL')
  if (o.appType !== undefined && o.appType !== 'self_built' && o.appType !== 'marketplace') {
    bad('appType', "must be 'self_built' or 'marketplace'")
  }
  if (o.appType === 'marketplace' && !(o.appId && o.appSecret)) bad('appSecret', 'a marketplace app needs appId and appSecret')
  if (o.appTicket !== undefined && !isStr(o.appTicket)) bad('appTicket', 'must be a non-empty string')
  const store = o.tokenStore as Partial<Record<'get' | 'set' | 'delete', unknown>> | undefined
  if (store !== undefined && !(store && ['get', 'set', 'delete'].every((m) => typeof store[m as 'get'] === 'function'))) {
    bad('tokenStore', 'must have get, set and delete methods (a Keyv instance works)')
  }
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0
  if (o.timeout !== undefined && !positive(o.timeout)) bad('timeout', 'must be a positive number of milliseconds')
  if (o.maxResponseBytes !== undefined && !positive(o.maxResponseBytes)) bad('maxResponseBytes', 'must be a positive number of bytes')
  if (o.tokenMargin !== undefined && !(typeof o.tokenMargin === 'number' && o.tokenMargin >= 0)) {
    bad('tokenMargin', 'must be a number of seconds ≥ 0')
  }
  if (o.retry !== undefined && o.retry !== false) {
    if (typeof o.retry !== 'object' || o.retry === null) bad('retry', 'must be a policy object or false')
    else
      for (const [key, value] of Object.entries(o.retry)) {
        if (!(key in DEFAULT_RETRY)) bad(`retry.${key}`, 'is not a retry option')
        else if (!(typeof value === 'number' && value >= 0)) bad(`retry.${key}`, 'must be a number ≥ 0')
      }
  }
  if (o.middleware !== undefined && !(Array.isArray(o.middleware) && o.middleware.every((m) => typeof m === 'function'))) {
    bad('middleware', 'must be an array of functions (req, next) => Promise<res>')
  }
  if (o.logLevel !== undefined && !isLogLevel(o.logLevel)) bad('logLevel', "must be 'debug', 'info', 'warn', 'error' or 'silent'")
  if (o.logger !== undefined && (typeof o.logger !== 'object' || o.logger === null)) bad('logger', 'must be an object like console')
  if (o.fetch !== undefined && typeof o.fetch !== 'function') bad('fetch', 'must be a fetch function')
  for (const flag of ['validate', 'manualTokens', 'viaProxy'] as const) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean') bad(flag, 'must be a boolean')
  }
  return issues
}

/** What printing a context shows: its settings, never the secret or what the token store holds. */
function summary(ctx: Context): Record<string, unknown> {
  const { send: _send, sendToken: _sendToken, tokenStore: _store, logger: _logger, fetch: _fetch, middleware, ...rest } = ctx
  return {
    ...rest,
    appSecret: ctx.appSecret === undefined ? undefined : '[hidden]',
    clientAssertion: ctx.clientAssertion && '[provider]',
    tokenStore: '[TokenStore]',
    middleware: middleware.length,
  }
}

/**
 * Builds the frozen context from resolved fields. The secret lives in a closure behind a
 * non-enumerable getter: no property of the object holds it, so neither enumeration nor
 * `util.inspect` with `showHidden` (`%o`) prints it. Printing (Node, Deno) and `JSON.stringify` show
 * a summary that leaves out the token store, whose cache holds live tokens.
 */
export function build(fields: Fields): Context {
  const { appSecret, clientAssertion, ...rest } = fields
  const stack = fields.retry === false ? [auth(), logMiddleware()] : [retryMiddleware(), auth(), logMiddleware()]
  const send = compose([...fields.middleware, ...stack], transport())
  const tokenStack = fields.retry === false ? [logMiddleware()] : [retryMiddleware(), logMiddleware()]
  // The token chain carries the app secret in its bodies: its transport never follows a redirect
  // to another origin (the secret would be sent there).
  const ctx = { ...rest, send, sendToken: compose(tokenStack, transport({ credentials: true })) }
  hideSecrets(ctx, { appSecret: () => appSecret, clientAssertion: () => clientAssertion }, () => summary(ctx as unknown as Context))
  return Object.freeze(ctx) as unknown as Context
}

/**
 * Puts secrets on an object as non-enumerable getters (no property holds them, so enumeration,
 * spreading and `util.inspect` with `showHidden` leave them out) and makes printing (Node, Deno) and
 * `JSON.stringify` show `summary()` instead of the object.
 *
 * @param target The object, not frozen yet.
 * @param secrets Getter per secret property.
 * @param summary What printing and serialising show.
 */
export function hideSecrets(target: object, secrets: Readonly<Record<string, () => unknown>>, summary: () => unknown): void {
  for (const key in secrets) Object.defineProperty(target, key, { get: secrets[key] })
  Object.defineProperty(target, Symbol.for('nodejs.util.inspect.custom'), { value: summary })
  Object.defineProperty(target, Symbol.for('Deno.customInspect'), { value: (inspect: (value: unknown) => string) => inspect(summary()) })
  Object.defineProperty(target, 'toJSON', { value: summary })
}

/**
 * Creates a context: a plain, frozen object that every endpoint function takes first.
 *
 * @param options App credentials, domain, token store, middleware, retry policy, logging, fetch.
 * @returns The context.
 * @throws {LarkValidationError} When an option is invalid; the error names every bad option.
 * @example
 * const ctx = createContext({ appId: 'cli_a1b2c3d4e5f60718', appSecret: process.env.APP_SECRET })
 * const data = await batchGetUserId(ctx, { body: { emails: ['a@example.com'] } })
 */
export function createContext(options: ContextOptions = {}): Context {
  const issues = check(options)
  if (issues.length > 0) throw createLarkValidationError('createContext', issues)
  const named = DOMAINS[options.domain as keyof typeof DOMAINS]
  const baseUrl = named ? named.baseUrl : trimSlash(options.domain ?? DOMAINS.feishu.baseUrl)
  const injected = options.fetch
  return build({
    appId: options.appId,
    appSecret: options.appSecret,
    clientAssertion: options.clientAssertion,
    baseUrl,
    accountsUrl: trimSlash(options.accountsUrl ?? (named ? named.accountsUrl : baseUrl)),
    wwwUrl: trimSlash(options.wwwUrl ?? (named ? named.wwwUrl : baseUrl)),
    appType: options.appType ?? 'self_built',
    appTicket: options.appTicket,
    tokenStore: options.tokenStore ?? createMemoryStore(),
    timeout: options.timeout ?? 30_000,
    retry: options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry },
    middleware: Object.freeze([...(options.middleware ?? [])]),
    logger: (options.logger ?? console) as Logger,
    logLevel: options.logLevel ?? 'warn',
    // Looked up at call time, so a fetch installed after the context was made is still used.
    fetch: injected ?? ((input, init) => globalThis.fetch(input, init)),
    validate: options.validate ?? true,
    manualTokens: options.manualTokens ?? false,
    viaProxy: options.viaProxy ?? false,
    tokenMargin: options.tokenMargin ?? 180,
    maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
  })
}

/**
 * Returns a new context whose chain runs `middleware` inside the existing user middleware.
 *
 * @param ctx The context to extend; it is not changed.
 * @param middleware Middleware to add, outermost first.
 * @returns A new frozen context.
 * @example
 * const traced = withMiddleware(ctx, async (req, next) => next({ ...req, headers: { ...req.headers, 'x-trace': '1' } }))
 */
export function withMiddleware(ctx: Context, ...middleware: Middleware[]): Context {
  if (!middleware.every((m) => typeof m === 'function')) {
    throw createLarkValidationError('withMiddleware', [{ path: 'middleware', message: 'must be functions' }])
  }
  const { send: _send, sendToken: _sendToken, ...fields } = ctx
  return build({ ...fields, appSecret: ctx.appSecret, clientAssertion: ctx.clientAssertion, middleware: Object.freeze([...ctx.middleware, ...middleware]) })
}
