import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { batchGetUserId, getUser } from '../../src/api/contact/v3/index.ts'
import { createContext } from '../../src/core/context.ts'
import { isLarkApiError, isLarkValidationError } from '../../src/core/errors.ts'
import { manifest } from '../../src/manifest.ts'
import { listen } from '../../src/node/index.ts'
import { createProxy } from '../../src/proxy/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
let authorizeCalls = 0
const proxy = createProxy(server.context(), {
  allow: [batchGetUserId, 'contact.v3.user.get'],
  manifest,
  cors: { origins: [origin] },
  authorize: (request, info) => {
    authorizeCalls++
    return request.headers.get('x-deny') === null || info.endpoint !== 'contact.v3.user.batch_get_id'
  },
})
const proxied = await listen(proxy)
afterAll(async () => {
  await proxied.close()
  await server.close()
})
beforeEach(() => {
  fake.reset()
  authorizeCalls = 0
  fake.route({ method: 'GET', path: '/open-apis/contact/v3/users/:user_id', tokens: ['tenant', 'user'], handler: ({ params, caller }) => ({ user: { open_id: params.user_id }, kind: caller?.kind }) })
})

/** A browser-style context: no app secret, the proxy as its domain. */
const browser = (headers: Record<string, string> = {}) =>
  createContext({ domain: proxied.url, viaProxy: true, logLevel: 'silent', middleware: [(req, next) => next({ ...req, headers: { ...req.headers, origin, ...headers } })] })

describe('larkfn/proxy', () => {
  it('forwards an allowed endpoint and injects the tenant token server-side', async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann' }])
    const data = await batchGetUserId(browser(), { body: { emails: ['ann@example.com'] } })
    expect(data.user_list?.[0]?.user_id).toBe('ou_ann')
    const forwarded = fake.requests.find((r) => r.path === '/open-apis/contact/v3/users/batch_get_id')
    expect(forwarded?.headers.authorization).toMatch(/^Bearer t-/)
    expect(forwarded?.body).toEqual({ emails: ['ann@example.com'] })
    expect(authorizeCalls).toBe(1)
  })

  it('passes the user token through when the endpoint takes user tokens', async () => {
    const { accessToken } = await fake.issueUserToken()
    const data = await getUser(browser(), { path: { user_id: 'ou_x' } }, { userAccessToken: accessToken })
    expect(data).toEqual({ user: { open_id: 'ou_x' }, kind: 'user' })
    expect(fake.tokenRequests.tenant).toBe(0)
  })

  it('forwards the query as it came, repeated keys included', async () => {
    const { accessToken } = fake.issueUserToken()
    const res = await fetch(`${proxied.url}/open-apis/contact/v3/users/ou_q?user_id_type=open_id&tag=a&tag=b`, { headers: { origin, authorization: `Bearer ${accessToken}` } })
    expect(res.status).toBe(200)
    expect(fake.requests.at(-1)?.query).toEqual({ user_id_type: 'open_id', tag: ['a', 'b'] })
  })

  it('refuses endpoints not on the allow list without forwarding anything', async () => {
    const res = await fetch(`${proxied.url}/open-apis/im/v1/messages?receive_id_type=open_id`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ code: 403, msg: 'endpoint not allowed by the proxy' })
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses other origins and answers preflight for the allowed one', async () => {
    const bad = await fetch(`${proxied.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { origin: 'https://evil.example.com' }, body: '{}' })
    expect(bad.status).toBe(403)
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
    const pre = await fetch(`${proxied.url}/open-apis/contact/v3/users/batch_get_id`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin)
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type')
    expect(fake.requests).toHaveLength(0)
  })

  it('lets authorize refuse, and passes platform errors back with the log id', async () => {
    const refused = await batchGetUserId(browser({ 'x-deny': '1' }), { body: { emails: ['a@b.c'] } }).catch((e: unknown) => e)
    expect(isLarkApiError(refused) && [refused.httpStatus, refused.msg]).toEqual([403, 'refused by the proxy'])
    const invalid = await batchGetUserId(browser(), { body: {} }, { validate: false }).catch((e: unknown) => e)
    expect(isLarkApiError(invalid) && invalid.code).toBe(99992402)
    expect(isLarkApiError(invalid) && invalid.logId).toMatch(/^\d{14}/)
  })

  it('needs the manifest for ids and names unknown ones', () => {
    const ctx = server.context()
    expect(() => createProxy(ctx, { allow: ['contact.v3.user.get'] })).toThrow(/endpoint ids need the manifest/)
    try {
      createProxy(ctx, { allow: ['nope.v1.x.y'], manifest })
      expect.unreachable()
    } catch (error) {
      expect(isLarkValidationError(error) && error.message).toBe("createProxy: invalid input: allow: unknown endpoint id 'nope.v1.x.y'")
    }
  })
})
