/**
 * `larkfn/proxy`: a server in between for browser tools. The platform's API answers no CORS and a
 * browser must never hold an app secret, so a browser context uses this proxy's URL as `domain`;
 * the proxy forwards only allowed endpoints, injects the tenant token server-side (or passes the
 * user's own token through), answers CORS for configured origins, and lets `authorize` refuse.
 *
 * @module
 */
import { createLarkValidationError } from '../core/errors.ts'
import { deadline } from '../core/abort.ts'
import { describeError } from '../core/log.ts'
import { readBody as readBounded } from '../core/read-body.ts'
import type { Context, EndpointSpec, HttpMethod, LarkResponse, TokenKind } from '../core/types.ts'
import { compileAllow, match, type AllowEntry, type Matcher } from './allow.ts'
import { corsHeaders, type CorsOptions } from './cors.ts'
import type { ManifestEntry } from '../manifest.ts'

export type { AllowEntry } from './allow.ts'
export type { CorsOptions } from './cors.ts'

/** What `authorize` learns about a request it may refuse. */
export interface ProxyRequestInfo {
  /** The endpoint's official id. */
  readonly endpoint: string
  readonly method: HttpMethod
  readonly path: string
  /** Present when the browser sent its own user token. */
  readonly userAccessToken: string | undefined
}

/** Options of {@link createProxy}. */
export interface ProxyOptions {
  /** Endpoint functions (`batchGetUserId`), specs, or official ids (`contact.v3.user.batch_get_id`). */
  readonly allow: readonly AllowEntry[]
  /** Origins allowed to call from a browser; requests from other origins are refused. */
  readonly cors?: CorsOptions
  /**
   * Return false (or a Response) to refuse a request; called after the origin and endpoint checks,
   * before the identity check (see `identity`).
   */
  readonly authorize?: (request: Request, info: ProxyRequestInfo) => boolean | Response | Promise<boolean | Response>
  /**
   * Who a call runs as, for endpoints that accept a user token. `'user'` (default): the caller's own
   * user token (`Authorization: Bearer`) is required, and the app's tenant token is used only for
   * endpoints that accept no user token. `'tenant'`: always the app's token, a caller's token is
   * never passed on (an allowed endpoint that accepts only user tokens is refused at creation).
   * `'either'`: the caller's token when sent, else the app's token.
   */
  readonly identity?: 'user' | 'tenant' | 'either'
  /**
   * Requests without an `Origin` header (servers, scripts, curl: not a browser's cross-origin call)
   * are refused with 403 unless this is true. Default false.
   */
  readonly allowMissingOrigin?: boolean
  /**
   * Gets what went wrong inside the proxy (a network failure reaching the platform, a failed token
   * fetch, a throwing `authorize`); the caller is answered a generic 500. Default: one
   * `console.error` line with the endpoint and the error's name and message.
   */
  readonly onError?: (error: unknown, endpoint: string | undefined) => void
  /** Path prefix the proxy is mounted under (e.g. `/lark`): requests outside it are answered 404. */
  readonly basePath?: string
  /** Largest request body accepted, in bytes (default 32 MiB: the platform's file limit is 30 MB). */
  readonly maxBodyBytes?: number
  /** `manifest` from `larkfn/manifest`; needed only when `allow` names endpoints by id. */
  readonly manifest?: readonly ManifestEntry[]
}

/**
 * Response headers of the platform passed back to the browser. Never `content-length` or
 * `content-encoding`: the transport decoded the body, so neither describes what is sent on.
 */
const PASSED_BACK = ['content-type', 'content-disposition', 'x-tt-logid', 'x-ogw-ratelimit-limit', 'x-ogw-ratelimit-reset']

/** Longest path and query accepted, in characters (answered 414 past it). */
const MAX_URL = 16 * 1024

function reportToConsole(error: unknown, endpoint: string | undefined): void {
  console.error(`[larkfn] proxy failed${endpoint === undefined ? '' : ` (${endpoint})`}: ${describeError(error).replace(/\s+/g, ' ').slice(0, 300)}`)
}

function refuse(status: number, code: number, msg: string, headers: Headers): Response {
  headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify({ code, msg }), { status, headers })
}

/**
 * A decoded path parameter the platform reads as one plain segment: no `/`, `\`, `?`, `#`, no
 * `%` (a second decoding upstream), no control character, not `.` or `..`.
 */
