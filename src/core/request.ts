import { createLarkValidationError } from './errors.ts'
import type { CallInput, CallOptions, Context, EndpointSpec, FileCodec, LarkRequest, QueryValue } from './types.ts'

/**
 * Fills `:param` placeholders, percent-encoding each value (an A1 range `Sheet 1!A1:B2` becomes
 * `Sheet%201!A1%3AB2`, one segment). A missing value is an input error, and so is `.` or `..`: URL
 * parsing resolves those as dot segments even percent-encoded, so the request would reach another
 * endpoint.
 */
export function fillPath(spec: Pick<EndpointSpec, 'id' | 'path'>, params: CallInput['path']): string {
  return spec.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined || value === null || value === '') {
      throw createLarkValidationError(spec.id, [{ path: `path.${name}`, message: 'Required path parameter is missing' }])
    }
    const text = String(value)
    if (text === '.' || text === '..') {
      throw createLarkValidationError(spec.id, [{ path: `path.${name}`, message: 'A path parameter cannot be "." or ".."' }])
    }
    return encodeURIComponent(text)
  })
}

/** Query string with arrays as repeated keys (`a=1&a=2`), the way the platform reads them. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) params.append(key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))
  }
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/** A GET cannot carry a body: its scalar and array body fields travel in the query instead. */
function mergeGetBody(query: CallInput['query'], body: unknown): CallInput['query'] {
  if (typeof body !== 'object' || body === null) return query
  const merged: Record<string, QueryValue> = { ...query }
  for (const [key, value] of Object.entries(body)) {
    merged[key] = typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value) : (value as QueryValue)
  }
  return merged
}

/**
 * Turns a spec and an input into the request the middleware sees: absolute URL with filled path
 * and query, headers from options, and the body (a `FormData` for multipart endpoints).
 *
 * @throws {LarkValidationError} When a path parameter is missing.
 */
export async function buildRequest(
  ctx: Context,
  spec: EndpointSpec,
  input: CallInput,
  options: CallOptions,
  files?: FileCodec,
): Promise<LarkRequest> {
  const isGet = spec.method === 'GET'
  const query = isGet && input.body !== undefined ? mergeGetBody(input.query, input.body) : input.query
  const url = `${spec.host === 'www' ? ctx.wwwUrl : ctx.baseUrl}${fillPath(spec, input.path)}${buildQuery(query)}`
  let body: unknown = isGet ? undefined : input.body
  if (spec.body === 'multipart' && files && typeof body === 'object' && body !== null) {
    body = await files.encode(body as Record<string, unknown>)
  }
  return { ctx, spec, method: spec.method, url, headers: { ...options.headers }, body, options }
}
