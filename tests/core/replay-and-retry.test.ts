import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { Download } from '../../src/core/download.ts'
import { isLarkApiError, isLarkHttpError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import { fakeError } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.route({ method: 'GET', path: '/open-apis/demo/v1/items', handler: () => ({ items: [1] }) })
  fake.route({ method: 'POST', path: '/open-apis/demo/v1/items', handler: () => ({ created: true }) })
})

const get = { method: 'GET', path: '/open-apis/demo/v1/items' } as const
const post = { method: 'POST', path: '/open-apis/demo/v1/items', body: { a: 1 } } as const
const hits = (method: string) => fake.requests.filter((r) => r.path === get.path && r.method === method)
const fast = { retry: { minDelay: 10, maxDelay: 2000 } }

describe('invalid or expired tokens', () => {
  it('drops the cached token, fetches a new one and replays the request once', async () => {
    const ctx = server.context()
    await request(ctx, get)
    fake.revokeTokens()
    const body = await request(ctx, get)
    expect(body.data).toEqual({ items: [1] })
    expect(fake.tokenRequests.tenant).toBe(2)
    const auths = hits('GET').map((r) => r.headers.authorization)
    expect(auths).toHaveLength(3)
    expect(auths[1]).toBe(auths[0])
    expect(auths[2]).not.toBe(auths[1])
  })

  it('replays only once when the platform keeps refusing, then reports the platform error', async () => {
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/always_invalid', handler: () => fakeError(99991663, 'Invalid access token for authorization.') })
    const error = await request(server.context(), { method: 'GET', path: '/open-apis/demo/v1/always_invalid' }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(99991663)
    expect(fake.requests.filter((r) => r.path === '/open-apis/demo/v1/always_invalid')).toHaveLength(2)
    expect(fake.tokenRequests.tenant).toBe(2)
  })

  it('never refreshes a token the caller passed in', async () => {
    const error = await request(server.context(), get, { tenantAccessToken: 't-not-issued' }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(99991663)
    expect(hits('GET')).toHaveLength(1)
    expect(fake.tokenRequests.tenant).toBe(0)
  })
})

describe('rate limits', () => {
  it('waits for x-ogw-ratelimit-reset and retries until it passes', async () => {
    fake.rateLimit({ method: 'GET', path: get.path, times: 2, reset: 1 })
    const body = await request(server.context(fast), get)
    expect(body.code).toBe(0)
    const times = hits('GET').map((r) => r.time)
    expect(times).toHaveLength(3)
    // The wait follows the platform's reset header (1 s), not the short back-off of the policy.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(950)
  })

  it('retries rate-limited POSTs too, since nothing ran', async () => {
    fake.rateLimit({ method: 'POST', path: post.path, times: 1, reset: 0, status: 400 })
    expect((await request(server.context(fast), post)).data).toEqual({ created: true })
    expect(hits('POST')).toHaveLength(2)
  })

  it('gives up after the policy attempts with the platform rate-limit error', async () => {
    fake.rateLimit({ method: 'GET', path: get.path, times: 100, reset: 0 })
    const error = await request(server.context({ retry: { retries: 2, minDelay: 1 } }), get).catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.httpStatus]).toEqual([99991400, 429])
    expect(hits('GET')).toHaveLength(3)
  })

  it('stops within the total time budget instead of sleeping past it', async () => {
    fake.rateLimit({ method: 'GET', path: get.path, times: 100, reset: 30 })
    const started = Date.now()
    const error = await request(server.context({ retry: { maxTotal: 500 } }), get).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(99991400)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(hits('GET')).toHaveLength(1)
  })
})

