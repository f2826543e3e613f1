import { withTimeout } from '../abort.ts'
import { createLarkHttpError } from '../errors.ts'
import type { LarkRequest, LarkResponse, Next } from '../types.ts'
import { VERSION } from '../version.ts'

/**
 * Failures no retry can help: Deno's permission errors (the runtime refused), a redirect a request
 * carrying credentials may not follow, an answer over `maxResponseBytes`.
 */
const REFUSALS = new Set(['NotCapable', 'PermissionDenied', 'RedirectRefused', 'ResponseTooLarge'])

/** True for a failure no retry can help (see REFUSALS). */
export function isRuntimeRefusal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return typeof name === 'string' && REFUSALS.has(name)
}

/** Browsers send their own `User-Agent` (and a custom one would cost a CORS preflight): only elsewhere. */
const USER_AGENT = typeof (globalThis as { document?: unknown }).document === 'undefined' ? `larkfn/${VERSION}` : undefined

/** The body and headers to send: JSON for plain values, `FormData` as is (fetch sets the boundary). */
function encode(req: LarkRequest): { body: BodyInit | undefined; headers: Record<string, string> } {
  const { body, method } = req
  const headers: Record<string, string> = USER_AGENT === undefined ? { ...req.headers } : { 'user-agent': USER_AGENT, ...req.headers }
  if (method === 'GET' || body === undefined) return { body: undefined, headers }
  // The spec says multipart (no global lookup: Node's lazy FormData would load undici on every call).
  if (req.spec.body === 'multipart') return { body: body as BodyInit, headers }
  // Bytes go as they are, with the caller's content type (the proxy passes a browser's body through).
  if (body instanceof Uint8Array) return { body: body as BodyInit, headers }
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }
}

/** Thrown by {@link readText} when an answer passes the context's `maxResponseBytes` (not retried). */
function tooLarge(): Error {
  return Object.assign(new Error('answer too large'), { name: 'ResponseTooLarge' })
}

/**
 * The body's text, at most `max` bytes after decompression. A declared length of an uncompressed
 * body is trusted (the HTTP framing ends the body there) and read in one go; anything else is
 * counted chunk by chunk and cancelled once past the limit.
 */
async function readText(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN)
  const coding = (res.headers.get('content-encoding') ?? 'identity').trim().toLowerCase()
  if (Number.isFinite(declared) && (coding === 'identity' || coding === '')) {
    if (declared > max) {
      await res.body?.cancel().catch(() => {})
      throw tooLarge()
    }
    return res.text()
  }
  const text = await readStreamWithin(res, max)
  if (text === undefined) throw tooLarge()
  return text
}

/**
 * A body's text, counted chunk by chunk: `undefined` once it passes `max` bytes (the stream is then
 * cancelled). Shared by the transport and other readers of bounded answers.
 */
export async function readStreamWithin(res: Response, max: number): Promise<string | undefined> {
  if (res.body === null) return ''
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    text += decoder.decode(value, { stream: true })
  }
}

/** Parsed JSON when the answer says JSON (and is), else the text; an empty body is undefined. */
function decode(res: Response, text: string): { body: unknown; text: string } {
  if (text === '') return { body: undefined, text }
  if (!(res.headers.get('content-type') ?? '').includes('json')) return { body: text, text }
  try {
    return { body: JSON.parse(text), text }
  } catch {
    return { body: text, text }
  }
}

/**
 * The root cause of a network failure, as short as it is useful: the deepest `code` in the cause
 * chain (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_CONNECT_TIMEOUT`), else the deepest message.
 */
export function rootCause(error: unknown): string | undefined {
  let code: string | undefined
  let message: string | undefined
  let current: unknown = error
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 8; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
    if (typeof e.code === 'string' && e.code !== '') code = e.code
    if (typeof e.message === 'string' && e.message !== '' && e.message !== 'fetch failed') message = e.message
    current = e.cause ?? (Array.isArray(e.errors) ? e.errors[0] : undefined)
  }
  return code ?? message?.slice(0, 120)
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Same-origin 307/308 hops a request carrying credentials follows (it keeps method and body). */
const MAX_HOPS = 5

