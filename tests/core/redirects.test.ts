import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { isLarkAuthError, isLarkHttpError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import { listen } from '../../src/node/index.ts'
import { exchangeCode } from '../../src/oauth/index.ts'
import { FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { startLongConnection } from '../../src/ws/index.ts'
import { dumpError, startFake } from '../helpers.ts'

// A "platform" that redirects its credential-taking endpoints, and an origin that records what it got.
const server = await startFake()
const seen: { path: string; body: string; authorization: string | null }[] = []
const elsewhere = await listen(async (req) => {
  seen.push({ path: new URL(req.url).pathname, body: await req.text(), authorization: req.headers.get('authorization') })
  return Response.json({ code: 0, tenant_access_token: 't-forged', expire: 7200, access_token: 'u-forged', data: { URL: 'ws://127.0.0.1:1/ws' } })
})
let status = 307
let sameOrigin = false
let apiElsewhere = false
const SECRET_PATHS = ['/open-apis/auth/v3/tenant_access_token/internal', '/oauth/v3/token', '/callback/ws/endpoint']
const platform = await listen(async (req) => {
  const url = new URL(req.url)
  if (url.pathname.startsWith('/same/')) {
    const inner = new URL(url.pathname.slice('/same'.length) + url.search, server.url)
    return fetch(inner, { method: req.method, headers: req.headers, body: await req.arrayBuffer() })
  }
  if (SECRET_PATHS.includes(url.pathname)) {
    const target = sameOrigin ? `/same${url.pathname}` : `${elsewhere.url}${url.pathname}`
    return new Response(null, { status, headers: { location: target } })
  }
  if (apiElsewhere) return new Response(null, { status: 307, headers: { location: `${elsewhere.url}${url.pathname}` } })
  return fetch(new URL(url.pathname + url.search, server.url), { method: req.method, headers: req.headers, body: req.method === 'GET' ? undefined : await req.arrayBuffer() })
})
afterAll(async () => {
  await Promise.all([platform.close(), elsewhere.close()])
  await server.close()
})
beforeEach(() => {
  server.fake.reset()
  server.fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({ ok: true }) })
  seen.length = 0
  status = 307
  sameOrigin = false
  apiElsewhere = false
})

const ctxFor = (extra: Record<string, unknown> = {}) => server.context({ domain: platform.url, retry: { minDelay: 1 }, ...extra })
const call = (ctx: ReturnType<typeof ctxFor>) => request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok' }).catch((e: unknown) => e)

describe('requests carrying credentials and redirects', () => {
  for (const code of [307, 308, 302, 301]) {
    it(`does not send the app secret to another origin on a ${code} from the token endpoint`, async () => {
      status = code
      const error = await call(ctxFor())
      expect(seen).toEqual([])
      expect(isLarkHttpError(error)).toBe(true)
      expect((error as Error).message).toContain(`redirected from ${platform.url} to another origin (${elsewhere.url})`)
      expect(dumpError(error)).not.toContain(FAKE_APP_SECRET)
      // Refused once: a redirect is not a network error worth retrying.
      expect(server.fake.tokenRequests.tenant).toBe(0)
    })
  }

  it('follows a 307 or 308 within the same origin, method and body kept', async () => {
    for (const code of [307, 308]) {
      status = code
      sameOrigin = true
      expect(await call(ctxFor())).toMatchObject({ code: 0 })
      expect(seen).toEqual([])
      expect(server.fake.requests.find((r) => r.path === SECRET_PATHS[0])?.body).toMatchObject({ app_secret: FAKE_APP_SECRET })
    }
  })

  it('does not send an OAuth grant (client secret, code) to another origin', async () => {
    const error = await exchangeCode(ctxFor(), { code: 'the-code', codeVerifier: 'the-verifier' }).catch((e: unknown) => e)
    expect(seen).toEqual([])
    expect(isLarkHttpError(error) || isLarkAuthError(error)).toBe(true)
    expect(dumpError(error)).not.toMatch(/the-code|the-verifier|forged/)
  })

  it('does not send the long connection bootstrap (app secret) to another origin', async () => {
    const errors: Error[] = []
    const stop = new AbortController()
    const started = startLongConnection(ctxFor(), {
      WebSocket,
      handlers: {},
      signal: stop.signal,
      onError: (error) => {
        errors.push(error)
        stop.abort(new Error('test over'))
      },
    })
    await expect(started).rejects.toThrow()
    expect(seen).toEqual([])
    expect(errors[0]?.message).toContain('another origin')
  })

  it('plain API calls still follow redirects as fetch does, without the bearer token across origins', async () => {
    apiElsewhere = true
    sameOrigin = true
    await call(ctxFor())
    expect(seen.map((r) => [r.path, r.authorization])).toEqual([['/open-apis/demo/v1/ok', null]])
  })
})
