import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_TENANT_KEY, FAKE_USER } from '../../src/testing/index.ts'
import { LOG_ID, useServedFake } from './serve.ts'

const served = useServedFake()
const TENANT_ONLY = '/open-apis/test/v1/tenant_things'
const USER_ONLY = '/open-apis/test/v1/user_things'
const APP_ONLY = '/open-apis/test/v1/app_things'

function routes() {
  const { fake } = served.current
  fake.route({ method: 'GET', path: TENANT_ONLY, tokens: ['tenant'], handler: ({ caller }) => ({ caller }) })
  fake.route({ method: 'GET', path: USER_ONLY, tokens: ['user'], handler: ({ caller }) => ({ caller }) })
  fake.route({ method: 'GET', path: APP_ONLY, tokens: ['app'], handler: ({ caller }) => ({ caller }) })
}

async function refusal(path: string, headers: Record<string, string>) {
  const reply = await served.current.call('GET', path, { headers })
  const logId = reply.headers.get('x-tt-logid')
  expect(logId).toMatch(LOG_ID)
  expect(reply.json).toMatchObject({
    error: { log_id: logId, troubleshooter: expect.stringContaining(`log_id=${logId}&code=${String(reply.json.code)}`) },
  })
  return [reply.status, reply.json.code]
}

describe('gateway token check', () => {
  it('answers 400 / 99991661 when the token is missing or empty', async () => {
    routes()
    expect(await refusal(TENANT_ONLY, {})).toEqual([400, 99991661])
    expect(await refusal(TENANT_ONLY, { authorization: '' })).toEqual([400, 99991661])
    expect(await refusal(TENANT_ONLY, { authorization: 'Bearer ' })).toEqual([400, 99991661])
    expect(await refusal(TENANT_ONLY, { authorization: 'Basic abc' })).toEqual([400, 99991661])
  })

  it('answers 99991671 for a token that is not t-/u-/a-', async () => {
    routes()
    expect(await refusal(TENANT_ONLY, { authorization: 'Bearer eyJhbGciOi.x.y' })).toEqual([400, 99991671])
  })

  it('answers 99991663 for an unknown or expired tenant token', async () => {
    routes()
    const { fake } = served.current
    expect(await refusal(TENANT_ONLY, { authorization: 'Bearer t-0123' })).toEqual([400, 99991663])
    const token = await served.current.tenantToken()
    fake.advance(7199)
    const ok = await served.current.call('GET', TENANT_ONLY, { token })
    expect(ok.json).toMatchObject({ code: 0, data: { caller: { kind: 'tenant', appId: FAKE_APP_ID, tenantKey: FAKE_TENANT_KEY } } })
    fake.advance(1)
    expect(await refusal(TENANT_ONLY, { authorization: `Bearer ${token}` })).toEqual([400, 99991663])
  })

  it('answers 99991664 for an unknown or expired app token', async () => {
    routes()
    const { fake } = served.current
    expect(await refusal(APP_ONLY, { authorization: 'Bearer a-0123' })).toEqual([400, 99991664])
    const token = fake.issueToken({ kind: 'app' })
    expect((await served.current.call('GET', APP_ONLY, { token })).json.data).toEqual({ caller: { kind: 'app', appId: FAKE_APP_ID } })
    fake.advance(7200)
    expect(await refusal(APP_ONLY, { authorization: `Bearer ${token}` })).toEqual([400, 99991664])
  })

  it('answers 99991668 for an unknown user token and 99991677 for an expired one', async () => {
    routes()
    const { fake } = served.current
    expect(await refusal(USER_ONLY, { authorization: 'Bearer u-0123' })).toEqual([400, 99991668])
    const token = fake.issueToken({ kind: 'user', scope: 'contact:user.base:readonly' })
    const ok = await served.current.call('GET', USER_ONLY, { token })
    expect(ok.json.data).toEqual({
      caller: {
        kind: 'user',
        appId: FAKE_APP_ID,
        tenantKey: FAKE_TENANT_KEY,
        openId: FAKE_USER.open_id,
        scope: 'contact:user.base:readonly',
      },
    })
    fake.advance(7200)
    expect(await refusal(USER_ONLY, { authorization: `Bearer ${token}` })).toEqual([400, 99991677])
  })

  it('answers a token of the wrong kind as an invalid token of the kind the route prefers', async () => {
    routes()
    const { fake } = served.current
    const user = fake.issueToken({ kind: 'user' })
    const tenant = fake.issueToken({ kind: 'tenant' })
    expect(await refusal(TENANT_ONLY, { authorization: `Bearer ${user}` })).toEqual([400, 99991663])
    expect(await refusal(USER_ONLY, { authorization: `Bearer ${tenant}` })).toEqual([400, 99991668])
    expect(await refusal(APP_ONLY, { authorization: `Bearer ${tenant}` })).toEqual([400, 99991664])
  })

  it('rejects revoked and force-expired tokens, so a client must drop its cache', async () => {
    routes()
    const { fake, call } = served.current
    const first = await served.current.tenantToken()
    expect(fake.revokeTokens()).toBe(1)
    expect(await refusal(TENANT_ONLY, { authorization: `Bearer ${first}` })).toEqual([400, 99991663])
    const second = await served.current.tenantToken()
    expect(second).not.toBe(first)
    expect((await call('GET', TENANT_ONLY, { token: second })).json.code).toBe(0)
    expect(fake.expireToken(second)).toBe(true)
    expect(fake.expireToken('t-never-issued')).toBe(false)
    expect(await refusal(TENANT_ONLY, { authorization: `Bearer ${second}` })).toEqual([400, 99991663])
    expect(await served.current.tenantToken()).not.toBe(second)
  })

  it('revokes by app or kind only when asked to', async () => {
    routes()
    const { fake, call } = served.current
    const tenant = fake.issueToken({ kind: 'tenant' })
    const user = fake.issueToken({ kind: 'user' })
    expect(fake.revokeTokens({ kind: 'user' })).toBe(1)
    expect((await call('GET', TENANT_ONLY, { token: tenant })).json.code).toBe(0)
    expect((await call('GET', USER_ONLY, { token: user })).json.code).toBe(99991668)
    expect(fake.revokeTokens({ appId: 'cli_other' })).toBe(0)
    expect((await call('GET', TENANT_ONLY, { token: tenant })).json.code).toBe(0)
  })

  it('records the caller of authenticated requests in the log', async () => {
    routes()
    const { fake, call } = served.current
    const token = fake.issueToken({ kind: 'tenant' })
    await call('GET', TENANT_ONLY, { token })
    await call('GET', TENANT_ONLY)
    expect(fake.requests.map((r) => [r.status, r.caller])).toEqual([
      [200, { kind: 'tenant', appId: FAKE_APP_ID, tenantKey: FAKE_TENANT_KEY }],
      [400, undefined],
    ])
  })
})
