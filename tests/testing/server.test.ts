import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_TENANT_KEY, createFakeFeishu, fakeError } from '../../src/testing/index.ts'
import { LOG_ID, useServedFake } from './serve.ts'

const served = useServedFake()

describe('CORS and log ids', () => {
  it('answers a preflight with 204 and the headers a browser needs', async () => {
    const reply = await served.current.call('OPTIONS', '/open-apis/contact/v3/users/batch_get_id', {
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    })
    expect(reply.status).toBe(204)
    expect(reply.headers.get('access-control-allow-origin')).toBe('*')
    expect(reply.headers.get('access-control-allow-methods')).toContain('POST')
    expect(reply.headers.get('access-control-allow-headers')).toBe('authorization, content-type')
    expect(reply.headers.get('access-control-expose-headers')).toContain('x-tt-logid')
    expect(reply.headers.get('x-tt-logid')).toMatch(LOG_ID)
    expect(served.current.fake.requests).toHaveLength(0)
  })

  it('puts CORS headers and a fresh log id on every kind of answer', async () => {
    const { call, fake } = served.current
    fake.fault({ path: '/open-apis/faulty', kind: 'status', status: 503 })
    const replies = await Promise.all([
      call('POST', '/open-apis/auth/v3/tenant_access_token/internal', { json: {} }),
      call('GET', '/open-apis/contact/v3/users/batch_get_id'),
      call('GET', '/open-apis/nothing/here'),
      call('GET', '/elsewhere'),
      call('GET', '/open-apis/faulty'),
    ])
    const ids = replies.map((r) => r.headers.get('x-tt-logid'))
    for (const [i, reply] of replies.entries()) {
      expect(ids[i]).toMatch(LOG_ID)
      expect(reply.headers.get('access-control-allow-origin')).toBe('*')
    }
    expect(new Set(ids).size).toBe(replies.length)
  })

  it('stamps log ids with the fake clock in Beijing time', async () => {
    const fake = createFakeFeishu({ now: Date.UTC(2024, 10, 4, 8, 23, 26) / 1000 })
    const res = await fake.fetch('/open-apis/none')
    expect(res.headers.get('x-tt-logid')).toMatch(/^20241104162326[0-9A-F]{20}$/)
    fake.advance(61)
    expect((await fake.fetch('/open-apis/none')).headers.get('x-tt-logid')?.slice(0, 14)).toBe('20241104162427')
  })
})

describe('routes', () => {
  it('wraps plain data in the success envelope and passes decoded path params', async () => {
    const { fake, call } = served.current
    fake.route({ method: 'GET', path: '/open-apis/test/v1/things/:thing_id/parts/:part', handler: ({ params }) => params })
    const token = await served.current.tenantToken()
    const reply = await call('GET', '/open-apis/test/v1/things/a%20b/parts/7', { token })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(reply.json).toEqual({ code: 0, msg: 'success', data: { thing_id: 'a b', part: '7' } })
  })

  it('sends a Response as is, with the log id and CORS added', async () => {
    const { fake, call } = served.current
    fake.route({ method: 'GET', path: '/open-apis/test/v1/file', tokens: [], handler: () => new Response('bytes', { headers: { 'content-disposition': 'attachment; filename="a.txt"' } }) })
    const reply = await call('GET', '/open-apis/test/v1/file')
    expect([reply.text, reply.headers.get('content-disposition')]).toEqual(['bytes', 'attachment; filename="a.txt"'])
    expect(reply.headers.get('x-tt-logid')).toMatch(LOG_ID)
  })

  it('turns fakeError (returned or thrown) into the error envelope with details', async () => {
    const { fake, call } = served.current
    fake.route({ method: 'GET', path: '/open-apis/test/v1/bad', tokens: [], handler: () => fakeError(230002, 'Bot is not in the chat') })
    fake.route({
      method: 'GET',
      path: '/open-apis/test/v1/old',
      tokens: [],
      handler: () => {
        throw fakeError(1254043, 'RecordIdNotFound', 200, { details: [{ key: 'record_id', value: 'rec1' }] })
      },
    })
    const bad = await call('GET', '/open-apis/test/v1/bad')
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual({
      code: 230002,
      msg: 'Bot is not in the chat',
      error: {
        log_id: bad.headers.get('x-tt-logid'),
        troubleshooter: expect.stringMatching(/^排查建议查看\(Troubleshooting suggestions\): https:\/\/open\.feishu\.cn\/search\?from=openapi&log_id=\w+&code=230002&method_id=\d+$/),
      },
    })
    const old = await call('GET', '/open-apis/test/v1/old')
    expect([old.status, old.json.code]).toEqual([200, 1254043])
    expect(old.json.error).toMatchObject({ details: [{ key: 'record_id', value: 'rec1' }] })
  })

  it('answers 500 with the message when a handler throws something else', async () => {
    const { fake, call } = served.current
    fake.route({ method: 'GET', path: '/open-apis/test/v1/buggy', tokens: [], handler: () => { throw new Error('oops') } })
    const reply = await call('GET', '/open-apis/test/v1/buggy')
    expect([reply.status, reply.json.msg]).toEqual([500, 'fake route GET /open-apis/test/v1/buggy threw: Error: oops'])
  })

  it('answers 404 JSON for unknown /open-apis/ paths and methods, plain 404 elsewhere', async () => {
    const { call } = served.current
    const unknown = await call('GET', '/open-apis/nothing/v1/here')
    expect(unknown.status).toBe(404)
    expect(unknown.json).toMatchObject({ code: 404, msg: '404 page not found', error: { log_id: unknown.headers.get('x-tt-logid') } })
    // An unknown method on a known path (its module is learned on demand, and has no GET there).
    expect((await call('GET', '/open-apis/auth/v3/tenant_access_token/internal')).status).toBe(404)
    const outside = await call('GET', '/favicon.ico')
    expect([outside.status, outside.text]).toEqual([404, '404 page not found'])
  })

  it('lets a newer route override a built-in one, until it is removed', async () => {
    const { fake, call } = served.current
    const path = '/open-apis/contact/v3/users/batch_get_id'
    const remove = fake.route({ method: 'POST', path, tokens: [], handler: () => ({ user_list: [] }) })
    expect((await call('POST', path, { json: { emails: ['x@y.z'] } })).json.data).toEqual({ user_list: [] })
    remove()
    expect((await call('POST', path, { json: { emails: ['x@y.z'] } })).json.code).toBe(99991661)
  })

  it('gives handlers the parsed body, headers and an unread copy of the request', async () => {
    const { fake, call } = served.current
    fake.route({
      method: 'POST',
      path: '/open-apis/test/v1/echo',
      tokens: [],
      handler: async ({ body, headers, request }) => ({ body, trace: headers.get('x-trace'), raw: await request.text() }),
    })
    const reply = await call('POST', '/open-apis/test/v1/echo', { json: { a: [1, 2] }, headers: { 'x-trace': 't1' } })
    expect(reply.json.data).toEqual({ body: { a: [1, 2] }, trace: 't1', raw: '{"a":[1,2]}' })
  })
})