function safeParam(value: string): boolean {
  return value !== '.' && value !== '..' && !/[/\\?#%\u0000-\u001f\u007f]/.test(value)
}

function bearer(request: Request): string | undefined {
  const value = request.headers.get('authorization') ?? ''
  // One token68 value, of a sane length; anything else is no user token at all.
  const match = value.length <= 4096 ? /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(value) : null
  return match?.[1]
}

/** True for `application/json` and `application/*+json`. */
function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/**
 * The request body as bytes, read with bounds: counted while it streams (a chunked body has no
 * declared length), the read stops once past `max`, and a body not in within `time` ms is given up
 * on. The bytes go on untouched (a JSON round trip would round 64-bit integers); a JSON body is only
 * checked to parse, a multipart one to say so.
 */
async function readRequestBody(request: Request, spec: EndpointSpec, max: number, time: number): Promise<{ bytes?: Uint8Array; type?: string } | 'too-large' | 'too-slow' | 'invalid'> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) return {}
  const due = deadline(time)
  const bytes = await readBounded(request, max, due.timeUp).finally(due.clear)
  if (bytes === 'too-large' || bytes === 'too-slow') return bytes
  if (bytes.length === 0) return {}
  const type = request.headers.get('content-type') ?? ''
  if (spec.body === 'multipart') return /^multipart\/form-data;.*\bboundary=/i.test(type) ? { bytes, type } : 'invalid'
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return 'invalid'
  }
  return { bytes, type: 'application/json; charset=utf-8' }
}

