import { sleep } from '../abort.ts'
import { isLarkHttpError } from '../errors.ts'
import { log } from '../log.ts'
import type { LarkRequest, LarkResponse, Middleware, RetryPolicy } from '../types.ts'
import { isRuntimeRefusal } from './transport.ts'

/** The platform's rate-limit code; sent with HTTP 429 (or 400 on older APIs). */
const RATE_LIMITED = 99991400

function isRateLimited(res: LarkResponse): boolean {
  const code = (res.body as { code?: unknown } | null)?.code
  return res.status === 429 || code === RATE_LIMITED
}

/** Wait asked by `x-ogw-ratelimit-reset` (seconds), plus up to 20% jitter so waiters do not stampede. */
function rateLimitDelay(res: LarkResponse, policy: RetryPolicy, attempt: number): number {
  const reset = Number(res.headers.get('x-ogw-ratelimit-reset'))
  const base = Number.isFinite(reset) && reset >= 0 ? reset * 1000 : backoff(policy, attempt)
  return Math.min(policy.maxDelay, base + Math.random() * Math.max(100, base * 0.2))
}

/** Exponential back-off with full jitter on the upper half. */
function backoff(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelay, policy.minDelay * 2 ** (attempt - 1))
  return ceiling / 2 + Math.random() * (ceiling / 2)
}

function idempotent(req: LarkRequest): boolean {
  return req.method === 'GET' || req.options.idempotent === true || req.spec.idempotent === true
}

type Outcome = { readonly res: LarkResponse } | { readonly error: unknown }

/**
 * Retries rate-limited answers after the platform's reset delay, and 5xx answers or network errors
 * of idempotent requests with back-off. Business errors are never retried. Attempts, single waits
 * and the total time are bounded by the context's policy: each attempt's timeout is cut to what is
 * left of `maxTotal`, and a wait that would pass it is not started. The call's signal cuts any wait
 * at once.
 *
 * A plain loop (it replaced p-retry, which was loaded on the first retry: a bundler made that a
 * chunk loaded at call time, which fails during a redeploy; see docs/architecture.md, Retries).
 *
 * @returns The retry middleware.
 */
export function retry(): Middleware {
  return async function retry(req, next) {
    const policy = req.ctx.retry
    if (policy === false || policy.retries <= 0) return next(req)
    const started = Date.now()
    const safe = idempotent(req)
    const perAttempt = req.options.timeout ?? req.ctx.timeout
    // A network failure of a safe request is worth another attempt; a refusal (runtime, redirect, size) is not.
    const network = (error: unknown) => isLarkHttpError(error) && error.httpStatus === 0 && !isRuntimeRefusal(error.cause)
    for (let attempt = 1; ; attempt++) {
      const left = policy.maxTotal - (Date.now() - started)
      const bounded = left < perAttempt ? { ...req, options: { ...req.options, timeout: Math.max(1, Math.floor(left)) } } : req
      let outcome: Outcome
      try {
        outcome = { res: await next(bounded) }
      } catch (error) {
        outcome = { error }
      }
      let delay: number
      let reason: string
      if ('res' in outcome) {
        const { res } = outcome
        if (isRateLimited(res)) [delay, reason] = [rateLimitDelay(res, policy, attempt), 'rate limited']
        else if (res.status >= 500 && safe) [delay, reason] = [backoff(policy, attempt), `HTTP ${res.status}`]
        else return res
      } else if (safe && network(outcome.error)) [delay, reason] = [backoff(policy, attempt), 'network error']
      else throw outcome.error
      // Out of attempts or budget: the last answer goes on (`call` turns it into the platform's
      // error), or the last error is thrown.
      const spent = attempt > policy.retries || Date.now() - started + delay >= policy.maxTotal
      if (spent) {
        if ('res' in outcome) return outcome.res
        throw outcome.error
      }
      log(req.ctx, 'info', 'retrying', { endpoint: req.spec.id, attempt, reason, delayMs: Math.round(delay) })
      await sleep(delay, req.options.signal)
    }
  }
}
