/**
 * Shared types of the core runtime: context, endpoint spec, request and response of the middleware
 * chain, per-call options.
 *
 * @module
 */
import type { GenericSchema } from 'valibot'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** The access token kinds an endpoint accepts. */
export type TokenKind = 'tenant' | 'app' | 'user'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

/** Anything with Keyv's `get` / `set(key, value, ttlMs)` / `delete`: a `Keyv` instance works as is. */
export interface TokenStore {
  get(key: string): unknown
  set(key: string, value: unknown, ttl?: number): unknown
  delete(key: string): unknown
}

/** A logger: `console` works as is. Each method gets one message and an optional plain object. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

/** How the retry middleware retries. All times in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  readonly retries: number
  /** First back-off delay for 5xx and network errors (default 200); doubles per attempt. */
  readonly minDelay: number
  /** Largest single wait, rate-limit waits included (default 30 000). */
  readonly maxDelay: number
  /** Upper bound of all attempts and waits together (default 60 000). */
  readonly maxTotal: number
}

/** How a paginated endpoint pages. */
export interface PageSpec {
  /** Key of the item array in `data` (default `items`); null when pages have no single item array. */
  readonly items?: string | null
  /** Where `page_token` goes (default `query`). */
  readonly tokenIn?: 'query' | 'body'
  /** Key of the next token in `data` (default `page_token`). */
  readonly next?: string
}

/** What one endpoint is: data only, read by `call` and by the middleware. */
export interface EndpointSpec {
  /** Official dotted name, e.g. `contact.v3.user.batch_get_id`; `request` uses `METHOD path`. */
  readonly id: string
  readonly method: HttpMethod
  /** Path with `:param` placeholders, e.g. `/open-apis/contact/v3/users/:user_id`. */
  readonly path: string
  /** Accepted tokens, preferred first; empty means the call carries no token. */
  readonly tokens: readonly TokenKind[]
  /** Lazy valibot schema of the whole input `{ path?, query?, body? }`, built on first use. */
  readonly input?: () => GenericSchema
  readonly page?: PageSpec
  /** `multipart`: the body is sent as `multipart/form-data`. */
  readonly body?: 'multipart'
  /** The success response is a file, not an envelope. */
  readonly download?: boolean
  /** The response is not wrapped in `{ code, msg, data }`: resolve to the whole body. */
  readonly flat?: boolean
  /** Safe to replay after a 5xx or a network error (GET always is). */
  readonly idempotent?: boolean
  /** Request headers the caller must pass in `options.headers` (e.g. `X-Lark-Helpdesk-Authorization`). */
  readonly headers?: readonly string[]
  /** `www`: served on the brand's www host (`ctx.wwwUrl`), not the Open API host: the old approval API. */
  readonly host?: 'www'
}

/**
 * How file endpoints encode a multipart body and wrap a file answer. JSON endpoints are made
 * without it, so their bundles carry no form or download code.
 */
export interface FileCodec {
  readonly encode: (body: Record<string, unknown>) => Promise<FormData>
  readonly decode: (res: LarkResponse) => unknown
}

/** The input of every endpoint function. */
export interface CallInput {
  path?: Record<string, string | number>
  query?: Record<string, QueryValue>
  body?: unknown
}

export type QueryScalar = string | number | boolean
export type QueryValue = QueryScalar | readonly QueryScalar[] | undefined | null

/**
 * Per-call options, the last argument of every endpoint function. Tokens, `tenantKey` (an event's
 * `tenantKey` is `string | undefined`), `signal` and `timeout` also take `undefined`, the same as
 * leaving them out.
 */
export interface CallOptions {
  /** Marketplace apps: whose tenant token to use. */
  readonly tenantKey?: string | undefined
  readonly userAccessToken?: string | undefined
  readonly tenantAccessToken?: string | undefined
  readonly appAccessToken?: string | undefined
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal | undefined
  /** Milliseconds per attempt; overrides the context's. */
  readonly timeout?: number | undefined
  /** `false` skips request validation for this call. */
  readonly validate?: boolean
  /** Marks a non-GET request safe to replay after a 5xx or a network error. */
  readonly idempotent?: boolean
}

/** The request as the middleware sees it. Plain data: to change it, pass a new object to `next`. */
export interface LarkRequest {
  readonly ctx: Context
  readonly spec: EndpointSpec
  readonly method: HttpMethod
  /** Absolute URL, query included. */
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** JSON-serialisable value, `FormData`, bytes (sent as they are, with the headers' content type), or undefined. */
  readonly body?: unknown
  readonly options: CallOptions
}

/** What the transport answers: status, headers and the parsed body (or the stream of a download). */
export interface LarkResponse {
  readonly status: number
  readonly headers: Headers
  /** Parsed JSON, text when the body was not JSON, or a `ReadableStream` for a file. */
  readonly body: unknown
  /**
   * The body's text as it arrived, when it was read whole (not for a streamed file): what a proxy
   * passes on, since re-serialising parsed JSON would round 64-bit integers.
   */
  readonly text?: string
}

export type Next = (req: LarkRequest) => Promise<LarkResponse>
export type Middleware = (req: LarkRequest, next: Next) => Promise<LarkResponse>

/** What a {@link ClientAssertionProvider} is called with. */
export interface ClientAssertionRequest {
  /** The host (with port, if any) of the OAuth token endpoint, e.g. `accounts.feishu.cn`: the JWT's `aud`. */
  readonly audience: string
  /** The app the assertion is for: the JWT's `iss` and `sub`. */
  readonly appId: string
  /** Aborted when the token fetch gives up waiting (the context's timeout). */
  readonly signal: AbortSignal
}

/**
 * Returns a short-lived signed JWT (RFC 7523 client assertion) for the app, e.g. from a key vault
 * or a signing service. Called once per token fetch; the value is sent once and never stored.
 */
export type ClientAssertionProvider = (request: ClientAssertionRequest) => string | Promise<string>

/** A plain, frozen context made by `createContext`. */
export interface Context {
  readonly appId: string | undefined
  /** Not enumerable, held in a closure: never printed or serialised with the context. */
  readonly appSecret: string | undefined
  /** Keyless apps: signs a client assertion per token fetch. Not enumerable, like `appSecret`. */
  readonly clientAssertion: ClientAssertionProvider | undefined
  /** Base URL of the Open API, without trailing slash. */
  readonly baseUrl: string
  /** Base URL of the accounts host (OAuth). */
  readonly accountsUrl: string
  /** Base URL of the brand's www host (the old approval API, `spec.host: 'www'`). */
  readonly wwwUrl: string
  readonly appType: 'self_built' | 'marketplace'
  readonly appTicket: string | undefined
  readonly tokenStore: TokenStore
  readonly timeout: number
  readonly retry: RetryPolicy | false
  readonly middleware: readonly Middleware[]
  readonly logger: Logger
  readonly logLevel: LogLevel
  readonly fetch: typeof fetch
  readonly validate: boolean
  readonly manualTokens: boolean
  /** The domain is a larkfn proxy that adds tenant and app tokens: send user tokens only. */
  readonly viaProxy: boolean
  /** Seconds taken off a token's `expire` before it is cached. */
  readonly tokenMargin: number
  /** Largest answer read whole, in bytes (downloads stream and are not counted). */
  readonly maxResponseBytes: number
  /** The composed chain: user middleware → retry → auth → logger → transport. */
  readonly send: Next
  /** The chain token requests take: retry → logger → transport (no user middleware: bodies hold the secret). */
  readonly sendToken: Next
}
