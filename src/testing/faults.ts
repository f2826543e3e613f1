/**
 * Injected faults: an error status, a dropped connection, a slow answer, or a non-JSON page.
 *
 * @module
 */
import { sleep } from '../core/abort.ts'
import { dropConnection } from '../core/drop.ts'
import { fakeJson } from './reply.ts'
import { matches } from './router.ts'
import type { State } from './state.ts'
import { addLiveRule } from './state.ts'
import type { FaultRule } from './types.ts'

const GATEWAY_PAGE = (status: number) =>
  `<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center><hr><center>fake gateway</center></body></html>`

/**
 * Adds a fault for the next `times` matching requests (default 1).
 *
 * @param state The fake's state.
 * @param rule Kind, matcher and kind-specific options.
 * @returns A function that removes the fault.
 */
export function addFault(state: State, rule: FaultRule): () => void {
  return addLiveRule(state.faults, { rule, left: rule.times ?? 1, windowStart: 0, seen: 0 })
}

/**
 * Takes the first live fault matching a request, counting it down.
 *
 * @param state The fake's state.
 * @param method The request method.
 * @param path The request path.
 * @returns The fault rule, or undefined.
 */
export function takeFault(state: State, method: string, path: string): FaultRule | undefined {
  const live = state.faults.find((f) => f.left > 0 && matches(f.rule, method, path))
  if (live === undefined) return undefined
  live.left--
  return live.rule
}

/**
 * Acts out a fault: answers, throws a drop signal, or waits (then returns undefined so the request
 * is answered normally).
 *
 * @param rule The fault.
 * @param signal Reads the request's signal (undefined where it cannot be read): a `slow` wait
 *   rejects with its reason as soon as it aborts.
 * @returns The fault's response, or undefined after a `slow` wait.
 * @throws {DropSignal} For `drop` faults.
 */
export async function actOut(rule: FaultRule, signal: () => AbortSignal | undefined): Promise<Response | undefined> {
  switch (rule.kind) {
    case 'drop':
      throw dropConnection()
    case 'slow':
      await sleep(rule.delay ?? 1000, signal())
      return undefined
    case 'non-json':
      return new Response(GATEWAY_PAGE(200), { status: 200, headers: { 'content-type': 'text/html' } })
    case 'status': {
      const status = rule.status ?? 503
      if (rule.body === undefined || typeof rule.body === 'string') {
        const body = rule.body ?? GATEWAY_PAGE(status)
        return new Response(body, { status, headers: { 'content-type': 'text/html' } })
      }
      return fakeJson(rule.body, status)
    }
  }
}

/**
 * What an aborted operation rejects with: the signal's reason, or an `AbortError`.
 *
 * @param signal An aborted signal.
 * @returns The rejection value.
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}
