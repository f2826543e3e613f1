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

/** One signal that aborts when `signal` does or after `timeout` ms, whichever comes first. */
export function withTimeout(signal: AbortSignal | undefined, timeout: number): AbortSignal {
  const timer = AbortSignal.timeout(timeout)
  if (signal === undefined) return timer
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([signal, timer])
  const controller = new AbortController()
  const forward = (source: AbortSignal) => () => controller.abort(source.reason)
  signal.addEventListener('abort', forward(signal), { once: true })
  timer.addEventListener('abort', forward(timer), { once: true })
  return controller.signal
}
