/**
 * Bypass attempts against `larkfn/proxy`, each over real sockets to the fake platform: path tricks,
 * methods, headers, origins, bodies and identity games. Every case asserts what the caller gets and
 * that nothing it should not reach was forwarded.
 *
 * @module
 */
import { request as httpRequest } from 'node:http'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { batchGetUserId, getUser } from '../../src/api/contact/v3/index.ts'
import type { EndpointSpec } from '../../src/core/types.ts'
import { listen } from '../../src/node/index.ts'
import { createProxy } from '../../src/proxy/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
const upload: EndpointSpec = { id: 'x.v1.upload.create', method: 'POST', path: '/open-apis/x/v1/uploads', tokens: ['tenant'], body: 'multipart' }
const options = { allow: [getUser, batchGetUserId, upload], cors: { origins: [origin] } }
const proxied = await listen(createProxy(server.context(), options))
const mounted = await listen(createProxy(server.context(), { ...options, basePath: '/lark' }))
const { accessToken } = fake.issueUserToken()
afterAll(async () => {
  await Promise.all([proxied.close(), mounted.close()])
  await server.close()
})
beforeEach(() => {
  fake.clearRequests()
  fake.route({ method: 'GET', path: '/open-apis/contact/v3/users/:user_id', tokens: ['tenant', 'user'], handler: () => new Response('{"code":0,"msg":"ok","data":{}}', { headers: { 'content-type': 'application/json', 'set-cookie': 'session=upstream', 'access-control-allow-origin': '*' } }) })
  fake.route({ method: 'POST', path: '/open-apis/x/v1/uploads', handler: () => ({ ok: true }) })
})

const user = { origin, authorization: `Bearer ${accessToken}` }
const forwarded = () => fake.requests.filter((r) => !r.path.startsWith('/open-apis/auth/'))

/** A request with its path sent byte for byte (fetch would normalise it first). */
function rawRequest(base: string, method: string, path: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('path tricks', () => {
  it.each([
    ['a double slash inside', '/open-apis/contact/v3/users//ou_1'],
    ['a leading double slash', '//open-apis/contact/v3/users/ou_1'],
    ['a trailing slash', '/open-apis/contact/v3/users/ou_1/'],
    ['an extra segment', '/open-apis/contact/v3/users/ou_1/extra'],
    ['a literal in another case', '/open-apis/Contact/v3/users/ou_1'],
    ['a literal percent-encoded into another case', '/open-apis/contact/v3/%55sers/ou_1'],
    ['a backslash for a slash, onto a literal sibling', '/open-apis/contact/v3/users\\find_by_department'],
    ['a dot-dot climbing out of an allowed path', '/open-apis/contact/v3/users/ou_1/../../../im/v1/messages'],
    ['an encoded dot-dot climbing out', '/open-apis/contact/v3/users/ou_1/%2e%2e/%2e%2e/%2e%2e/im/v1/messages'],
  ])('refuses %s, forwarding nothing', async (_, path) => {
    const status = await rawRequest(proxied.url, 'GET', path, user)
    expect([403, 404]).toContain(status)
    expect(forwarded()).toHaveLength(0)
  })

  it.each([
    ['broken percent-encoding', '/open-apis/contact/v3/users/ou_%E0%A4%A'],
    ['an encoded slash that climbs', '/open-apis/contact/v3/users/..%2F..%2F..%2Fim%2Fv1%2Fmessages'],
    ['an encoded backslash', '/open-apis/contact/v3/users/..%5Cbatch_get_id'],
    ['an encoded query', '/open-apis/contact/v3/users/ou_1%3Fuser_id_type=union_id'],
    ['a NUL', '/open-apis/contact/v3/users/ou_1%00'],
    ['a CR LF', '/open-apis/contact/v3/users/ou_1%0D%0AX-Injected:%201'],
    ['a double-encoded slash', '/open-apis/contact/v3/users/ou_1%252F..'],
  ])('answers 400 to %s in a parameter', async (_, path) => {
    expect(await rawRequest(proxied.url, 'GET', path, user)).toBe(400)
    expect(forwarded()).toHaveLength(0)
  })

  it('answers 414 to an overlong URL (Node stops it earlier, other runtimes do not)', async () => {
    const handler = createProxy(server.context(), options)
    const res = await handler(new Request(`${proxied.url}/open-apis/contact/v3/users/ou_1?q=${'a'.repeat(17 * 1024)}`, { headers: user }))
    expect(res.status).toBe(414)
    expect(forwarded()).toHaveLength(0)
  })

  it.each([
    ['outside it', '/open-apis/contact/v3/users/ou_1'],
    ['a longer prefix', '/larkx/open-apis/contact/v3/users/ou_1'],
    ['an encoded prefix', '/%6Cark/open-apis/contact/v3/users/ou_1'],
    ['climbing out of it', '/lark/../open-apis/contact/v3/users/ou_1'],
  ])('answers 404 %s of basePath', async (_, path) => {
    expect(await rawRequest(mounted.url, 'GET', path, user)).toBe(404)
    expect(forwarded()).toHaveLength(0)
  })
})

describe('methods and headers', () => {
  it('ignores method override headers: the allowed POST stays a POST and the headers stay here', async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann' }])
    const override = { 'x-http-method-override': 'DELETE', 'x-http-method': 'DELETE', 'x-method-override': 'DELETE' }
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { origin, 'content-type': 'application/json', ...override }, body: '{"emails":["ann@example.com"]}' })
    expect(res.status).toBe(200)
    const [sent] = forwarded()
    expect(sent?.method).toBe('POST')
    expect(Object.keys(sent?.headers ?? {}).filter((name) => name.includes('method'))).toEqual([])
  })

  it.each(['HEAD', 'PROPFIND', 'DELETE', 'PUT'])('refuses %s on an allowed GET path', async (method) => {
    expect(await rawRequest(proxied.url, method, '/open-apis/contact/v3/users/ou_1', user)).toBe(403)
    expect(forwarded()).toHaveLength(0)
  })

  it("forwards none of the browser's other headers", async () => {
    const extra = { cookie: 'sid=1', 'x-forwarded-for': '10.0.0.1', 'x-tt-logid': 'forged', 'x-request-id': 'r', 'x-tenant-key': 'other', 'x-lark-helpdesk-authorization': 'x' }
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_1`, { headers: { ...user, ...extra } })
    expect(res.status).toBe(200)
    const names = Object.keys(forwarded()[0]?.headers ?? {})
    expect(names.filter((name) => name in extra)).toEqual([])
  })

  it("passes back neither the platform's cookies nor its CORS headers", async () => {
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_1`, { headers: user })
    expect([res.status, res.headers.get('set-cookie'), res.headers.get('access-control-allow-origin')]).toEqual([200, null, origin])
  })
})