function toResponse(res: LarkResponse, headers: Headers): Response {
  for (const name of PASSED_BACK) {
    const value = res.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  // A file (or any answer that is not JSON) is a download for the browser, never a page it renders.
  headers.set('x-content-type-options', 'nosniff')
  if (!isJson(headers.get('content-type'))) {
    const disposition = headers.get('content-disposition')
    const params = disposition === null ? '' : disposition.slice(disposition.indexOf(';') + 1 || disposition.length)
    headers.set('content-disposition', params.trim() === '' ? 'attachment' : `attachment; ${params.trim()}`)
  }
  if (res.body instanceof ReadableStream) return new Response(res.body, { status: res.status, headers })
  // The answer's text as it arrived: JSON re-serialised from the parsed body would round 64-bit ids.
  const text = res.text ?? (typeof res.body === 'string' ? res.body : res.body === undefined ? '' : JSON.stringify(res.body))
  const bodyless = res.status === 204 || res.status === 304
  return new Response(bodyless ? null : text, { status: res.status, headers })
}

/** Who a call runs as under `policy`: the user, the app (tenant or app token), or refused. */
function runAs(tokens: readonly TokenKind[], policy: Identity, userToken: string | undefined): 'user' | 'app' | 'needs-user' {
  const takesUser = tokens.includes('user')
  const takesApp = tokens.some((t) => t !== 'user')
  if (tokens.length === 0) return 'app'
  if (policy === 'tenant' && takesApp) return 'app'
  if (takesUser && userToken !== undefined && policy !== 'tenant') return 'user'
  if (takesApp && (policy === 'either' || !takesUser)) return 'app'
  return 'needs-user'
}

type Identity = NonNullable<ProxyOptions['identity']>
const IDENTITIES: readonly Identity[] = ['user', 'tenant', 'either']

/**
 * Creates the proxy: a Web-standard handler deployable as a Worker, an edge route, or on Deno, Bun
 * and Node (`listen` / `toNodeHandler` from `larkfn/node`).
 *
 * @param ctx A server-side context with the app credentials.
 * @param options Allowed endpoints, CORS origins, an `authorize` hook.
 * @returns `(request: Request) => Promise<Response>`.
 * @throws {LarkValidationError} When `allow` is empty or names an unknown id, `identity` is unknown, an
 *   endpoint that takes only user tokens is allowed under `identity: 'tenant'`, or `basePath` does not start with '/'.
 * @example
 * const proxy = createProxy(ctx, { allow: [batchGetUserId], cors: { origins: ['https://tool.example.com'] } })
 * export default { fetch: proxy }
 */
export function createProxy(ctx: Context, options: ProxyOptions): (request: Request) => Promise<Response> {
  if (!Array.isArray(options?.allow) || options.allow.length === 0) {
    throw createLarkValidationError('createProxy', [{ path: 'allow', message: 'must list at least one endpoint' }])
  }
  const matchers: Matcher[] = compileAllow(options.allow, options.manifest)
  const policy = options.identity ?? 'user'
  if (!IDENTITIES.includes(policy)) {
    throw createLarkValidationError('createProxy', [{ path: 'identity', message: "must be 'user', 'tenant' or 'either'" }])
  }
  const userOnly = policy === 'tenant' ? matchers.filter((m) => m.spec.tokens.length > 0 && m.spec.tokens.every((t) => t === 'user')) : []
  if (userOnly.length > 0) {
    throw createLarkValidationError('createProxy', userOnly.map((m) => ({ path: 'allow', message: `'${m.spec.id}' accepts only user tokens: it cannot run with identity 'tenant'` })))
  }
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  if (basePath !== '' && !basePath.startsWith('/')) {
    throw createLarkValidationError('createProxy', [{ path: 'basePath', message: "must start with '/'" }])
  }
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024
  if (!Number.isSafeInteger(maxBody) || maxBody < 0) {
    throw createLarkValidationError('createProxy', [{ path: 'maxBodyBytes', message: 'must be a whole number of bytes, 0 or more' }])
  }
  const onError = options.onError ?? reportToConsole

  return async function proxy(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname.length + url.search.length > MAX_URL) return refuse(414, 414, 'request URL too long', new Headers())
    // Only what is under basePath is the proxy's; anything else is not found (no CORS, no forwarding).
    if (basePath !== '' && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return refuse(404, 404, 'not found', new Headers())
    const allowed = corsHeaders(request, options.cors)
    if (allowed === undefined) return refuse(403, 403, 'origin not allowed by the proxy', new Headers())
    if (allowed === 'no-origin' && options.allowMissingOrigin !== true) return refuse(403, 403, 'requests without an Origin header are not allowed by the proxy', new Headers())
    const cors = allowed === 'no-origin' ? new Headers() : allowed
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors })
    const raw = url.pathname.slice(basePath.length)
    const method = request.method.toUpperCase() as HttpMethod
    let segments: string[]
    try {
      segments = raw.split('/').map(decodeURIComponent)
    } catch {
      return refuse(400, 400, 'invalid percent-encoding in the path', cors)
    }
    const found = match(matchers, method, segments)
    if (found === undefined) return refuse(403, 403, 'endpoint not allowed by the proxy', cors)
    if (found.segments.some((literal, i) => literal === null && !safeParam(segments[i]!))) {
      return refuse(400, 400, 'a path parameter holds a separator, a dot segment, a control character or a percent sign', cors)
    }
    // What is forwarded is what was matched: the decoded segments, each encoded again.
    const path = segments.map(encodeURIComponent).join('/')
    if (Number(request.headers.get('content-length') ?? 0) > maxBody) return refuse(413, 413, 'request body too large', cors)
    const userAccessToken = bearer(request)
    try {
      const verdict = options.authorize ? await options.authorize(request, { endpoint: found.spec.id, method, path, userAccessToken }) : true
      if (verdict instanceof Response) return verdict
      if (verdict !== true) return refuse(403, 403, 'refused by the proxy', cors)
      const identity = runAs(found.spec.tokens, policy, userAccessToken)
      if (identity === 'needs-user') return refuse(401, 99991661, 'this endpoint needs a user access token', cors)
      const body = await readRequestBody(request, found.spec, maxBody, ctx.timeout)
      if (body === 'too-large') return refuse(413, 413, 'request body too large', cors)
      if (body === 'too-slow') return refuse(408, 408, 'request body not received in time', cors)
      if (body === 'invalid') return refuse(400, 400, 'request body is not valid JSON or form data', cors)
      const spec: EndpointSpec = { ...found.spec, path, flat: true, tokens: identity === 'user' ? ['user'] : found.spec.tokens.filter((t) => t !== 'user') }
      const res = await ctx.send({
        ctx,
        spec,
        method,
        // The browser's query goes on as it came (repeated keys included).
        url: `${ctx.baseUrl}${path}${url.search}`,
        // Nothing of the browser's headers goes on but the body's type (a multipart boundary).
        headers: body.type === undefined ? {} : { 'content-type': body.type },
        body: body.bytes,
        options: { userAccessToken: identity === 'user' ? userAccessToken : undefined, signal: request.signal },
      })
      return toResponse(res, cors)
    } catch (error) {
      // The caller went away: nobody reads the answer, and it is not a failure of the proxy.
      if (request.signal.aborted) return new Response(null, { status: 499 })
      try {
        onError(error, found.spec.id)
      } catch {
        // A failing onError must not turn the generic answer into a crash.
      }
      return refuse(500, 500, 'internal error', cors)
    }
  }
}
