import type { TokenStore } from '../types.ts'

interface Entry {
  readonly value: unknown
  /** Epoch ms, or Infinity without a TTL. */
  readonly expires: number
}

/** Entries kept before expired ones are first swept on write; the bar then doubles with what is live. */
const SWEEP_AT = 1000

/**
 * The default token store: an in-memory map with TTLs and Keyv's `get`/`set`/`delete` shape, so a
 * bundle that does not use Keyv does not pay for it.
 *
 * @returns A fresh store; each context made without `tokenStore` gets its own.
 * @example
 * const store = createMemoryStore()
 * await store.set('k', 'v', 1000)
 */
export function createMemoryStore(): TokenStore {
  const map = new Map<string, Entry>()
  // Sweeping scans every entry: do it only when the map has doubled since the last sweep, so writes
  // stay O(1) amortised even with many live entries (event de-dup keeps thousands for hours).
  let sweepAt = SWEEP_AT
  const live = (key: string): Entry | undefined => {
    const entry = map.get(key)
    if (entry === undefined) return undefined
    if (entry.expires > Date.now()) return entry
    map.delete(key)
    return undefined
  }
  return {
    // Synchronous answers (the interface allows them): callers skip the slow-store timer.
    get(key: string) {
      return live(key)?.value
    },
    set(key: string, value: unknown, ttl?: number) {
      if (map.size >= sweepAt) {
        for (const k of [...map.keys()]) live(k)
        sweepAt = Math.max(SWEEP_AT, map.size * 2)
      }
      map.set(key, { value, expires: ttl !== undefined && ttl > 0 ? Date.now() + ttl : Number.POSITIVE_INFINITY })
      return true
    },
    delete(key: string) {
      return map.delete(key)
    },
  }
}