function refused(message: string): Error {
  return Object.assign(new Error(message), { name: 'RedirectRefused' })
}

/** Options of {@link transport}. */
export interface TransportOptions {
  /**
   * The request carries credentials in its body (the app secret of a token request, an OAuth
   * grant, the long connection's bootstrap): a redirect is followed only to the same origin, with
   * 307/308; any other ends the request. Everything else follows redirects as `fetch` does.
   */
  readonly credentials?: boolean
}

/**
 * The centre of the chain: sends the request with the context's `fetch` and answers status, headers
 * and the parsed body (the `ReadableStream` for downloads). A network failure or timeout becomes a
 * `LarkHttpError` with status 0 naming the host and the root cause; the caller's abort rethrows the
 * signal's reason. An answer over the context's `maxResponseBytes` fails with a `LarkHttpError`.
 *
 * @returns The transport handler.
 */
export function transport(options: TransportOptions = {}): Next {
  const credentials = options.credentials === true
  return async function transport(req): Promise<LarkResponse> {
    const { ctx, options, spec } = req
    const timeout = options.timeout ?? ctx.timeout
    const deadline = withTimeout(options.signal, timeout)
    const { body, headers } = encode(req)
    let streaming = false
    let url = req.url
    try {
      let res: Response
      for (let hop = 0; ; hop++) {
        res = await ctx.fetch(url, { method: req.method, headers, body, signal: deadline.signal, ...(credentials ? { redirect: 'manual' } : {}) })
        if (!credentials || (!REDIRECTS.has(res.status) && res.type !== 'opaqueredirect')) break
        await res.body?.cancel().catch(() => {})
        const location = res.headers.get('location')
        const next = location === null ? undefined : new URL(location, url)
        const from = new URL(url).origin
        if (next === undefined) throw refused(`redirected (HTTP ${res.status || 'opaque'}): a request carrying credentials does not follow redirects`)
        if (next.origin !== from) throw refused(`redirected from ${from} to another origin (${next.origin}): a request carrying credentials is not sent there`)
        if (res.status !== 307 && res.status !== 308) throw refused(`redirected with HTTP ${res.status}: a request carrying credentials follows only 307/308 within its origin`)
        if (hop >= MAX_HOPS) throw refused(`more than ${MAX_HOPS} redirects`)
        url = next.href
      }
      // A download's body is the caller's to read at their pace: the timeout covers its headers,
      // the caller's signal still cancels the stream.
      streaming = spec.download === true && res.ok
      if (streaming) return { status: res.status, headers: res.headers, body: res.body }
      const { body: parsed, text } = decode(res, await readText(res, ctx.maxResponseBytes))
      return { status: res.status, headers: res.headers, body: parsed, text }
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason
      const host = new URL(url).host
      const reason = deadline.signal.aborted
        ? `timed out after ${timeout} ms`
        : (error as Error | undefined)?.name === 'ResponseTooLarge'
          ? `the answer is larger than maxResponseBytes (${ctx.maxResponseBytes} bytes); not read`
          : isRuntimeRefusal(error)
            ? (error as Error).name === 'RedirectRefused'
              ? (error as Error).message
              : `the runtime refused network access to ${host} (Deno: run with --allow-net for this host)`
            : `network error reaching ${host}${describeCause(error)}`
      throw createLarkHttpError({ endpoint: spec.id, httpStatus: 0, logId: undefined, bodyText: undefined, reason }, error)
    } finally {
      if (streaming) deadline.stopTimer()
      else deadline.clear()
    }
  }
}

function describeCause(error: unknown): string {
  const cause = rootCause(error)
  return cause === undefined ? '' : ` (${cause})`
}
