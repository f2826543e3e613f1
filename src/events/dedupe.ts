/**
 * De-duplication of deliveries by event id through a shared store.
 *
 * Guarantee, by store kind:
 * - every store: within one dispatcher, concurrent and repeated deliveries of one id run once
 *   (an in-process set of ids in flight, then the store);
 * - an {@link AtomicStore} (`setIfAbsent`, e.g. Redis `SET NX PX`): once across all instances;
 * - a Keyv-compatible store (only get / set / delete, no atomic set-if-absent): claim, wait
 *   `settle` ms, read back; the last writer wins and runs. Two instances both run an event only if
 *   one of them stalls longer than `settle` between reading the key and writing its claim. Never
 *   zero runs: the last writer always reads back its own claim.
 * A claim is dropped when the handler fails, so the platform's re-push runs it again. A failing
 * store never fails a delivery: the handler runs (at-least-once) and a warning is logged.
 *
 * @module
 */
import { sleep } from '../core/abort.ts'
import { boundedStoreCall } from '../core/token/safe-store.ts'
import { toHex } from './crypto.ts'
import type { TokenStore } from '../core/types.ts'
import type { AtomicStore } from './types.ts'

/** Outcome of a claim: `fresh` runs the handler; `release` undoes the claim after a failure. */
export interface Claim {
  readonly fresh: boolean
  release(): Promise<void>
}

/** Claims event ids for one dispatcher. */
export interface Deduper {
  claim(id: string): Promise<Claim>
}

/** Options of {@link createDeduper}. */
export interface DeduperOptions {
  readonly store: TokenStore | AtomicStore
  /** Entry lifetime, ms. */
  readonly ttl: number
  /** Keyv stores: wait before reading a claim back, ms. */
  readonly settle: number
  readonly warn: (message: string, fields: Record<string, unknown>) => void
}

function isAtomic(store: TokenStore | AtomicStore): store is AtomicStore {
  return typeof (store as Partial<AtomicStore>).setIfAbsent === 'function'
}

function randomId(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(12)))
}

/** Store key of a delivery's event id. */
export function dedupeKey(id: string): string {
  return `larkfn:event:${id}`
}

/**
 * Makes the de-duplicator of one dispatcher.
 *
 * @param options Store, entry lifetime, settle time, and where warnings go.
 */
export function createDeduper(options: DeduperOptions): Deduper {
  const { store, ttl, settle, warn } = options
  const inFlight = new Set<string>()
  const failed = Symbol('failed')

  async function guarded<T>(op: string, run: () => T | Promise<T>): Promise<T | typeof failed> {
    try {
      return await boundedStoreCall(run)
    } catch (error) {
      warn(`event de-dup store ${op} failed; running the handler anyway`, { reason: error instanceof Error ? error.message : String(error) })
      return failed
    }
  }

  async function claimInStore(key: string): Promise<boolean> {
    const mine = randomId()
    if (isAtomic(store)) return (await guarded('setIfAbsent', () => store.setIfAbsent(key, mine, ttl))) !== false
    const before = await guarded('get', () => store.get(key))
    if (before !== failed && before !== undefined && before !== null) return false
    if ((await guarded('set', () => store.set(key, mine, ttl))) === failed) return true
    if (settle > 0) await sleep(settle)
    const after = await guarded('get', () => store.get(key))
    // Another instance wrote after us: it runs. Missing (expired, evicted, store failed): we run.
    return after === failed || after === undefined || after === null || after === mine
  }

  return {
    async claim(id) {
      const key = dedupeKey(id)
      if (inFlight.has(key)) return { fresh: false, release: async () => {} }
      inFlight.add(key)
      let fresh = false
      try {
        fresh = await claimInStore(key)
      } finally {
        inFlight.delete(key)
      }
      if (!fresh) return { fresh, release: async () => {} }
      return {
        fresh,
        async release() {
          await guarded('delete', () => store.delete(key))
        },
      }
    },
  }
}
