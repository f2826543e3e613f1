import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY } from '../../src/testing/index.ts'
import { LOG_ID, useServedFake } from './serve.ts'

const served = useServedFake()
const TENANT = '/open-apis/auth/v3/tenant_access_token/internal'
const APP = '/open-apis/auth/v3/app_access_token/internal'
const creds = { app_id: FAKE_APP_ID, app_secret: FAKE_APP_SECRET }
const whoami = '/open-apis/test/v1/whoami'

describe('self-built token endpoints', () => {
  it('issues a t- token for 7200 s with a flat body, HTTP 200 and a log id', async () => {
    const reply = await served.current.call('POST', TENANT, { json: creds })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(reply.headers.get('x-tt-logid')).toMatch(LOG_ID)
    expect(reply.json).toEqual({ code: 0, msg: 'ok', tenant_access_token: expect.stringMatching(/^t-[0-9a-f]{32}$/), expire: 7200 })
    expect(served.current.fake.tokenRequests).toEqual({ tenant: 1, app: 0, resend: 0, code: 0, refresh: 0, device: 0 })
  })

  it('re-issues the same token with the remaining seconds while 1800 s or more remain', async () => {
    const { call, fake } = served.current
    const first = await call('POST', TENANT, { json: creds })
    fake.advance(5400)
    const second = await call('POST', TENANT, { json: creds })
    expect(second.json.tenant_access_token).toBe(first.json.tenant_access_token)
    expect(second.json.expire).toBe(1800)
    expect(fake.tokenRequests.tenant).toBe(2)
  })

  it('issues a new token under 1800 s and keeps the old one valid until its own expiry', async () => {
    const { call, fake } = served.current
    fake.route({ method: 'GET', path: whoami, tokens: ['tenant'], handler: ({ caller }) => caller })
    const old = (await call('POST', TENANT, { json: creds })).json.tenant_access_token as string
    fake.advance(5401)
    const renewed = await call('POST', TENANT, { json: creds })
    const fresh = renewed.json.tenant_access_token as string
    expect(fresh).not.toBe(old)
    expect(renewed.json.expire).toBe(7200)
    expect((await call('GET', whoami, { token: old })).json).toMatchObject({ code: 0, data: { appId: FAKE_APP_ID } })
    fake.advance(1799)
    expect((await call('GET', whoami, { token: old })).json.code).toBe(99991663)
    expect((await call('GET', whoami, { token: fresh })).json).toMatchObject({
      code: 0,
      data: { kind: 'tenant', appId: FAKE_APP_ID, tenantKey: FAKE_TENANT_KEY },
    })
  })

  it('answers app_access_token/internal with an a- app token and the tenant token', async () => {
    const { call, fake } = served.current
    const tenant = (await call('POST', TENANT, { json: creds })).json.tenant_access_token
    const reply = await call('POST', APP, { json: creds })
    expect(reply.json).toEqual({
      code: 0,
      msg: 'ok',
      app_access_token: expect.stringMatching(/^a-[0-9a-f]{32}$/),
      expire: 7200,
      tenant_access_token: tenant,
    })
    expect(fake.tokenRequests).toMatchObject({ tenant: 1, app: 1 })
  })

  it.each([
    ['an empty body', undefined, 10003],
    ['empty strings', { app_id: '', app_secret: '' }, 10003],
    ['a missing secret', { app_id: FAKE_APP_ID }, 10003],
    ['a malformed app id', { app_id: 'nope', app_secret: 'x' }, 10003],
    ['an unknown app id', { app_id: 'cli_0000000000000000', app_secret: 'x' }, 10014],
    ['a wrong secret', { app_id: FAKE_APP_ID, app_secret: 'wrong' }, 99991543],
  ])('refuses %s with HTTP 200 and code %i', async (_name, body, code) => {
    const reply = await served.current.call('POST', TENANT, body === undefined ? {} : { json: body })
    expect(reply.status).toBe(200)
    expect(reply.json.code).toBe(code)
    expect(reply.json.tenant_access_token).toBeUndefined()
    if (code === 10003) expect(reply.json).toEqual({ code: 10003, msg: 'invalid param', data: {} })
  })
})

