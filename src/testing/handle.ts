/**
 * The request pipeline of the fake server: preflight → log → fault → throttle → route → token
 * check → handler → envelope, with `x-tt-logid` and CORS on every answer.
 *
 * A path under a catalog module the fake has not loaded yet first has that module learned (on demand).
 * Unknown `/open-apis/` paths answer HTTP 404 with the error envelope and code 404
 * (`404 page not found`); other unknown paths answer a plain-text 404.
 *
 * @module
 */
import { authenticate } from './authenticate.ts'
import type { ReadBody } from './body.ts'
import { groupEntries, readBody } from './body.ts'
import { isDropSignal } from '../core/drop.ts'
import { actOut, takeFault } from './faults.ts'
import { scopeRefusal } from './scopes.ts'
import { newLogId } from './ids.ts'
import { throttle } from './limits.ts'
import { errorEnvelope, fakeJson, finish, isFakeError, preflight } from './reply.ts'
import type { Router } from './router.ts'
import type { State } from './state.ts'
import type { LoggedRequest, RouteContext } from './types.ts'

type Entry = { -readonly [K in keyof LoggedRequest]: LoggedRequest[K] }

/** One request in flight. */
interface Exchange {
  readonly state: State
  readonly request: Request
  readonly url: URL
  readonly body: ReadBody
  readonly logId: string
  /** Its request-log entry, filled in as the request goes through. */
  readonly entry: Entry
}

/**
 * Makes the Web-standard handler of a fake server.
 *
 * @param state Reads the current state.
 * @param router The route registry.
 * @returns `(request) => Promise<Response>`; rejects with a drop signal for `drop` faults.
 */
export function createHandle(state: () => State, router: Router): (request: Request) => Promise<Response> {
  return async function handle(request) {
    const s = state()
    const logId = newLogId(s.now)
    if (request.method === 'OPTIONS') return finish(preflight(request), logId)
    const url = new URL(request.url)
    const body = await readBody(request)
    const entry: Entry = {
      method: request.method,
      path: url.pathname,
      query: groupEntries(url.searchParams),
      headers: Object.fromEntries(request.headers),
      body: body.logged,
      status: 0,
      time: Date.now(),
    }
    s.requests.push(entry)
    const response = await answer({ state: s, request, url, body, logId, entry }, router)
    entry.status = response.status
    return finish(response, logId)
  }
}

async function answer(exchange: Exchange, router: Router): Promise<Response> {
  const { state, request, url, logId, entry } = exchange
  const { method } = request
  const path = url.pathname
  const fault = takeFault(state, method, path)
  if (fault) {
    entry.fault = fault.kind
    const faulted = await actOut(fault, () => signalOf(request))
    if (faulted) return faulted
  }
  const throttled = throttle(state, method, path)
  if (throttled) return throttled
  await router.prepare?.(path)
  const found = router.find(method, path)
  if (!found) {
    if (!path.startsWith('/open-apis/')) return new Response('404 page not found', { status: 404 })
    return errorEnvelope({ code: 404, msg: '404 page not found', httpStatus: 404, details: {} }, logId, path)
  }
  if (found.route.tokens.length > 0) {
    const checked = authenticate(state, request.headers.get('authorization'), found.route.tokens)
    if ('failure' in checked) return errorEnvelope({ ...checked.failure, httpStatus: 400, details: {} }, logId, path)
    entry.caller = checked.caller
    const refused = scopeRefusal(state, method, path, checked.caller)
    if (refused) return errorEnvelope(refused, logId, path)
  }
  let result: unknown
  try {
    result = await found.route.handler(contextOf(exchange, found.params))
  } catch (error) {
    if (isDropSignal(error)) throw error
    result = isFakeError(error)
      ? error
      : fakeJson({ code: 500, msg: `fake route ${method} ${found.route.path} threw: ${String(error)}` }, 500)
  }
  if (result instanceof Response) return result
  if (isFakeError(result)) return errorEnvelope(result, logId, path)
  return fakeJson({ code: 0, msg: 'success', data: result ?? {} })
}

/**
 * The request's abort signal, where reading it is harmless. Deno.serve prints a warning for every
 * request whose handler reads `request.signal` (its signal also aborts after a successful answer,
 * so it tells nothing there): under Deno the fake does not read it, and a `slow` fault waits its
 * whole delay even when the client has gone.
 */
function signalOf(request: Request): AbortSignal | undefined {
  return 'Deno' in globalThis ? undefined : request.signal
}

function contextOf({ request, url, body, entry }: Exchange, params: Record<string, string>): RouteContext {
  // The signal is read only when a handler asks for the request (see signalOf).
  const { method, headers } = request
  return {
    params,
    query: new URLSearchParams(url.search),
    body: body.value,
    headers: new Headers(headers),
    caller: entry.caller,
    // The original body is consumed; a handler that asks gets a fresh, unread copy.
    get request() {
      return new Request(request.url, { method, headers, body: body.raw?.slice(), signal: signalOf(request) ?? null })
    },
  }
}
