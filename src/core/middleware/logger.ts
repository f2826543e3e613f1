import { log, logs } from '../log.ts'
import type { Middleware } from '../types.ts'

function pathOf(url: string): string {
  // Never the query: it may carry identifiers; never headers or bodies: they carry tokens and secrets.
  const start = url.indexOf('/open-apis/')
  const path = start >= 0 ? url.slice(start) : new URL(url).pathname
  const q = path.indexOf('?')
  return q >= 0 ? path.slice(0, q) : path
}

/**
 * Logs each attempt at debug level (method, path, status, code, log id, milliseconds) and answers
 * with code ≠ 0 at info level. Tokens, secrets, headers and bodies are never logged.
 *
 * @returns The logger middleware.
 */
export function logger(): Middleware {
  return async function logger(req, next) {
    // At the default level (warn) nothing here would be written: skip the per-call bookkeeping.
    if (!logs(req.ctx, 'info')) return next(req)
    const started = Date.now()
    const fields = { endpoint: req.spec.id, method: req.method, path: pathOf(req.url) }
    log(req.ctx, 'debug', 'request', fields)
    try {
      const res = await next(req)
      const code = (res.body as { code?: unknown } | null)?.code
      const logId = res.headers.get('x-tt-logid') ?? undefined
      const done = { ...fields, status: res.status, code, logId, ms: Date.now() - started }
      log(req.ctx, typeof code === 'number' && code !== 0 ? 'info' : 'debug', 'response', done)
      return res
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      log(req.ctx, 'debug', 'request failed', { ...fields, reason, ms: Date.now() - started })
      throw error
    }
  }
}