describe('request log and reset', () => {
  it('logs method, path, query, lower-case headers, parsed body, caller and status', async () => {
    const { fake, call } = served.current
    const token = await served.current.tenantToken()
    fake.clearRequests()
    await call('POST', '/open-apis/contact/v3/users/batch_get_id?user_id_type=union_id', {
      token,
      json: { emails: ['a@b.c'] },
      headers: { 'X-Custom': 'Yes' },
    })
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: '/open-apis/contact/v3/users/batch_get_id',
        query: { user_id_type: 'union_id' },
        headers: expect.objectContaining({ authorization: `Bearer ${token}`, 'x-custom': 'Yes', 'content-type': 'application/json; charset=utf-8' }),
        body: { emails: ['a@b.c'] },
        caller: { kind: 'tenant', appId: FAKE_APP_ID, tenantKey: FAKE_TENANT_KEY },
        status: 200,
        time: expect.any(Number),
      },
    ])
  })

  it('logs form bodies as fields and multipart bodies as a summary of fields and files', async () => {
    const { fake, url } = served.current
    fake.route({ method: 'POST', path: '/open-apis/im/v1/images', tokens: [], handler: ({ body }) => ({ isForm: body instanceof FormData }) })
    const form = new FormData()
    form.append('image_type', 'message')
    form.append('image', new Blob([new Uint8Array(5)], { type: 'image/png' }), 'dot.png')
    const res = await fetch(`${url}/open-apis/im/v1/images`, { method: 'POST', body: form })
    expect(await res.json()).toMatchObject({ data: { isForm: true } })
    await served.current.call('POST', '/oauth/v3/token', { form: { grant_type: 'x', scope: 'a' } })
    expect(fake.requests.map((r) => r.body)).toEqual([
      { image_type: 'message', image: { filename: 'dot.png', type: 'image/png', size: 5 } },
      { grant_type: 'x', scope: 'a' },
    ])
  })

  it('reset() restores a fresh state but keeps routes', async () => {
    const fake = createFakeFeishu({ now: 1_000_000 })
    fake.route({ method: 'GET', path: '/open-apis/test/v1/kept', tokens: [], handler: () => ({ kept: true }) })
    fake.addApp({ appId: 'cli_1234123412341234', appSecret: 'x', appType: 'marketplace' })
    const token = fake.issueToken({ kind: 'tenant' })
    fake.advance(100)
    fake.rateLimit({ times: 5 })
    await fake.fetch('/open-apis/test/v1/kept')
    fake.reset()
    expect(fake.now()).toBe(1_000_000)
    expect(fake.requests).toHaveLength(0)
    expect(fake.appTicket('cli_1234123412341234')).toBeUndefined()
    const kept = await fake.fetch('/open-apis/test/v1/kept')
    expect(await kept.json()).toEqual({ code: 0, msg: 'success', data: { kept: true } })
    const res = await fake.fetch('/open-apis/contact/v3/users/batch_get_id', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"emails":[]}',
    })
    expect(((await res.json()) as { code: number }).code).toBe(99991663)
  })
})
