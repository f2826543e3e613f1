/** In-flight work per owner (a token store) and key. WeakMap: nothing outlives its store. */
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>()

/**
 * Runs `work` once for concurrent callers with the same owner and key; later callers share the
 * first caller's promise until it settles.
 *
 * @param owner What the key belongs to (the token store, so contexts sharing a store share flights).
 * @param key The cache key.
 * @param work Starts the work.
 * @returns The shared result.
 * @example
 * const token = await singleFlight(store, key, () => fetchToken())
 */
export function singleFlight<T>(owner: object, key: string, work: () => Promise<T>): Promise<T> {
  let flights = inFlight.get(owner)
  if (flights === undefined) {
    flights = new Map()
    inFlight.set(owner, flights)
  }
  const running = flights.get(key)
  if (running !== undefined) return running as Promise<T>
  const map = flights
  const started = work().finally(() => map.delete(key))
  map.set(key, started)
  return started
}