describe('marketplace token endpoints', () => {
  const appId = 'cli_9f8e7d6c5b4a3921'
  const appSecret = 'secret-store'
  const addStoreApp = () =>
    served.current.fake.addApp({ appId, appSecret, appType: 'marketplace', tenants: ['tenant_a', 'tenant_b'] })

  it('issues the app token only with a pushed app_ticket (10012 otherwise)', async () => {
    const { call, fake } = served.current
    addStoreApp()
    const ticket = fake.appTicket(appId)
    expect(ticket).toMatch(/^[0-9a-f]{48}$/)
    const path = '/open-apis/auth/v3/app_access_token'
    expect((await call('POST', path, { json: { app_id: appId, app_secret: appSecret } })).json.code).toBe(10012)
    expect((await call('POST', path, { json: { app_id: appId, app_secret: appSecret, app_ticket: 'bad' } })).json.code).toBe(10012)
    const ok = await call('POST', path, { json: { app_id: appId, app_secret: appSecret, app_ticket: ticket } })
    expect(ok.status).toBe(200)
    expect(ok.json).toEqual({ code: 0, msg: 'success', app_access_token: expect.stringMatching(/^a-/), expire: 7200 })
    expect(fake.tokenRequests.app).toBe(3)
  })

  it('issues one tenant token per installed tenant and refuses others', async () => {
    const { call, fake } = served.current
    addStoreApp()
    const appToken = (
      await call('POST', '/open-apis/auth/v3/app_access_token', {
        json: { app_id: appId, app_secret: appSecret, app_ticket: fake.appTicket(appId) },
      })
    ).json.app_access_token
    const tenantToken = (tenant_key: string, token = appToken) =>
      call('POST', '/open-apis/auth/v3/tenant_access_token', { json: { app_access_token: token, tenant_key } })
    const a = await tenantToken('tenant_a')
    const b = await tenantToken('tenant_b')
    expect(a.json).toEqual({ code: 0, msg: 'success', tenant_access_token: expect.stringMatching(/^t-/), expire: 7200 })
    expect(b.json.tenant_access_token).not.toBe(a.json.tenant_access_token)
    expect((await tenantToken('tenant_c')).json.code).toBe(99991662)
    expect((await tenantToken('tenant_a', 'a-unknown')).json.code).toBe(99991664)
    expect((await tenantToken('')).json).toEqual({ code: 10003, msg: 'invalid param', data: {} })
    fake.route({ method: 'GET', path: whoami, tokens: ['tenant'], handler: ({ caller }) => caller })
    const who = await call('GET', whoami, { token: b.json.tenant_access_token as string })
    expect(who.json.data).toEqual({ kind: 'tenant', appId, tenantKey: 'tenant_b' })
  })

  it('refuses a self-built app on the marketplace endpoint and the reverse with 10003', async () => {
    const { call } = served.current
    addStoreApp()
    expect((await call('POST', TENANT, { json: { app_id: appId, app_secret: appSecret } })).json.code).toBe(10003)
    const store = await call('POST', '/open-apis/auth/v3/app_access_token', { json: { ...creds, app_ticket: 'x' } })
    expect(store.json.code).toBe(10003)
  })

  it('records app_ticket resends and pushes a fresh ticket to marketplace apps; old tickets still work', async () => {
    const { call, fake } = served.current
    addStoreApp()
    fake.advance(60)
    const before = fake.appTicket(appId)
    const resend = await call('POST', '/open-apis/auth/v3/app_ticket/resend', { json: { app_id: appId, app_secret: appSecret } })
    expect(resend.json).toEqual({ code: 0, msg: 'success' })
    expect(fake.ticketResends).toEqual([{ appId, at: fake.now() }])
    const after = fake.appTicket(appId)
    expect(after).toMatch(/^[0-9a-f]{48}$/)
    expect(after).not.toBe(before)
    const old = await call('POST', '/open-apis/auth/v3/app_access_token', {
      json: { app_id: appId, app_secret: appSecret, app_ticket: before },
    })
    expect(old.json.code).toBe(0)
    await call('POST', '/open-apis/auth/v3/app_ticket/resend', { json: creds })
    expect(fake.ticketResends.map((r) => r.appId)).toEqual([appId, FAKE_APP_ID])
    expect(fake.appTicket(FAKE_APP_ID)).toBeUndefined()
    expect(fake.tokenRequests.resend).toBe(2)
    const wrong = await call('POST', '/open-apis/auth/v3/app_ticket/resend', { json: { app_id: appId, app_secret: 'no' } })
    expect([wrong.status, wrong.json.code, fake.ticketResends.length]).toEqual([200, 99991543, 2])
  })
})
