import { withTimeout } from '../abort.ts'
import { createLarkHttpError } from '../errors.ts'
import type { LarkRequest, LarkResponse, Next } from '../types.ts'

/** Deno's permission errors: no retry can help, so they are reported as what they are. */
const REFUSALS = new Set(['NotCapable', 'PermissionDenied'])

/** True when the runtime itself refused the request (e.g. Deno without --allow-net). */
export function isRuntimeRefusal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return typeof name === 'string' && REFUSALS.has(name)
}

/** The body and headers to send: JSON for plain values, `FormData` as is (fetch sets the boundary). */
function encode(req: LarkRequest): { body: BodyInit | undefined; headers: Record<string, string> } {
  const { body, method } = req
  if (method === 'GET' || body === undefined) return { body: undefined, headers: { ...req.headers } }
  // The spec says multipart (no global lookup: Node's lazy FormData would load undici on every call).
  if (req.spec.body === 'multipart') return { body: body as BodyInit, headers: { ...req.headers } }
  // Bytes go as they are, with the caller's content type (the proxy passes a browser's body through).
  if (body instanceof Uint8Array) return { body: body as BodyInit, headers: { ...req.headers } }
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8', ...req.headers } }
}

/** Parsed JSON when the answer says JSON (and is), else the text; an empty body is undefined. */
async function decode(res: Response): Promise<{ body: unknown; text: string }> {
  const text = await res.text()
  if (text === '') return { body: undefined, text }
  if (!(res.headers.get('content-type') ?? '').includes('json')) return { body: text, text }
  try {
    return { body: JSON.parse(text), text }
  } catch {
    return { body: text, text }
  }
}

/**
 * The centre of the chain: sends the request with the context's `fetch` and answers status, headers
 * and the parsed body (the `ReadableStream` for downloads). A network failure or timeout becomes a
 * `LarkHttpError` with status 0; the caller's abort rethrows the signal's reason.
 *
 * @returns The transport handler.
 */
export function transport(): Next {
  return async function transport(req): Promise<LarkResponse> {
    const { ctx, options, spec } = req
    const timeout = options.timeout ?? ctx.timeout
    const deadline = withTimeout(options.signal, timeout)
    const { body, headers } = encode(req)
    let streaming = false
    try {
      const res = await ctx.fetch(req.url, { method: req.method, headers, body, signal: deadline.signal })
      // A download's body is the caller's to read at their pace: the timeout covers its headers,
      // the caller's signal still cancels the stream.
      streaming = spec.download === true && res.ok
      if (streaming) return { status: res.status, headers: res.headers, body: res.body }
      const { body: parsed, text } = await decode(res)
      return { status: res.status, headers: res.headers, body: parsed, text }
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason
      const reason = deadline.signal.aborted
        ? `timed out after ${timeout} ms`
        : isRuntimeRefusal(error)
          ? 'the runtime refused network access (Deno: run with --allow-net for this host)'
          : 'network error'
      throw createLarkHttpError({ endpoint: spec.id, httpStatus: 0, logId: undefined, bodyText: undefined, reason }, error)
    } finally {
      if (streaming) deadline.stopTimer()
      else deadline.clear()
    }
  }
}
