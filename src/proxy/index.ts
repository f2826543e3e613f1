/**
 * `larkfn/proxy`: a server in between for browser tools. The platform's API answers no CORS and a
 * browser must never hold an app secret, so a browser context uses this proxy's URL as `domain`;
 * the proxy forwards only allowed endpoints, injects the tenant token server-side (or passes the
 * user's own token through), answers CORS for configured origins, and lets `authorize` refuse.
 *
 * @module
 */
import { createLarkValidationError } from '../core/errors.ts'
import { readBody as readBounded } from '../events/read-body.ts'
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
  /** Return false (or a Response) to refuse a request; called after the endpoint and origin checks. */
  readonly authorize?: (request: Request, info: ProxyRequestInfo) => boolean | Response | Promise<boolean | Response>
  /**
   * Who a call runs as, for endpoints that accept a user token. `'user'` (default): the caller's own
   * user token (`Authorization: Bearer`) is required, and the app's tenant token is used only for
   * endpoints that accept no user token. `'tenant'`: always the app's token, a caller's token is
   * never passed on (an allowed endpoint that accepts only user tokens is refused at creation).
   * `'either'`: the caller's token when sent, else the app's token.
   */
  readonly identity?: 'user' | 'tenant' | 'either'
  /** Path prefix the proxy is mounted under (e.g. `/lark`), stripped before matching. */
  readonly basePath?: string
  /** Largest request body accepted, in bytes (default 32 MiB: the platform's file limit is 30 MB). */
  readonly maxBodyBytes?: number
  /** `manifest` from `larkfn/manifest`; needed only when `allow` names endpoints by id. */
  readonly manifest?: readonly ManifestEntry[]
}

/** Response headers of the platform worth passing back to the browser. */
const PASSED_BACK = ['content-type', 'content-disposition', 'content-length', 'x-tt-logid', 'x-ogw-ratelimit-limit', 'x-ogw-ratelimit-reset']

function refuse(status: number, code: number, msg: string, headers: Headers): Response {
  headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify({ code, msg }), { status, headers })
}

function bearer(request: Request): string | undefined {
  const value = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(value)
  return match?.[1]
}

/**
 * The request body, read with a bound: counted while it streams (a chunked body has no declared
 * length), and the read stops once past `max`.
 */
async function readRequestBody(request: Request, spec: EndpointSpec, max: number): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined
  const bytes = await readBounded(request, max)
  if (bytes === 'too-large') return bytes
  if (spec.body === 'multipart') return new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
  const text = new TextDecoder().decode(bytes)
  return text === '' ? undefined : JSON.parse(text)
}

function toResponse(res: LarkResponse, headers: Headers): Response {
  for (const name of PASSED_BACK) {
    const value = res.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  if (res.body instanceof ReadableStream) return new Response(res.body, { status: res.status, headers })
  if (typeof res.body === 'string') return new Response(res.body, { status: res.status, headers })
  headers.set('content-type', 'application/json; charset=utf-8')
  headers.delete('content-length')
  return new Response(res.body === undefined ? '' : JSON.stringify(res.body), { status: res.status, headers })
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
 * @throws {LarkValidationError} When `allow` is empty or names an unknown id.
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
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024

  return async function proxy(request: Request): Promise<Response> {
    const cors = corsHeaders(request, options.cors)
    if (cors === undefined) return refuse(403, 403, 'origin not allowed by the proxy', new Headers())
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors })
    const url = new URL(request.url)
    const raw = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname
    const method = request.method.toUpperCase() as HttpMethod
    let segments: string[]
    try {
      segments = raw.split('/').map(decodeURIComponent)
    } catch {
      return refuse(400, 400, 'invalid percent-encoding in the path', cors)
    }
    const found = match(matchers, method, segments)
    if (found === undefined) return refuse(403, 403, 'endpoint not allowed by the proxy', cors)
    // What is forwarded is what was matched: the decoded segments, each encoded again.
    const path = segments.map(encodeURIComponent).join('/')
    if (Number(request.headers.get('content-length') ?? 0) > maxBody) return refuse(413, 413, 'request body too large', cors)
    const userAccessToken = bearer(request)
    const info = { endpoint: found.spec.id, method, path, userAccessToken }
    const verdict = options.authorize ? await options.authorize(request, info) : true
    if (verdict instanceof Response) return verdict
    if (verdict !== true) return refuse(403, 403, 'refused by the proxy', cors)
    let body: unknown
    try {
      body = await readRequestBody(request, found.spec, maxBody)
    } catch {
      return refuse(400, 400, 'request body is not valid JSON or form data', cors)
    }
    if (body === 'too-large') return refuse(413, 413, 'request body too large', cors)
    const identity = runAs(found.spec.tokens, policy, userAccessToken)
    if (identity === 'needs-user') return refuse(401, 99991661, 'this endpoint needs a user access token', cors)
    const spec: EndpointSpec = { ...found.spec, path, flat: true, tokens: identity === 'user' ? ['user'] : found.spec.tokens.filter((t) => t !== 'user') }
    const res = await ctx.send({
      ctx,
      spec,
      method,
      // The browser's query goes on as it came (repeated keys included).
      url: `${ctx.baseUrl}${path}${url.search}`,
      headers: {},
      body,
      options: { userAccessToken: identity === 'user' ? userAccessToken : undefined, signal: request.signal },
    })
    return toResponse(res, cors)
  }
}
