import { gzipSync } from 'node:zlib'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { getUser } from '../../src/api/contact/v3/index.ts'
import type { EndpointSpec } from '../../src/core/types.ts'
import { listen } from '../../src/node/index.ts'
import { createProxy } from '../../src/proxy/index.ts'
import { FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
const spec = (id: string, method: EndpointSpec['method'], path: string, extra: Partial<EndpointSpec> = {}): EndpointSpec => ({ id, method, path, tokens: ['tenant'], ...extra })
const allow = [
  getUser,
  spec('x.v1.big.get', 'GET', '/open-apis/x/v1/big'),
  spec('x.v1.file.download', 'GET', '/open-apis/x/v1/files/:file_id/download', { download: true }),
  spec('x.v1.echo.create', 'POST', '/open-apis/x/v1/echo'),
]
const errors: unknown[] = []
const proxied = await listen(createProxy(server.context(), { allow, cors: { origins: [origin] }, onError: (error) => errors.push(error) }))
const mounted = await listen(createProxy(server.context(), { allow, cors: { origins: [origin] }, basePath: '/lark/' }))
const serverToServer = await listen(createProxy(server.context(), { allow, allowMissingOrigin: true }))
const { accessToken } = fake.issueUserToken()
afterAll(async () => {
  await Promise.all([proxied.close(), mounted.close(), serverToServer.close()])
  await server.close()
})
beforeEach(() => {
  fake.clearRequests()
  errors.length = 0
})

const get = (base: string, path: string, headers: Record<string, string> = { origin }) => fetch(`${base}${path}`, { headers })
const forwarded = () => fake.requests.filter((r) => !r.path.startsWith('/open-apis/auth/'))

describe('answers', () => {
  it('a gzip answer arrives whole: the upstream content-length and content-encoding are not passed on', async () => {
    const csv = Array.from({ length: 2000 }, (_, i) => `${i},item number ${i}`).join('\n')
    const zipped = gzipSync(csv)
    const headers = { 'content-type': 'text/csv', 'content-encoding': 'gzip', 'content-length': String(zipped.length) }
    fake.route({ method: 'GET', path: '/open-apis/x/v1/files/:file_id/download', handler: () => new Response(zipped, { headers }) })
    fake.route({ method: 'GET', path: '/open-apis/x/v1/big', handler: () => new Response(zipped, { headers }) })
    for (const path of ['/open-apis/x/v1/files/f_1/download', '/open-apis/x/v1/big']) {
      const res = await get(proxied.url, path)
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('content-length')).not.toBe(String(zipped.length))
      expect(await res.text()).toBe(csv)
    }
  })

  it('keeps 64-bit integers: answer and request bodies pass as bytes', async () => {
    const big = '7205434215129743361'
    fake.route({ method: 'POST', path: '/open-apis/x/v1/echo', handler: ({ request }) => request.text().then((text) => new Response(`{"code":0,"msg":"ok","data":{"got":${text},"id":${big}}}`, { headers: { 'content-type': 'application/json' } })) })
    const res = await fetch(`${proxied.url}/open-apis/x/v1/echo`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: `{"chat_id":${big}}` })
    expect(await res.text()).toBe(`{"code":0,"msg":"ok","data":{"got":{"chat_id":${big}},"id":${big}}}`)
  })

  it('relays a file as an attachment the browser does not sniff', async () => {
    fake.route({ method: 'GET', path: '/open-apis/x/v1/files/:file_id/download', handler: () => new Response('<script>alert(1)</script>', { headers: { 'content-type': 'text/html', 'content-disposition': 'inline; filename="a.html"' } }) })
    const res = await get(proxied.url, '/open-apis/x/v1/files/f_1/download')
    expect([res.headers.get('x-content-type-options'), res.headers.get('content-disposition')]).toEqual(['nosniff', 'attachment; filename="a.html"'])
    fake.route({ method: 'GET', path: '/open-apis/x/v1/files/:file_id/download', handler: () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }) })
    const plain = await get(proxied.url, '/open-apis/x/v1/files/f_2/download')
    expect([plain.headers.get('x-content-type-options'), plain.headers.get('content-disposition'), (await plain.arrayBuffer()).byteLength]).toEqual(['nosniff', 'attachment', 3])
  })

  it('answers a generic 500 for an internal failure and passes the error to onError', async () => {
    // The proxy's own token request fails with a platform message that must not reach the browser.
    fake.fault({ path: '/open-apis/auth/v3/tenant_access_token/internal', kind: 'status', status: 400, body: { code: 10014, msg: `app secret invalid: ${FAKE_APP_SECRET.slice(0, 4)} internal detail` }, times: 10 })
    const ctx = server.context({ retry: false })
    const failing = await listen(createProxy(ctx, { allow, cors: { origins: [origin] }, onError: (error) => errors.push(error) }))
    try {
      const res = await get(failing.url, '/open-apis/x/v1/big')
      const text = await res.text()
      expect([res.status, JSON.parse(text)]).toEqual([500, { code: 500, msg: 'internal error' }])
      expect(text).not.toContain('internal detail')
      expect(errors).toHaveLength(1)
    } finally {
      await failing.close()
      fake.reset()
    }
  })

  it('by default reports an internal failure as one console.error line', async () => {
    const lines: string[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void lines.push(args.join(' '))
    const throwing = await listen(createProxy(server.context(), { allow, allowMissingOrigin: true, authorize: () => { throw new Error('authorize broke') } }))
    try {
      const res = await get(throwing.url, '/open-apis/x/v1/big', {})
      expect([res.status, await res.json()]).toEqual([500, { code: 500, msg: 'internal error' }])
      expect(lines).toEqual(['[larkfn] proxy failed (x.v1.big.get): Error: authorize broke'])
    } finally {
      console.error = original
      await throwing.close()
    }
  })
  it('keeps the generic 500 when onError itself throws', async () => {
    const handler = createProxy(server.context(), {
      allow,
      allowMissingOrigin: true,
      authorize: () => Promise.reject(new Error('authorize broke')),
      onError: () => {
        throw new Error('onError broke')
      },
    })
    const res = await handler(new Request(`${proxied.url}/open-apis/x/v1/big`))
    expect([res.status, await res.json()]).toEqual([500, { code: 500, msg: 'internal error' }])
  })
})

