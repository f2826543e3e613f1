import { createFetch } from 'ofetch'
import { withTimeout } from '../abort.ts'
import { createLarkHttpError } from '../errors.ts'
import type { LarkResponse, Next } from '../types.ts'

type OFetch = ReturnType<typeof createFetch>

/** One ofetch instance per fetch function (contexts usually share `globalThis.fetch`). */
const instances = new WeakMap<typeof fetch, OFetch>()

function instanceFor(fetchFn: typeof fetch): OFetch {
  let instance = instances.get(fetchFn)
  if (instance === undefined) {
    // ofetch only sends: the SDK reads the envelope itself and p-retry owns retries.
    instance = createFetch({ fetch: fetchFn, defaults: { retry: 0, ignoreResponseError: true } })
    instances.set(fetchFn, instance)
  }
  return instance
}

/** Whether a failed attempt was cut by the caller (not by the per-attempt timeout). */
function abortedByCaller(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}

/**
 * The centre of the chain: sends the request with ofetch and answers status, headers and the parsed
 * body (a `ReadableStream` for downloads). A network failure or timeout becomes a `LarkHttpError`
 * with status 0; the caller's abort rethrows the signal's reason.
 *
 * @returns The transport handler.
 */
export function transport(): Next {
  return async function transport(req): Promise<LarkResponse> {
    const { ctx, options, spec } = req
    const timeout = options.timeout ?? ctx.timeout
    const signal = withTimeout(options.signal, timeout)
    const body = req.method === 'GET' ? undefined : (req.body as Record<string, unknown> | FormData | undefined)
    try {
      const res = await instanceFor(ctx.fetch).raw(req.url, {
        method: req.method,
        headers: req.headers,
        body,
        signal,
        responseType: spec.download ? 'stream' : undefined,
      })
      return { status: res.status, headers: res.headers, body: res._data }
    } catch (error) {
      if (abortedByCaller(options.signal)) throw options.signal?.reason
      const timedOut = signal.aborted
      throw createLarkHttpError(
        {
          endpoint: spec.id,
          httpStatus: 0,
          logId: undefined,
          bodyText: undefined,
          reason: timedOut ? `timed out after ${timeout} ms` : 'network error',
        },
        (error as { cause?: unknown }).cause ?? error,
      )
    }
  }
}