describe('origins', () => {
  it.each(['null', 'https://tool.example.com.evil.example', 'https://tool.example.com:443', 'https://TOOL.example.com', 'http://tool.example.com', 'https://tool.example.com/'])('refuses origin %s', async (bad) => {
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_1`, { headers: { ...user, origin: bad } })
    expect([res.status, res.headers.get('access-control-allow-origin')]).toEqual([403, null])
    expect(forwarded()).toHaveLength(0)
  })

  it('refuses a preflight from another origin, and one without an origin', async () => {
    const preflights: Record<string, string>[] = [{ origin: 'https://evil.example', 'access-control-request-method': 'GET' }, { 'access-control-request-method': 'GET' }]
    for (const headers of preflights) {
      const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_1`, { method: 'OPTIONS', headers })
      expect(res.status).toBe(403)
    }
  })
})

describe('bodies', () => {
  const post = (path: string, body: BodyInit, type: string) => fetch(`${proxied.url}${path}`, { method: 'POST', headers: { origin, 'content-type': type }, body })

  it.each([
    ['not JSON', '{"emails":'],
    ['not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ])('answers 400 to a JSON body that is %s', async (_, body) => {
    expect((await post('/open-apis/contact/v3/users/batch_get_id', body, 'application/json')).status).toBe(400)
    expect(forwarded()).toHaveLength(0)
  })

  it('answers 400 to a multipart endpoint sent JSON, and forwards real form data with its boundary', async () => {
    expect((await post('/open-apis/x/v1/uploads', '{"a":1}', 'application/json')).status).toBe(400)
    expect(forwarded()).toHaveLength(0)
    const form = new FormData()
    form.append('file', new Blob(['hello']), 'a.txt')
    expect((await fetch(`${proxied.url}/open-apis/x/v1/uploads`, { method: 'POST', headers: { origin }, body: form })).status).toBe(200)
    expect(forwarded()[0]?.body).toEqual({ file: { filename: 'a.txt', type: 'application/octet-stream', size: 5 } })
  })
})

describe('identity games', () => {
  it.each([
    ['no header', undefined],
    ['a Basic scheme', 'Basic dXNlcjpwYXNz'],
    ['two tokens', `Bearer ${accessToken}, Bearer other`],
    ['a token with a space', `Bearer ${accessToken} x`],
    ['an empty Bearer', 'Bearer '],
    ['an oversized token', `Bearer ${'a'.repeat(5000)}`],
  ])('a user-token endpoint with %s does not run as the app', async (_, authorization) => {
    const before = fake.tokenRequests.tenant
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_1`, { headers: { origin, ...(authorization === undefined ? {} : { authorization }) } })
    expect(res.status).toBe(401)
    expect(forwarded()).toHaveLength(0)
    expect(fake.tokenRequests.tenant).toBe(before)
  })

  it("a tenant-token endpoint never carries the caller's token", async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann' }])
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { ...user, 'content-type': 'application/json' }, body: '{"emails":["ann@example.com"]}' })
    expect(res.status).toBe(200)
    expect(forwarded()[0]?.headers.authorization).not.toContain(accessToken)
  })
})
