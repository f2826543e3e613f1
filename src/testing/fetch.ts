/**
 * A `fetch` that calls a Web-standard handler in-process, with the failure modes of a real fetch:
 * a dropped connection rejects with `TypeError('fetch failed')`, and an abort rejects at once with
 * the signal's reason.
 *
 * @module
 */
import { isDropSignal } from '../core/drop.ts'
import { abortReason } from './faults.ts'

/**
 * Wraps a handler as a fetch function; no port, no socket.
 *
 * @param handle The Web-standard handler.
 * @param baseUrl Base for relative URLs such as `/open-apis/…`.
 * @returns A function usable wherever `fetch` is (e.g. a context's `fetch`).
 * @example
 * const fetchIt = inProcessFetch(async () => new Response('hi'), 'https://fake-feishu.test')
 * await (await fetchIt('/anything')).text() // 'hi'
 */
export function inProcessFetch(handle: (request: Request) => Promise<Response>, baseUrl: string): typeof fetch {
  return async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(typeof input === 'string' ? new URL(input, baseUrl) : input, init)
    const { signal } = request
    if (signal.aborted) throw abortReason(signal)
    try {
      return await untilAborted(handle(request), signal)
    } catch (error) {
      // Real fetch reports a reset connection as a bare TypeError whose cause holds the details.
      if (isDropSignal(error)) throw new TypeError('fetch failed', { cause: error })
      throw error
    }
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
