import { log } from '../log.ts'
import type { Context } from '../types.ts'

/** A store call slower than this counts as a failure: the call goes on without the cache. */
const STORE_TIMEOUT_MS = 2000

type Op = 'get' | 'set' | 'delete'

/**
 * Runs one store call and answers its value, or rejects when the store fails or does not answer in
 * time. A store that answers at once (the built-in memory store) needs no timer: the hot path stays
 * cheap. Shared by the token cache and the event de-duplicator.
 */
export async function boundedStoreCall<T>(run: () => T | PromiseLike<T>): Promise<T> {
  const pending = run()
  if (typeof (pending as PromiseLike<T> | null)?.then !== 'function') return pending as T
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS)
  })
  try {
    return await Promise.race([pending, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function guarded(ctx: Context, op: Op, key: string, run: () => unknown): Promise<unknown> {
  try {
    return await boundedStoreCall(run)
  } catch (error) {
    // A failing store (Redis down) must not fail the call: warn and go on without the cache.
    const reason = error instanceof Error ? error.message : String(error)
    log(ctx, 'warn', `token store ${op} failed; continuing without cache`, { key: redactKey(key), reason })
    return undefined
  }
}

/** Keys hold no secrets, but tenant keys are an identifier worth keeping out of logs. */
function redactKey(key: string): string {
  return key.split(':').slice(0, 4).join(':')
}

/** `store.get` that never throws: undefined when the store fails. */
export function storeGet(ctx: Context, key: string): Promise<unknown> {
  return guarded(ctx, 'get', key, () => ctx.tokenStore.get(key))
}

/** `store.set` that never throws. */
export async function storeSet(ctx: Context, key: string, value: unknown, ttl?: number): Promise<void> {
  await guarded(ctx, 'set', key, () => ctx.tokenStore.set(key, value, ttl))
}

/** `store.delete` that never throws. */
export async function storeDelete(ctx: Context, key: string): Promise<void> {
  await guarded(ctx, 'delete', key, () => ctx.tokenStore.delete(key))
}
