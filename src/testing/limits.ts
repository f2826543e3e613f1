/**
 * Throttling. Windows run on real time, because the client under test waits in
 * real time for `x-ogw-ratelimit-reset` seconds before it retries.
 *
 * @module
 */
import { fakeJson } from './reply.ts'
import { matches } from './router.ts'
import type { State } from './state.ts'
import { addLiveRule } from './state.ts'
import type { RateLimitRule } from './types.ts'

/**
 * Adds a throttle rule.
 *
 * @param state The fake's state.
 * @param rule Count mode (`times`) or window mode (`limit`, `windowSeconds`).
 * @returns A function that removes the rule.
 */
export function addRateLimit(state: State, rule: RateLimitRule): () => void {
  if (rule.times === undefined && rule.limit === undefined) throw new TypeError('rateLimit needs `times` or `limit`')
  return addLiveRule(state.limits, { rule, left: rule.times ?? 0, windowStart: 0, seen: 0 })
}

/**
 * Counts a request against every matching rule and answers the throttle reply when one trips.
 *
 * @param state The fake's state.
 * @param method The request method.
 * @param path The request path.
 * @returns The 429/400 response, or undefined to let the request through.
 */
export function throttle(state: State, method: string, path: string): Response | undefined {
  const nowMs = Date.now()
  for (const live of state.limits) {
    const { rule } = live
    if (!matches(rule, method, path)) continue
    if (rule.times !== undefined) {
      if (live.left <= 0) continue
      live.left--
      return reply(rule, rule.limit ?? rule.times, rule.reset ?? 1)
    }
    const windowMs = (rule.windowSeconds ?? 1) * 1000
    if (nowMs - live.windowStart >= windowMs) {
      live.windowStart = nowMs
      live.seen = 0
    }
    live.seen++
    const limit = rule.limit ?? 0
    if (live.seen > limit) {
      const rest = Math.max(1, Math.ceil((live.windowStart + windowMs - nowMs) / 1000))
      return reply(rule, limit, rule.reset ?? rest)
    }
  }
  return undefined
}

function reply(rule: RateLimitRule, limit: number, reset: number): Response {
  return rateLimitReply(limit, reset, rule.status ?? 429)
}

/**
 * The platform's throttle answer: code 99991400 with `x-ogw-ratelimit-limit` / `-reset` headers.
 *
 * @param limit The value of `x-ogw-ratelimit-limit`.
 * @param reset Seconds until the window reopens (`x-ogw-ratelimit-reset`).
 * @param status 429 (default) or 400.
 * @returns The response.
 */
export function rateLimitReply(limit: number, reset: number, status: 429 | 400 = 429): Response {
  return fakeJson({ code: 99991400, msg: 'request trigger frequency limit' }, status, {
    'x-ogw-ratelimit-limit': String(limit),
    'x-ogw-ratelimit-reset': String(reset),
  })
}
