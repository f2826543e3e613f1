import { describe, expect, it } from 'vitest'
import { useServedFake } from './serve.ts'

const served = useServedFake()
const PATH = '/open-apis/test/v1/items'

async function setUp() {
  served.current.fake.route({ method: 'GET', path: PATH, handler: () => ({ items: [1] }) })
  return served.current.tenantToken()
}

describe('rate limits', () => {
  it('throttles the next `times` matching calls with 429, 99991400 and both headers, then lets calls through', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.rateLimit({ method: 'GET', path: PATH, times: 2, reset: 1 })
    for (let i = 0; i < 2; i++) {
      const reply = await call('GET', PATH, { token })
      expect(reply.status).toBe(429)
      expect(reply.json).toEqual({ code: 99991400, msg: 'request trigger frequency limit' })
      expect(reply.headers.get('x-ogw-ratelimit-reset')).toBe('1')
      expect(reply.headers.get('x-ogw-ratelimit-limit')).toBe('2')
      expect(reply.headers.get('access-control-expose-headers')).toContain('x-ogw-ratelimit-reset')
    }
    expect((await call('GET', PATH, { token })).json).toMatchObject({ code: 0, data: { items: [1] } })
    expect(fake.requests.filter((r) => r.path === PATH).map((r) => r.status)).toEqual([429, 429, 200])
  })

  it('answers 400 instead of 429 for rules marked as old APIs, and counts only matching calls', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.rateLimit({ method: 'POST', path: PATH, times: 1, status: 400, limit: 5 })
    expect((await call('GET', PATH, { token })).status).toBe(200)
    const reply = await call('POST', PATH, { token, json: {} })
    expect([reply.status, reply.json.code, reply.headers.get('x-ogw-ratelimit-limit')]).toEqual([400, 99991400, '5'])
  })

  it('throttles above `limit` per real-time window and lets calls through after the reset delay', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.rateLimit({ path: '/open-apis/test/*', limit: 2, windowSeconds: 1 })
    expect((await call('GET', PATH, { token })).status).toBe(200)
    expect((await call('GET', PATH, { token })).status).toBe(200)
    const throttled = await call('GET', PATH, { token })
    expect(throttled.status).toBe(429)
    expect(throttled.headers.get('x-ogw-ratelimit-limit')).toBe('2')
    const reset = Number(throttled.headers.get('x-ogw-ratelimit-reset'))
    expect(reset).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, reset * 1000 + 20))
    expect((await call('GET', PATH, { token })).status).toBe(200)
  })

  it('matches paths by pattern or RegExp, and the remover ends a rule', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    const remove = fake.rateLimit({ path: /\/items$/, times: 10 })
    expect((await call('GET', PATH, { token })).status).toBe(429)
    remove()
    expect((await call('GET', PATH, { token })).status).toBe(200)
    fake.rateLimit({ path: '/open-apis/test/v1/:resource', times: 1, reset: 7 })
    expect((await call('GET', PATH, { token })).headers.get('x-ogw-ratelimit-reset')).toBe('7')
  })

  it('refuses a rule that has neither times nor limit', () => {
    expect(() => served.current.fake.rateLimit({ path: PATH })).toThrow(TypeError)
  })
})
