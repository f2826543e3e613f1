import { gzipSync } from 'node:zlib'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext } from '../../src/core/context.ts'
import { isLarkAuthError, isLarkHttpError, isLarkValidationError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import { VERSION } from '../../src/core/version.ts'
import { listen } from '../../src/node/index.ts'
import { startFake } from '../helpers.ts'
import pkg from '../../package.json' with { type: 'json' }

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({ ok: true }) })
})
const ok = { method: 'GET', path: '/open-apis/demo/v1/ok' } as const
const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e)

describe('createContext refuses what it does not know', () => {
  it('names an unknown option and the option meant', () => {
    const error = fail(Promise.resolve().then(() => createContext({ appId: 'cli_1', appSecert: 'x', domian: 'lark' } as never)))
    return error.then((e) => {
      expect(isLarkValidationError(e)).toBe(true)
      expect((e as Error).message).toBe("createContext: invalid input: appSecert: is not an option; did you mean 'appSecret'?; domian: is not an option; did you mean 'domain'?")
      // The value given (it may be a secret) is not quoted.
      expect((e as Error).message).not.toContain("'x'")
    })
  })

  it('says no option is meant when nothing is close', () => {
    expect(() => createContext({ somethingElse: 1 } as never)).toThrow(/somethingElse: is not an option$/)
  })
})

describe('a missing secret is reported by the endpoint that needed it', () => {
  it('names the endpoint and what to pass', async () => {
    const error = await fail(request(server.context({ appSecret: undefined }), ok))
    expect(isLarkAuthError(error) && error.endpoint).toBe('GET /open-apis/demo/v1/ok')
    expect((error as Error).message).toBe('GET /open-apis/demo/v1/ok: needs a tenant_access_token, and fetching one needs appSecret in createContext; or pass options.tenantAccessToken in the call')
  })
})

describe('token lifetimes and deadlines', () => {
  it('does not cache a token whose expire is 0 or negative', async () => {
    for (const expire of [0, -5]) {
      fake.reset()
      fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({ ok: true }) })
      let issued = 0
      const remove = fake.route({
        method: 'POST',
        path: '/open-apis/auth/v3/tenant_access_token/internal',
        tokens: [],
        handler: () => {
          issued++
          return Response.json({ code: 0, msg: 'ok', tenant_access_token: fake.issueToken({ kind: 'tenant' }), expire })
        },
      })
      const ctx = server.context()
      await request(ctx, ok)
      await request(ctx, ok)
      remove()
      expect(issued).toBe(2)
    }
  })

  it("bounds the token fetch a call triggers by the call's timeout", async () => {
    fake.fault({ method: 'POST', path: '/open-apis/auth/v3/tenant_access_token/internal', kind: 'slow', delay: 5000, times: Infinity })
    const started = Date.now()
    const error = await fail(request(server.context({ retry: false }), ok, { timeout: 200 }))
    // Answered long before the 5 s the token endpoint takes (and before the 30 s default timeout).
    expect(Date.now() - started).toBeLessThan(3000)
    expect(isLarkHttpError(error) && error.message).toMatch(/timed out after 200 ms/)
  })
})

describe('the retry budget', () => {
  it('cuts the attempt in flight at retry.maxTotal instead of overrunning it by a whole timeout', async () => {
    fake.fault({ method: 'GET', path: ok.path, kind: 'slow', delay: 4000, times: Infinity })
    const ctx = server.context({ retry: { maxTotal: 400 }, timeout: 10_000 })
    const started = Date.now()
    const error = await fail(request(ctx, ok))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(isLarkHttpError(error) && error.message).toMatch(/timed out after \d+ ms/)
  })
})

describe('answers read whole are bounded', () => {
  const big = (bytes: number) => `{"code":0,"data":{"pad":"${'x'.repeat(bytes)}"}}`
  const routes = (body: () => Response) => fake.route({ method: 'GET', path: '/open-apis/demo/v1/big', handler: body })
  const call = (max: number) => fail(request(server.context({ maxResponseBytes: max }), { method: 'GET', path: '/open-apis/demo/v1/big' }))

  it('refuses a declared length over the limit without reading it', async () => {
    routes(() => new Response(big(2_000_000), { headers: { 'content-type': 'application/json' } }))
    const error = await call(1_000_000)
    expect(isLarkHttpError(error) && error.message).toContain('larger than maxResponseBytes (1000000 bytes)')
    // Final: a GET is not retried over it.
    expect(fake.requests.filter((r) => r.path.endsWith('/big'))).toHaveLength(1)
  })

  it('counts a chunked body without a length while reading it', async () => {
    routes(() => {
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ >= 64) return controller.close()
          controller.enqueue(new Uint8Array(64 * 1024).fill(32))
        },
      })
      return new Response(stream, { headers: { 'content-type': 'application/json' } })
    })
    const error = await call(1_000_000)
    expect(isLarkHttpError(error) && error.message).toContain('larger than maxResponseBytes')
  })

  it('counts the decompressed size of a compressed answer (a small gzip of a large body)', async () => {
    const zipped = gzipSync(big(8_000_000))
    expect(zipped.length).toBeLessThan(100_000)
    routes(() => new Response(zipped, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }))
    const error = await call(1_000_000)
    expect(isLarkHttpError(error) && error.message).toContain('larger than maxResponseBytes')
  })

  it('reads answers under the limit as before', async () => {
    routes(() => new Response(big(10_000), { headers: { 'content-type': 'application/json' } }))
    expect(await call(1_000_000)).toBeUndefined()
  })
})

describe('network errors name the host and the root cause', () => {
  it('ECONNREFUSED', async () => {
    const closed = await listen(async () => new Response(''))
    const url = closed.url
    await closed.close()
    const error = await fail(request(createContext({ domain: url, logLevel: 'silent', retry: false }), { ...ok, tokenType: 'none' }))
    expect((error as Error).message).toBe(`GET /open-apis/demo/v1/ok: network error reaching ${new URL(url).host} (ECONNREFUSED) (log id none)`)
  })

  it('ENOTFOUND', async () => {
    const error = await fail(request(createContext({ domain: 'http://no-such-host.invalid', logLevel: 'silent', retry: false }), { ...ok, tokenType: 'none' }))
    expect((error as Error).message).toMatch(/^GET \/open-apis\/demo\/v1\/ok: network error reaching no-such-host\.invalid \((ENOTFOUND|EAI_AGAIN)\) \(log id none\)$/)
  })
})

describe('User-Agent', () => {
  it('identifies the SDK and its version', async () => {
    await request(server.context(), ok)
    expect(VERSION).toBe(pkg.version)
    expect(fake.requests.map((r) => r.headers['user-agent'])).toEqual([`larkfn/${VERSION}`, `larkfn/${VERSION}`])
  })
})