describe('5xx and network errors', () => {
  it('retries a GET after a 503', async () => {
    fake.fault({ method: 'GET', path: get.path, kind: 'status', status: 503, times: 2 })
    expect((await request(server.context(fast), get)).data).toEqual({ items: [1] })
    expect(hits('GET')).toHaveLength(3)
  })

  it('does not retry a POST after a 503 and reports an HTTP error with the status', async () => {
    fake.fault({ method: 'POST', path: post.path, kind: 'status', status: 503 })
    const error = await request(server.context(fast), post).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.httpStatus).toBe(503)
    expect(hits('POST')).toHaveLength(1)
  })

  it('retries a POST the caller marks idempotent', async () => {
    fake.fault({ method: 'POST', path: post.path, kind: 'status', status: 502 })
    expect((await request(server.context(fast), post, { idempotent: true })).data).toEqual({ created: true })
    expect(hits('POST')).toHaveLength(2)
  })

  it('retries a GET after a dropped connection, but not a POST', async () => {
    fake.fault({ method: 'GET', path: get.path, kind: 'drop' })
    expect((await request(server.context(fast), get)).code).toBe(0)
    fake.fault({ method: 'POST', path: post.path, kind: 'drop' })
    const error = await request(server.context(fast), post).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.httpStatus).toBe(0)
    // The host and the root cause (Node's ECONNRESET, or undici's socket error on the global fetch).
    expect((error as Error).message).toMatch(/^POST \/open-apis\/demo\/v1\/items: network error reaching 127\.0\.0\.1:\d+ \((ECONNRESET|UND_ERR_SOCKET)\) \(log id none\)$/)
  })

  it('reports a non-JSON answer as an HTTP error with the start of the body', async () => {
    fake.fault({ method: 'GET', path: get.path, kind: 'non-json', times: 10 })
    const error = await request(server.context({ retry: false }), get).catch((e: unknown) => e)
    expect(isLarkHttpError(error)).toBe(true)
    expect((error as { bodyText?: string }).bodyText).toMatch(/</)
  })

  it('never retries a business error', async () => {
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/business', handler: () => fakeError(230002, 'Bot is not in the chat', 400) })
    const error = await request(server.context(fast), { method: 'GET', path: '/open-apis/demo/v1/business' }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && [error.code, error.msg, error.httpStatus]).toEqual([230002, 'Bot is not in the chat', 400])
    expect(error && (error as { logId?: string }).logId).toMatch(/^\d{14}[0-9A-F]{20}$/)
    expect(fake.requests.filter((r) => r.path === '/open-apis/demo/v1/business')).toHaveLength(1)
  })
})

describe('timeouts and abort', () => {
  it('times an attempt out and says so', async () => {
    fake.fault({ method: 'POST', path: post.path, kind: 'slow', delay: 5000 })
    const started = Date.now()
    const error = await request(server.context({ timeout: 200 }), post).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.message).toBe('POST /open-apis/demo/v1/items: timed out after 200 ms (log id none)')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('a per-call timeout overrides the context', async () => {
    fake.fault({ method: 'POST', path: post.path, kind: 'slow', delay: 5000 })
    const error = await request(server.context(), post, { timeout: 100 }).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.message).toContain('timed out after 100 ms')
  })

  it('aborts at once during a rate-limit wait', async () => {
    fake.rateLimit({ method: 'GET', path: get.path, times: 5, reset: 20 })
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('user cancelled')), 150)
    const error = await request(server.context(), get, { signal: controller.signal }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('user cancelled')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(hits('GET')).toHaveLength(1)
  })

  /** A file whose second half comes `pause` ms after its headers and first half. */
  const slowFile = (pause: number) =>
    fake.route({
      method: 'GET',
      path: '/open-apis/demo/v1/slow_file',
      handler: () => {
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new Uint8Array([1, 2, 3]))
            await new Promise((resolve) => setTimeout(resolve, pause))
            controller.enqueue(new Uint8Array([4, 5, 6]))
            controller.close()
          },
        })
        return new Response(body, { headers: { 'content-type': 'application/octet-stream' } })
      },
    })
  const slowFileRequest = { method: 'GET', path: '/open-apis/demo/v1/slow_file', download: true } as const

  it('times a download out on its headers, not while the caller reads its body', async () => {
    slowFile(400)
    const file = (await request(server.context({ timeout: 150 }), slowFileRequest)) as unknown as Download
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('the caller’s signal still cancels a download while its body is read', async () => {
    slowFile(3000)
    const controller = new AbortController()
    const file = (await request(server.context(), slowFileRequest, { signal: controller.signal })) as unknown as Download
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('enough')), 100)
    await expect(file.arrayBuffer()).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('aborts an in-flight request at once', async () => {
    fake.fault({ method: 'GET', path: get.path, kind: 'slow', delay: 5000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('stop')), 100)
    const started = Date.now()
    await expect(request(server.context(), get, { signal: controller.signal })).rejects.toThrow('stop')
    expect(Date.now() - started).toBeLessThan(3000)
  })
})
