/** Which browser origins may call the proxy. */
export interface CorsOptions {
  /** Exact origins (`https://tool.example.com`), or `*` for any. */
  readonly origins: readonly string[]
  /** Seconds a browser may cache the preflight (default 600). */
  readonly maxAge?: number
}

const EXPOSED = 'x-tt-logid, x-ogw-ratelimit-limit, x-ogw-ratelimit-reset, content-disposition'

/**
 * The CORS headers for a request, `'no-origin'` for a request without an `Origin` header (a server,
 * a script, not a browser's cross-origin call), or undefined when its origin is not allowed.
 */
export function corsHeaders(request: Request, cors: CorsOptions | undefined): Headers | 'no-origin' | undefined {
  const headers = new Headers()
  const origin = request.headers.get('origin')
  if (origin === null) return 'no-origin'
  if (cors === undefined) return undefined
  const any = cors.origins.includes('*')
  if (!any && !cors.origins.includes(origin)) return undefined
  headers.set('access-control-allow-origin', any ? '*' : origin)
  if (!any) headers.set('vary', 'origin')
  headers.set('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? 'authorization, content-type')
  headers.set('access-control-expose-headers', EXPOSED)
  headers.set('access-control-max-age', String(cors.maxAge ?? 600))
  return headers
}
