import { sleep } from '../abort.ts'
import { isLarkHttpError } from '../errors.ts'
import { log } from '../log.ts'
import type { LarkRequest, LarkResponse, Middleware, RetryPolicy } from '../types.ts'
import { isRuntimeRefusal } from './transport.ts'

/** The platform's rate-limit code; sent with HTTP 429 (or 400 on older APIs). */
const RATE_LIMITED = 99991400

/** Thrown inside p-retry to ask for another attempt; carries the response and the wait. */
interface Again {
  readonly again: true
  readonly response: LarkResponse
  readonly delay: number
  readonly why: string
}

function again(response: LarkResponse, delay: number, why: string): Error & Again {
  return Object.assign(new Error(why), { again: true as const, response, delay, why })
}

function isAgain(value: unknown): value is Error & Again {
  return typeof value === 'object' && value !== null && (value as Partial<Again>).again === true
}

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

/**
 * Retries rate-limited answers after the platform's reset delay, and 5xx answers or network errors
 * of idempotent requests with back-off. Business errors are never retried. Attempts, single waits
 * and the total time are bounded by the context's policy; the call's signal cuts any wait at once.
 *
 * @returns The retry middleware.
 */
export function retry(): Middleware {
  return async function retry(req, next) {
    const policy = req.ctx.retry
    if (policy === false || policy.retries <= 0) return next(req)
    const signal = req.options.signal
    const started = Date.now()
    const safe = idempotent(req)
    // A network failure of a safe request is worth another attempt; a runtime's refusal is not.
    const network = (error: unknown) => isLarkHttpError(error) && error.httpStatus === 0 && !isRuntimeRefusal(error.cause)
    const retryable = (error: unknown) => isAgain(error) || (network(error) && safe)
    const attempt = async (n: number) => {
      const res = await next(req)
      if (isRateLimited(res)) throw again(res, rateLimitDelay(res, policy, n), 'rate limited')
      if (res.status >= 500 && safe) throw again(res, backoff(policy, n), `HTTP ${res.status}`)
      return res
    }
    /** The wait after failed attempt `n`; rethrows when it would pass the total budget. */
    const pause = async (error: unknown, n: number, retriesLeft: number) => {
      if (retriesLeft === 0 || !retryable(error)) return
      const delay = isAgain(error) ? error.delay : backoff(policy, n)
      if (Date.now() - started + delay > policy.maxTotal) throw error
      const reason = isAgain(error) ? error.why : 'network error'
      log(req.ctx, 'info', 'retrying', { endpoint: req.spec.id, attempt: n, reason, delayMs: Math.round(delay) })
      await sleep(delay, signal)
    }
    try {
      // Most calls succeed at once: the first attempt runs bare, and p-retry is loaded only when a
      // retry is due (it is a measurable part of a cold start and of each call's cost).
      try {
        return await attempt(1)
      } catch (error) {
        if (!retryable(error)) throw error
        await pause(error, 1, policy.retries)
      }
      const { default: pRetry } = await import('p-retry')
      return await pRetry((n) => attempt(n + 1), {
        retries: policy.retries - 1,
        minTimeout: 0,
        maxTimeout: 0,
        maxRetryTime: policy.maxTotal,
        signal,
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => pause(error, attemptNumber + 1, retriesLeft),
        shouldRetry: ({ error }) => retryable(error),
      })
    } catch (error) {
      // Out of attempts or budget: hand the last answer on, so `call` turns it into the platform's error.
      if (isAgain(error)) return error.response
      throw error
    }
  }
}
