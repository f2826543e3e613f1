import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY, FAKE_USER, s256Challenge } from '../../src/testing/index.ts'
import type { CallInit } from './serve.ts'
import { useServedFake } from './serve.ts'

const served = useServedFake()
const TOKEN = '/oauth/v3/token'
const REDIRECT = 'https://app.example.com/callback?keep=1'
const client = { client_id: FAKE_APP_ID, client_secret: FAKE_APP_SECRET }
const basic = `Basic ${btoa(`${FAKE_APP_ID}:${FAKE_APP_SECRET}`)}`

const post = (json: Record<string, unknown>, init: CallInit = {}) => served.current.call('POST', TOKEN, { json, ...init })

async function authorize(query: Record<string, string>) {
  const params = new URLSearchParams({ client_id: FAKE_APP_ID, redirect_uri: REDIRECT, ...query })
  return served.current.call('GET', `/open-apis/authen/v1/authorize?${params}`)
}

describe('authorize page', () => {
  it('approves as the default user and redirects back with code and state', async () => {
    const reply = await authorize({ scope: 'contact:user.base:readonly offline_access', state: 'st-1' })
    expect(reply.status).toBe(302)
    const location = new URL(reply.headers.get('location') ?? '')
    expect(location.origin + location.pathname).toBe('https://app.example.com/callback')
    expect(Object.fromEntries(location.searchParams)).toEqual({ keep: '1', code: expect.stringMatching(/^[0-9a-f]{32}$/), state: 'st-1' })
    const exchanged = await post({ grant_type: 'authorization_code', code: location.searchParams.get('code'), redirect_uri: REDIRECT, ...client })
    expect(exchanged.status).toBe(200)
    expect(exchanged.json).toEqual({
      code: 0,
      access_token: expect.stringMatching(/^u-[0-9a-f]{32}$/),
      expires_in: 7200,
      refresh_token: expect.stringMatching(/^ur-[0-9a-f]{32}$/),
      refresh_token_expires_in: 604800,
      scope: 'contact:user.base:readonly offline_access',
      token_type: 'Bearer',
    })
  })

  it('approves as the user chosen with authorizeAs, or denies with error=access_denied', async () => {
    const { fake } = served.current
    const ann = fake.addUser({ open_id: 'ou_ann', name: 'Ann', email: 'ann@example.com' })
    fake.authorizeAs(ann.open_id)
    const code = new URL((await authorize({})).headers.get('location') ?? '').searchParams.get('code')
    const token = (await post({ grant_type: 'authorization_code', code, ...client })).json.access_token as string
    const info = await served.current.call('GET', '/open-apis/authen/v1/user_info', { token })
    expect(info.json).toMatchObject({ code: 0, msg: 'success', data: { open_id: 'ou_ann', name: 'Ann', tenant_key: FAKE_TENANT_KEY } })
    fake.authorizeAs(null)
    const denied = new URL((await authorize({ state: 's' })).headers.get('location') ?? '')
    expect(Object.fromEntries(denied.searchParams)).toEqual({ keep: '1', error: 'access_denied', state: 's' })
  })

  it('refuses an unknown client or a missing redirect_uri with 400', async () => {
    expect((await authorize({ client_id: 'cli_nobody' })).json).toMatchObject({ error: 'invalid_request' })
    const reply = await served.current.call('GET', `/open-apis/authen/v1/authorize?client_id=${FAKE_APP_ID}`)
    expect([reply.status, reply.json.error]).toEqual([400, 'invalid_request'])
  })
})

