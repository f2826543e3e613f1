import KeyvRedis from '@keyv/redis'
import Keyv from 'keyv'
import { afterAll, describe, expect, inject, it } from 'vitest'
import type { TokenStore } from '../../src/core/types.ts'
import { createEventDispatcher, dedupeKey, type AtomicStore, type EventDispatcher } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { buildV1Event, buildV2Event, createEventDelivery } from '../../src/testing/index.ts'
import { captureLogger, startFake } from '../helpers.ts'
import { ENCRYPT_KEY, messageEvent } from './helpers.ts'

const cleanup: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn()
})

/** One "instance": its own dispatcher over its own store connection, listening on loopback. */
async function instance(store: TokenStore | AtomicStore | undefined, runs: string[], extra = {}) {
  const dispatch = createEventDispatcher({
    encryptKey: ENCRYPT_KEY,
    store,
    logger: captureLogger(),
    ...extra,
    handlers: {
      'im.message.receive_v1': async (e) => {
        runs.push(e.eventId!)
        await new Promise((r) => setTimeout(r, 5))
      },
    },
  })
  const server = await listen(dispatch)
  cleanup.push(() => server.close())
  return { url: server.url, dispatch }
}

const delivery = (url: string, eventId: string) =>
  createEventDelivery({ url, encryptKey: ENCRYPT_KEY, event: buildV2Event('im.message.receive_v1', messageEvent(), { eventId }) })

/** Posts `copies` copies of each event to every instance at the same moment; returns all statuses. */
async function storm(urls: string[], events: string[], copies: number): Promise<number[]> {
  const requests = await Promise.all(events.flatMap((id) => urls.flatMap((u) => Array.from({ length: copies }, () => delivery(u, id)))))
  return Promise.all(requests.map(async (r) => (await fetch(r)).status))
}

function redisKeyv(namespace: string): Keyv {
  const keyv = new Keyv({ store: new KeyvRedis(inject('redisUrl')), namespace })
  cleanup.push(() => keyv.disconnect())
  return keyv
}

