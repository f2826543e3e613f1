import KeyvRedis from '@keyv/redis'
import Keyv from 'keyv'
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import { captureLogger, startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const open: Keyv[] = []
afterAll(async () => {
  await Promise.all(open.map((k) => k.disconnect()))
  await server.close()
})
beforeEach(() => fake.reset())

/** One Keyv per "instance", each with its own Redis connection, as two serverless instances would have. */
function redisStore(url = inject('redisUrl')): Keyv {
  const keyv = new Keyv({ store: new KeyvRedis(url), namespace: `t${Date.now()}${Math.random()}`.replace('.', '') })
  open.push(keyv)
  return keyv
}

const me = { method: 'POST', path: '/open-apis/contact/v3/users/batch_get_id', body: { emails: ['a@example.com'] } } as const

describe('a shared Keyv store on a real Redis server', () => {
  it('lets two contexts with their own connections fetch one token between them', async () => {
    const first = redisStore()
    const namespace = first.namespace
    const second = new Keyv({ store: new KeyvRedis(inject('redisUrl')), namespace })
    open.push(second)
    await request(server.context({ tokenStore: first }), me)
    await request(server.context({ tokenStore: second }), me)
    expect(fake.tokenRequests.tenant).toBe(1)
    const auths = fake.requests.filter((r) => r.path === me.path).map((r) => r.headers.authorization)
    expect(auths[0]).toBe(auths[1])
  })

  it('stores the token with a native TTL of expire minus the margin', async () => {
    const store = redisStore()
    const ctx = server.context({ tokenStore: store })
    await request(ctx, me)
    const client = (store.store as KeyvRedis<string>).client
    const keys = await client.keys(`*${store.namespace}*`)
    expect(keys).toHaveLength(1)
    const ttl = await client.pTTL(keys[0]!)
    expect(ttl).toBeGreaterThan((7200 - 180) * 1000 - 60_000)
    expect(ttl).toBeLessThanOrEqual((7200 - 180) * 1000)
  })

  it('still succeeds when Redis is down: fetches a token and logs a warning, no crash', async () => {
    const logger = captureLogger()
    // Nothing listens on port 1: every store call fails.
    const down = new Keyv({ store: new KeyvRedis({ url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } }), throwOnErrors: true })
    down.on('error', () => {})
    const ctx = server.context({ tokenStore: down, logger, logLevel: 'warn' })
    const body = await request(ctx, me)
    expect(body.code).toBe(0)
    expect(fake.tokenRequests.tenant).toBe(1)
    expect(logger.lines.some((l) => l.startsWith('warn [larkfn] token store get failed'))).toBe(true)
    expect(logger.lines.join('\n')).not.toMatch(/t-[0-9a-f]{8,}|secret-self-built/)
  })
})
