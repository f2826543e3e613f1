import { describe, expect, it } from 'vitest'
import { isDropSignal } from '../../src/testing/index.ts'
import { useServedFake } from './serve.ts'

const served = useServedFake()
const PATH = '/open-apis/test/v1/items'

async function setUp() {
  served.current.fake.route({ method: 'GET', path: PATH, handler: () => ({ ok: true }) })
  return served.current.tenantToken()
}

describe('faults over loopback', () => {
  it('answers a status fault with an HTML page by default, or a JSON body, `times` times', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.fault({ path: PATH, kind: 'status', status: 502, times: 2 })
    for (let i = 0; i < 2; i++) {
      const reply = await call('GET', PATH, { token })
      expect(reply.status).toBe(502)
      expect(reply.headers.get('content-type')).toBe('text/html')
      expect(reply.text).toContain('<h1>502</h1>')
    }
    fake.fault({ path: PATH, kind: 'status', status: 500, body: { code: 55001, msg: 'internal' } })
    const json = await call('GET', PATH, { token })
    expect([json.status, json.json]).toEqual([500, { code: 55001, msg: 'internal' }])
    expect((await call('GET', PATH, { token })).status).toBe(200)
    expect(fake.requests.filter((r) => r.path === PATH).map((r) => [r.status, r.fault])).toEqual([
      [502, 'status'],
      [502, 'status'],
      [500, 'status'],
      [200, undefined],
    ])
  })

  it('defaults a status fault to 503 and matches by method', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.fault({ method: 'POST', kind: 'status' })
    expect((await call('GET', PATH, { token })).status).toBe(200)
    expect((await call('POST', PATH, { token, json: {} })).status).toBe(503)
  })

  it('drops the connection: the client fetch rejects with a network TypeError', async () => {
    const token = await setUp()
    const { fake, call } = served.current
    fake.fault({ path: PATH, kind: 'drop' })
    const error: unknown = await call('GET', PATH, { token }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toBe('fetch failed')
    expect(fake.requests.at(-1)).toMatchObject({ path: PATH, status: 0, fault: 'drop' })
    expect((await call('GET', PATH, { token })).status).toBe(200)
  })

  it('answers a non-json fault with 200 and an HTML body', async () => {
    const token = await setUp()
    served.current.fake.fault({ path: PATH, kind: 'non-json' })
    const reply = await served.current.call('GET', PATH, { token })
    expect([reply.status, reply.headers.get('content-type')]).toEqual([200, 'text/html'])
    expect(reply.text).toMatch(/^<html>/)
    expect(reply.json).toEqual({})
  })

  it('delays a slow answer, then answers normally', async () => {
    const token = await setUp()
    served.current.fake.fault({ path: PATH, kind: 'slow', delay: 150 })
    const started = Date.now()
    const reply = await served.current.call('GET', PATH, { token })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(reply.json).toMatchObject({ code: 0, data: { ok: true } })
    expect(served.current.fake.requests.at(-1)).toMatchObject({ status: 200, fault: 'slow' })
  })

  it('lets a client abort a slow answer at once', async () => {
    const token = await setUp()
    served.current.fake.fault({ path: PATH, kind: 'slow', delay: 5000 })
    const started = Date.now()
    const error: unknown = await served.current
      .call('GET', PATH, { token, signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e)
    expect((error as Error).name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('removes a fault with its remover, and faults the token endpoint like any other', async () => {
    const { fake, call } = served.current
    const remove = fake.fault({ path: '/open-apis/auth/v3/*', kind: 'status', status: 503, times: Infinity })
    const refused = await call('POST', '/open-apis/auth/v3/tenant_access_token/internal', { json: {} })
    expect(refused.status).toBe(503)
    expect(fake.tokenRequests.tenant).toBe(0)
    remove()
    expect(await served.current.tenantToken()).toMatch(/^t-/)
  })
})

describe('faults in-process (fake.fetch)', () => {
  it('rejects like a real fetch on a dropped connection', async () => {
    const { fake } = served.current
    fake.fault({ kind: 'drop' })
    const error: unknown = await fake.fetch('/open-apis/anything').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toBe('fetch failed')
    expect(isDropSignal((error as TypeError).cause)).toBe(true)
    expect((await fake.fetch('/open-apis/anything')).status).toBe(404)
  })

  it('rejects at once with the signal reason when a slow answer is aborted', async () => {
    const { fake } = served.current
    fake.fault({ kind: 'slow', delay: 5000 })
    const controller = new AbortController()
    const reason = new Error('stop now')
    setTimeout(() => controller.abort(reason), 50)
    const started = Date.now()
    await expect(fake.fetch('/open-apis/anything', { signal: controller.signal })).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('rejects with an AbortError before doing anything when the signal is already aborted', async () => {
    const { fake } = served.current
    const error: unknown = await fake.fetch('/open-apis/anything', { signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect((error as DOMException).name).toBe('AbortError')
    expect(fake.requests).toHaveLength(0)
  })

  it('makes handle() itself reject with the drop signal', async () => {
    const { fake } = served.current
    fake.fault({ kind: 'drop' })
    const error: unknown = await fake.handle(new Request('http://x/open-apis/a')).catch((e: unknown) => e)
    expect(isDropSignal(error)).toBe(true)
  })
})