describe('OAuth v3 token endpoint', () => {
  it('takes client credentials by HTTP Basic and form bodies, but not both ways at once (20070)', async () => {
    const { fake, call } = served.current
    const code = fake.issueAuthCode({ scope: 'offline_access' })
    const form = await call('POST', TOKEN, { form: { grant_type: 'authorization_code', code }, headers: { authorization: basic } })
    expect(form.json).toMatchObject({ code: 0, token_type: 'Bearer' })
    const both = await post(
      { grant_type: 'authorization_code', code: fake.issueAuthCode(), client_secret: FAKE_APP_SECRET },
      { headers: { authorization: basic } },
    )
    expect([both.status, both.json]).toEqual([400, { code: 20070, error: 'invalid_request', error_description: expect.any(String) }])
    expect(fake.tokenRequests.code).toBe(2)
  })

  it('answers 401 invalid_client for a wrong secret', async () => {
    const code = served.current.fake.issueAuthCode()
    const reply = await post({ grant_type: 'authorization_code', code, client_id: FAKE_APP_ID, client_secret: 'wrong' })
    expect([reply.status, reply.json.error]).toEqual([401, 'invalid_client'])
  })

  it('uses a code once, within 5 minutes, for the client it was issued to', async () => {
    const { fake } = served.current
    const code = fake.issueAuthCode()
    const first = await post({ grant_type: 'authorization_code', code, ...client })
    expect(first.json.code).toBe(0)
    expect(first.json.refresh_token).toBeUndefined()
    const again = await post({ grant_type: 'authorization_code', code, ...client })
    expect([again.status, again.json.code, again.json.error]).toEqual([400, 20065, 'invalid_grant'])
    const late = fake.issueAuthCode()
    fake.advance(300)
    expect((await post({ grant_type: 'authorization_code', code: late, ...client })).json.code).toBe(20004)
    expect((await post({ grant_type: 'authorization_code', code: 'nope', ...client })).json.code).toBe(20003)
    fake.addApp({ appId: 'cli_1111222233334444', appSecret: 'other' })
    const foreign = fake.issueAuthCode({ appId: 'cli_1111222233334444' })
    expect((await post({ grant_type: 'authorization_code', code: foreign, ...client })).json.code).toBe(20024)
  })

  it('checks redirect_uri against the authorize call', async () => {
    const code = served.current.fake.issueAuthCode({ redirectUri: REDIRECT })
    const reply = await post({ grant_type: 'authorization_code', code, redirect_uri: 'https://evil.example.com/', ...client })
    expect([reply.status, reply.json.code]).toEqual([400, 20071])
  })

  it('checks PKCE S256 when the authorize call had a challenge', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    expect(await s256Challenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
    const location = new URL(
      (await authorize({ code_challenge: await s256Challenge(verifier), code_challenge_method: 'S256' })).headers.get('location') ?? '',
    )
    const code = location.searchParams.get('code')
    const missing = await post({ grant_type: 'authorization_code', code, ...client })
    expect([missing.status, missing.json.code, missing.json.error_description]).toEqual([400, 20049, 'code_verifier is required'])
    const wrong = await post({ grant_type: 'authorization_code', code, code_verifier: 'x'.repeat(43), ...client })
    expect(wrong.json.code).toBe(20049)
    const right = await post({ grant_type: 'authorization_code', code, code_verifier: verifier, ...client })
    expect(right.json).toMatchObject({ code: 0, access_token: expect.stringMatching(/^u-/) })
  })

  it('rejects a code_verifier without a challenge on v3 but not on v2', async () => {
    const { fake, call } = served.current
    const v3 = await post({ grant_type: 'authorization_code', code: fake.issueAuthCode(), code_verifier: 'abc', ...client })
    expect([v3.status, v3.json.code]).toEqual([400, 20049])
    const v2 = await call('POST', '/open-apis/authen/v2/oauth/token', {
      json: { grant_type: 'authorization_code', code: fake.issueAuthCode(), code_verifier: 'abc', ...client },
    })
    expect(v2.json.code).toBe(0)
  })

  it('rotates refresh tokens: each is single-use (20073 on reuse), unknown is 20026, expired 20037', async () => {
    const { fake, call } = served.current
    const first = await post({ grant_type: 'authorization_code', code: fake.issueAuthCode({ scope: 'offline_access' }), ...client })
    const oldRefresh = first.json.refresh_token as string
    const refreshed = await call('POST', TOKEN, {
      form: { grant_type: 'refresh_token', refresh_token: oldRefresh, ...client },
    })
    expect(refreshed.json).toMatchObject({ code: 0, expires_in: 7200, scope: 'offline_access', refresh_token_expires_in: 604800 })
    expect(refreshed.json.refresh_token).not.toBe(oldRefresh)
    expect(refreshed.json.access_token).not.toBe(first.json.access_token)
    const reuse = await post({ grant_type: 'refresh_token', refresh_token: oldRefresh, ...client })
    expect([reuse.status, reuse.json]).toEqual([400, { code: 20073, error: 'invalid_grant', error_description: expect.any(String) }])
    expect((await post({ grant_type: 'refresh_token', refresh_token: 'ur-nope', ...client })).json.code).toBe(20026)
    fake.advance(604800)
    const expired = await post({ grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token, ...client })
    expect(expired.json.code).toBe(20037)
    expect(fake.refreshCount).toBe(4)
    expect(fake.tokenRequests).toMatchObject({ code: 1, refresh: 4 })
  })

  it('revokes refresh tokens with revokeTokens (20064) and expires them with expireToken (20037)', async () => {
    const { fake } = served.current
    const a = fake.issueUserToken({ scope: 'offline_access' })
    const b = fake.issueUserToken({ scope: 'offline_access' })
    expect(a).toMatchObject({ openId: FAKE_USER.open_id, expiresIn: 7200, refreshExpiresIn: 604800 })
    expect(fake.expireToken(b.refreshToken ?? '')).toBe(true)
    fake.revokeTokens({ kind: 'user' })
    expect((await post({ grant_type: 'refresh_token', refresh_token: a.refreshToken, ...client })).json.code).toBe(20064)
    fake.reset()
    const c = fake.issueUserToken({ scope: 'offline_access' })
    fake.expireToken(c.refreshToken ?? '')
    expect((await post({ grant_type: 'refresh_token', refresh_token: c.refreshToken, ...client })).json.code).toBe(20037)
  })

  it('refuses an unsupported grant type', async () => {
    const reply = await post({ grant_type: 'password', ...client })
    expect([reply.status, reply.json.error]).toEqual([400, 'unsupported_grant_type'])
  })
})

describe('user_info', () => {
  it('returns the user of a user token', async () => {
    const token = served.current.fake.issueToken({ kind: 'user' })
    const reply = await served.current.call('GET', '/open-apis/authen/v1/user_info', { token })
    expect(reply.json).toEqual({
      code: 0,
      msg: 'success',
      data: {
        name: FAKE_USER.name,
        en_name: FAKE_USER.en_name,
        open_id: FAKE_USER.open_id,
        union_id: FAKE_USER.union_id,
        user_id: FAKE_USER.user_id,
        email: FAKE_USER.email,
        mobile: FAKE_USER.mobile,
        tenant_key: FAKE_TENANT_KEY,
      },
    })
  })
})
