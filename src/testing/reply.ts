/**
 * How the fake server answers: JSON bodies, the error envelope with its log id, business errors
 * raised by route handlers, CORS headers and the `x-tt-logid` header on every response.
 *
 * @module
 */
import { methodId } from './ids.ts'

const ERROR_BRAND = Symbol.for('larkfn.fakeError')
const JSON_TYPE = 'application/json; charset=utf-8'

/** A business error a route handler returns or throws; the router turns it into the error envelope. */
export interface FakeError extends Error {
  readonly code: number
  readonly msg: string
  readonly httpStatus: number
  /** Extra fields of the envelope's `error` object, e.g. `field_violations`. */
  readonly details: Readonly<Record<string, unknown>>
}

/**
 * Makes a business error for a route handler to return (or throw).
 *
 * @param code The platform code, e.g. `99992402`.
 * @param msg The message, e.g. `field validation failed`.
 * @param httpStatus The HTTP status (default 400; many older APIs answer 200).
 * @param details Extra fields of the `error` object, next to `log_id` and `troubleshooter`.
 * @returns The error.
 * @example
 * fake.route({ method: 'GET', path: '/open-apis/demo/v1/things/:id', tokens: ['tenant'],
 *   handler: ({ params }) => params.id === '1' ? { thing: { id: '1' } } : fakeError(1254043, 'not found') })
 */
export function fakeError(
  code: number,
  msg: string,
  httpStatus = 400,
  details: Readonly<Record<string, unknown>> = {},
): FakeError {
  const error = new Error(`fake error ${code}: ${msg}`)
  return Object.assign(error, { [ERROR_BRAND]: true, code, msg, httpStatus, details })
}

/**
 * Tells whether a value is a {@link fakeError}.
 *
 * @param value A handler's result or what it threw.
 * @returns `true` for errors made by `fakeError`.
 */
export function isFakeError(value: unknown): value is FakeError {
  return typeof value === 'object' && value !== null && (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true
}

/**
 * A JSON response with the platform's content type.
 *
 * @param body Any JSON-serialisable value.
 * @param status HTTP status (default 200).
 * @param headers Extra headers.
 * @returns The response.
 */
export function fakeJson(body: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': JSON_TYPE } })
}

/**
 * An OAuth endpoint's flat refusal `{ code, error, error_description }` (RFC 6749 §5.2; `code` is
 * left out when undefined, as the app registration endpoint answers).
 *
 * @param status The HTTP status (400 for most, 401 for a bad client).
 * @param code The platform's code beside the OAuth error, or undefined.
 * @param error The OAuth error (`invalid_grant`, `slow_down`…).
 * @param description Its `error_description`.
 */
export function fakeOAuthError(status: number, code: number | undefined, error: string, description: string): Response {
  return fakeJson({ code, error, error_description: description }, status)
}

/**
 * The platform's error envelope `{ code, msg, error: { log_id, troubleshooter, …details } }`.
 *
 * @param error Code, message, status and details.
 * @param logId The log id also sent as `x-tt-logid`.
 * @param path The request path (for the troubleshooter's `method_id`).
 * @returns The response.
 */
export function errorEnvelope(
  error: Pick<FakeError, 'code' | 'msg' | 'httpStatus' | 'details'>,
  logId: string,
  path: string,
): Response {
  const link = `https://open.feishu.cn/search?from=openapi&log_id=${logId}&code=${error.code}&method_id=${methodId(path)}`
  const troubleshooter = `排查建议查看(Troubleshooting suggestions): ${link}`
  const body = { code: error.code, msg: error.msg, error: { ...error.details, log_id: logId, troubleshooter } }
  return fakeJson(body, error.httpStatus)
}

const EXPOSED = 'x-tt-logid, x-request-id, x-ogw-ratelimit-limit, x-ogw-ratelimit-reset, content-disposition'

/**
 * Adds the headers every response carries (`x-tt-logid`, CORS) to a response, as a new response.
 *
 * @param response What the route answered (its headers may be immutable, e.g. `Response.redirect`).
 * @param logId The request's log id.
 * @returns A response with the same status and body.
 */
export function finish(response: Response, logId: string): Response {
  const headers = new Headers(response.headers)
  headers.set('x-tt-logid', logId)
  headers.set('access-control-allow-origin', '*')
  headers.set('access-control-expose-headers', EXPOSED)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/**
 * The answer to a CORS preflight: 204, any origin, the usual methods, the asked-for headers.
 *
 * @param request The `OPTIONS` request.
 * @returns The response.
 */
export function preflight(request: Request): Response {
  // `*` in allow-headers does not cover Authorization (Fetch spec), so name the headers instead.
  const asked = request.headers.get('access-control-request-headers')
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': asked ?? 'authorization, content-type',
      'access-control-expose-headers': EXPOSED,
      'access-control-max-age': '600',
    },
  })
}