const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`)

describe('de-duplication in one instance (default in-memory store)', () => {
  it('runs an event once when 50 copies arrive at the same moment, acknowledging every copy', async () => {
    const runs: string[] = []
    const a = await instance(undefined, runs)
    const statuses = await storm([a.url], ['solo'], 50)
    expect(statuses.every((s) => s === 200)).toBe(true)
    expect(runs).toEqual(['solo'])
  })

  it('de-duplicates v1 deliveries by uuid, and keeps nothing with dedupe: false', async () => {
    const runs: string[] = []
    const d = createEventDispatcher({ logger: captureLogger(), handlers: { message: (e) => void runs.push(e.eventId!) } })
    const off = createEventDispatcher({ logger: captureLogger(), dedupe: false, handlers: { message: (e) => void runs.push(`off:${e.eventId}`) } })
    const v1 = buildV1Event('message', {}, { eventId: 'uuid-1' })
    for (const dispatch of [d, d, off, off]) await dispatch(await createEventDelivery({ url: 'http://x/', event: v1 }))
    expect(runs).toEqual(['uuid-1', 'off:uuid-1', 'off:uuid-1'])
  })

  it("uses the context's token store when no store is given", async () => {
    const fake = await startFake()
    cleanup.push(() => fake.close())
    const ctx = fake.context()
    const d = createEventDispatcher({ encryptKey: ENCRYPT_KEY, context: ctx, settle: 0, handlers: { 'im.message.receive_v1': () => undefined } })
    await d(await delivery('http://x/', 'ctx-1'))
    expect(await ctx.tokenStore.get(dedupeKey('ctx-1'))).toEqual(expect.any(String))
  })
})

describe('de-duplication across instances on a real Redis', () => {
  it('Keyv + @keyv/redis: 30 events, each sent 3 times to each of 2 instances at once, run 30 times', async () => {
    const namespace = `ev${Date.now()}`
    const runs: string[] = []
    const a = await instance(redisKeyv(namespace), runs)
    const b = await instance(redisKeyv(namespace), runs)
    const events = ids(30, 'kv')
    const statuses = await storm([a.url, b.url], events, 3)
    expect(statuses.every((s) => s === 200)).toBe(true)
    expect([...runs].sort()).toEqual([...events].sort())
    // Repeats later (a platform re-push) are acknowledged without a run.
    await storm([a.url, b.url], events.slice(0, 5), 1)
    expect(runs).toHaveLength(30)
  })

  it('stores each entry with a TTL covering the replay window', async () => {
    const keyv = redisKeyv(`ttl${Date.now()}`)
    const runs: string[] = []
    const a = await instance(keyv, runs, { maxAge: 3_600_000 })
    await storm([a.url], ['ttl-1'], 1)
    const client = await (keyv.store as KeyvRedis<string>).getClient()
    const [key] = await client.keys(`*${keyv.namespace}*ttl-1`)
    const ttl = await client.pTTL(key!)
    expect(ttl).toBeGreaterThan(3_600_000 + 5 * 60_000 - 60_000)
    expect(ttl).toBeLessThanOrEqual(3_600_000 + 5 * 60_000)
  })

  it('an AtomicStore over Redis SET NX PX: exactly once across 3 instances with no settle wait', async () => {
    const redis = new KeyvRedis(inject('redisUrl'))
    cleanup.push(() => redis.disconnect())
    const client = await redis.getClient()
    const prefix = `nx${Date.now()}:`
    const atomic: AtomicStore = {
      setIfAbsent: async (key, value, ttl) => (await client.set(prefix + key, value, { NX: true, PX: ttl })) === 'OK',
      delete: (key) => client.del(prefix + key),
    }
    const runs: string[] = []
    const instances = await Promise.all([1, 2, 3].map(() => instance(atomic, runs)))
    const events = ids(40, 'nx')
    await storm(instances.map((i) => i.url), events, 2)
    expect([...runs].sort()).toEqual([...events].sort())
  })

  it('keeps working when Redis is down: the handler runs and a warning is logged', async () => {
    const down = new Keyv({ store: new KeyvRedis({ url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } }), throwOnErrors: true })
    down.on('error', () => {})
    const logger = captureLogger()
    const runs: string[] = []
    const a = await instance(down, runs, { logger })
    const statuses = await storm([a.url], ['down-1'], 1)
    expect(statuses).toEqual([200])
    expect(runs).toEqual(['down-1'])
    expect(logger.lines.some((l) => l.startsWith('warn [larkfn] event de-dup store'))).toBe(true)
  })
})

describe('the documented limit of a Keyv store (no atomic set-if-absent)', () => {
  /** Two instances sharing one map, where instance B stalls `stall` ms between its read and its write. */
  async function race(stall: number, settle: number): Promise<number> {
    const shared = new Map<string, unknown>()
    const store = (delay: number): TokenStore => ({
      get: async (k) => shared.get(k),
      set: async (k, v) => {
        await new Promise((r) => setTimeout(r, delay))
        shared.set(k, v)
      },
      delete: async (k) => shared.delete(k),
    })
    let runs = 0
    const make = (s: TokenStore): EventDispatcher =>
      createEventDispatcher({ encryptKey: ENCRYPT_KEY, store: s, settle, logger: captureLogger(), handlers: { 'im.message.receive_v1': () => void runs++ } })
    const [a, b] = [make(store(0)), make(store(stall))]
    // Both deliveries are built first, so both instances start together; the margins below are
    // wide (10x and more) so that a loaded machine cannot reorder the steps.
    const [forA, forB] = await Promise.all([delivery('http://a/', 'race'), delivery('http://b/', 'race')])
    await Promise.all([a(forA), b(forB)])
    return runs
  }

  it('runs once when a stall between read and write is shorter than settle', async () => {
    expect(await race(20, 400)).toBe(1)
  })

  it('may run twice when an instance stalls longer than settle (use an AtomicStore for exactly once)', async () => {
    expect(await race(800, 20)).toBe(2)
  })
})
