import { invoke } from './call.ts'
import { fileCodec } from './files.ts'
import { createLarkValidationError } from './errors.ts'
import type { CallOptions, Context, EndpointSpec, HttpMethod, QueryValue, TokenKind } from './types.ts'

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** A request to any path of the Open API. */
export interface RawRequest {
  readonly method: HttpMethod
  /** Path under the domain, e.g. `/open-apis/contact/v3/users/:user_id`. */
  readonly path: string
  /** Values of `:param` placeholders in `path`. */
  readonly params?: Record<string, string | number>
  /** Arrays become repeated keys. */
  readonly query?: Record<string, QueryValue>
  readonly body?: unknown
  /** Which token to send: `tenant` (default), `app`, `user` (from options) or `none`. */
  readonly tokenType?: TokenKind | 'none'
  /** Send the body as `multipart/form-data`. */
  readonly multipart?: boolean
  /** The answer is a file: resolve to a `Download`. */
  readonly download?: boolean
}

/** The parsed body of a raw call: the envelope itself. */
export interface RawResponse {
  readonly code: number
  readonly msg?: string
  readonly data?: unknown
  readonly [field: string]: unknown
}

/**
 * Calls any path of the Open API, like the official SDKs' raw request: same auth, retry, logging and
 * errors as the generated functions, no input schema.
 *
 * @param ctx The context.
 * @param req Method, path, params, query, body, token type.
 * @param options Per-call options (tokens, tenant key, headers, signal, timeout).
 * @returns The parsed JSON body when `code === 0`.
 * @throws {LarkApiError} When the platform answers with `code ≠ 0`.
 * @example
 * const body = await request(ctx, { method: 'GET', path: '/open-apis/contact/v3/users/:user_id', params: { user_id: 'ou_1' } })
 */
export function request<T extends RawResponse = RawResponse>(ctx: Context, req: RawRequest, options?: CallOptions): Promise<T> {
  const method = typeof req?.method === 'string' ? (req.method.toUpperCase() as HttpMethod) : undefined
  const issues = []
  if (method === undefined || !METHODS.includes(method)) issues.push({ path: 'method', message: `must be one of ${METHODS.join(', ')}` })
  if (typeof req?.path !== 'string' || !req.path.startsWith('/')) issues.push({ path: 'path', message: "must start with '/'" })
  const tokenType = req?.tokenType ?? 'tenant'
  if (!['tenant', 'app', 'user', 'none'].includes(tokenType)) issues.push({ path: 'tokenType', message: "must be 'tenant', 'app', 'user' or 'none'" })
  const id = `${method ?? String(req?.method)} ${String(req?.path)}`
  if (issues.length > 0) return Promise.reject(createLarkValidationError(id, issues))
  const spec: EndpointSpec = {
    id,
    method: method as HttpMethod,
    path: req.path,
    tokens: tokenType === 'none' ? [] : [tokenType as TokenKind],
    flat: !req.download,
    ...(req.multipart ? { body: 'multipart' as const } : {}),
    ...(req.download ? { download: true } : {}),
  }
  return invoke<T>(ctx, spec, { path: req.params, query: req.query, body: req.body }, options ?? {}, req.multipart || req.download ? fileCodec : undefined)
}
