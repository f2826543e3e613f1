/**
 * Waits `ms`, or rejects at once with the signal's reason when it aborts.
 *
 * @param ms Milliseconds.
 * @param signal Optional abort signal.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const done = () => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }
    const timer = setTimeout(done, ms)
    const stop = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}

/**
 * Settles with `promise`, or rejects at once with the signal's reason when it aborts first. The
 * work itself goes on (it may be shared with other callers).
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason)
    signal.addEventListener('abort', stop, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', stop)
        resolve(value)
      },
      (error) => {
        signal.removeEventListener('abort', stop)
        reject(error)
      },
    )
  })
}

/**
 * Like {@link raceAbort}, and also rejects with `onTimeout()` after `ms` milliseconds. The work goes
 * on (it may be shared); only this caller stops waiting.
 */
export function raceDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms)
    ;(timer as { unref?: () => void }).unref?.()
  })
  return raceAbort(Promise.race([promise, late]), signal).finally(() => clearTimeout(timer))
}

/** A signal for one attempt; `clear` when the attempt is over, `stopTimer` when only the timeout ends. */
export interface Deadline {
  readonly signal: AbortSignal
  /** Stops the timer and the forwarding of the caller's signal. */
  clear(): void
  /** Stops the timer only: the caller's signal still aborts (a download's body being read). */
  stopTimer(): void
}

/**
 * One signal that aborts when `signal` does (with its reason) or after `timeout` ms, whichever comes
 * first. A plain controller and timer rather than `AbortSignal.timeout` + `AbortSignal.any`: those
 * cost Node's fetch about 40 µs more CPU per call (measured side by side in one process; see
 * docs/architecture.md, Timeouts), and the timer can be cleared as soon as the attempt is over.
 */
export function withTimeout(signal: AbortSignal | undefined, timeout: number): Deadline {
  const controller = new AbortController()
  if (signal?.aborted) {
    controller.abort(signal.reason)
    return { signal: controller.signal, clear: () => {}, stopTimer: () => {} }
  }
  const forward = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', forward, { once: true })
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeout} ms`, 'TimeoutError')), timeout)
  // Node: a pending attempt's timer alone does not keep the process alive (its socket does).
  ;(timer as { unref?: () => void }).unref?.()
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forward)
    },
    stopTimer: () => clearTimeout(timer),
  }
}

/**
 * A timer as a promise: `timeUp` resolves `ms` from now (never for `Infinity`); `clear` stops it.
 * For bounds on work that takes no signal (a body read, a store that may hang).
 *
 * @param ms Milliseconds from now.
 * @returns The promise and its `clear`.
 */
export function deadline(ms: number): { timeUp: Promise<void>; clear(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeUp = new Promise<void>((resolve) => {
    if (Number.isFinite(ms)) timer = setTimeout(resolve, ms)
  })
  return { timeUp, clear: () => clearTimeout(timer) }
}