describe('requests', () => {
  it.each(['%2F', '%5C', '%3F', '%23', '%00', '%0A', '%25', '%252F'])('refuses %s inside a path parameter with 400, forwarding nothing', async (encoded) => {
    const res = await get(proxied.url, `/open-apis/contact/v3/users/ou_1${encoded}x`, { origin, authorization: `Bearer ${accessToken}` })
    expect(res.status).toBe(400)
    expect(forwarded()).toHaveLength(0)
  })

  it('an encoded dot segment as a whole parameter is a dot segment: no endpoint, nothing forwarded', async () => {
    const res = await get(proxied.url, '/open-apis/x/v1/files/%2E%2E/download')
    expect(res.status).toBe(403)
    expect(forwarded()).toHaveLength(0)
  })

  it('refuses requests without an Origin unless allowMissingOrigin', async () => {
    const refused = await get(proxied.url, '/open-apis/x/v1/big', {})
    expect([refused.status, await refused.json()]).toEqual([403, { code: 403, msg: 'requests without an Origin header are not allowed by the proxy' }])
    expect(forwarded()).toHaveLength(0)
    fake.route({ method: 'GET', path: '/open-apis/x/v1/big', handler: () => ({ ok: true }) })
    const passed = await get(serverToServer.url, '/open-apis/x/v1/big', {})
    expect([passed.status, passed.headers.get('access-control-allow-origin')]).toEqual([200, null])
  })

  it('answers 404 outside basePath and forwards under it', async () => {
    fake.route({ method: 'GET', path: '/open-apis/x/v1/big', handler: () => ({ ok: true }) })
    for (const path of ['/open-apis/x/v1/big', '/larkx/open-apis/x/v1/big', '/other/lark/open-apis/x/v1/big']) {
      const res = await get(mounted.url, path)
      expect([path, res.status]).toEqual([path, 404])
    }
    expect(forwarded()).toHaveLength(0)
    expect((await get(mounted.url, '/lark/open-apis/x/v1/big')).status).toBe(200)
    expect(forwarded().map((r) => r.path)).toEqual(['/open-apis/x/v1/big'])
  })
})
