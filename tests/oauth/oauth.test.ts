import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { isLarkAuthError } from '../../src/core/errors.ts'
import { authorizeUrl, createPkce, exchangeCode, getStoredUserToken, getUserAccessToken, refreshUserToken } from '../../src/oauth/index.ts'
import { FAKE_APP_ID } from '../../src/testing/index.ts'
import { captureLogger, startFake } from '../helpers.ts'
import { createMemoryStore } from '../../src/core/token/memory-store.ts'
import type { TokenStore } from '../../src/core/types.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

describe('OAuth user tokens', () => {
  it('builds the authorization URL on the accounts host that follows the domain', async () => {
    const ctx = server.context()
    const url = new URL(authorizeUrl(ctx, { redirectUri: 'https://app.example.com/cb', scope: ['contact:user', 'offline_access'], state: 's1' }))
    expect(`${url.origin}${url.pathname}`).toBe(`${server.url}/open-apis/authen/v1/authorize`)
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: FAKE_APP_ID, redirect_uri: 'https://app.example.com/cb', scope: 'contact:user offline_access', state: 's1' })
  })

  it('follows the authorize redirect, exchanges the code with PKCE and stores the tokens', async () => {
    const ctx = server.context()
    const pkce = await createPkce()
    const url = authorizeUrl(ctx, { redirectUri: 'https://app.example.com/cb', scope: 'offline_access', state: 'xyz', codeChallenge: pkce.challenge })
    const redirect = await fetch(url, { redirect: 'manual' })
    expect(redirect.status).toBe(302)
    const back = new URL(redirect.headers.get('location')!)
    expect(back.searchParams.get('state')).toBe('xyz')
    const token = await exchangeCode(ctx, { code: back.searchParams.get('code')!, redirectUri: 'https://app.example.com/cb', codeVerifier: pkce.verifier, storeAs: 'alice' })
    expect(token.accessToken).toMatch(/^u-/)
    expect(token.refreshToken).toBeTruthy()
    expect(await getStoredUserToken(ctx, 'alice')).toEqual(token)
    expect(await getUserAccessToken(ctx, 'alice')).toBe(token.accessToken)
    const grant = fake.requests.find((r) => r.path === '/oauth/v3/token')
    expect(grant?.body).toMatchObject({ grant_type: 'authorization_code', client_id: FAKE_APP_ID, code_verifier: pkce.verifier })
  })

  it('fails with an auth error carrying the OAuth code when the verifier is wrong', async () => {
    const ctx = server.context()
    const pkce = await createPkce()
    const code = fake.issueAuthCode({ appId: FAKE_APP_ID, scope: 'offline_access', codeChallenge: pkce.challenge })
    const error = await exchangeCode(ctx, { code, codeVerifier: 'wrong-verifier-wrong-verifier-wrong-verifier' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect((error as Error).message).toContain('invalid_grant')
  })

  it('refreshes once for concurrent callers and stores the rotated refresh token', async () => {
    const ctx = server.context()
    const first = await exchangeCode(ctx, { code: fake.issueAuthCode({ appId: FAKE_APP_ID, scope: 'offline_access' }), storeAs: 'bob' })
    // A margin longer than the token's life makes every caller see it as about to expire.
    const tokens = await Promise.all(Array.from({ length: 10 }, () => getUserAccessToken(ctx, 'bob', { marginSeconds: 7200 })))
    expect(new Set(tokens).size).toBe(1)
    expect(tokens[0]).not.toBe(first.accessToken)
    expect(fake.tokenRequests.refresh).toBe(1)
    const stored = await getStoredUserToken(ctx, 'bob')
    expect(stored?.refreshToken).not.toBe(first.refreshToken)
    // The old refresh token is single-use: the platform refuses it now.
    await ctx.tokenStore.set('larkfn:' + new URL(server.url).host + ':' + FAKE_APP_ID + ':user:carol', first)
    const reused = await refreshUserToken(ctx, 'carol').catch((e: unknown) => e)
    expect(isLarkAuthError(reused) && reused.code).toBe(20073)
  })

  it('uses the token another instance stored when its refresh lost the race', async () => {
    const ctxA = server.context()
    const store = ctxA.tokenStore
    await exchangeCode(ctxA, { code: fake.issueAuthCode({ appId: FAKE_APP_ID, scope: 'offline_access' }), storeAs: 'dan' })
    const stale = await getStoredUserToken(ctxA, 'dan')
    const fresh = await refreshUserToken(ctxA, 'dan')
    // Instance B still holds the old pair in memory and tries it; the store already has A's result.
    const key = 'larkfn:' + new URL(server.url).host + ':' + FAKE_APP_ID + ':user:dan'
    const original = store.get.bind(store)
    let first = true
    const racing = { ...store, get: async (k: string) => (k === key && first ? ((first = false), stale) : original(k)) }
    const result = await refreshUserToken(server.context({ tokenStore: racing }), 'dan')
    expect(result.accessToken).toBe(fresh.accessToken)
    expect(fake.tokenRequests.refresh).toBe(2)
  })

  it('reports a missing stored token clearly', async () => {
    const error = await getUserAccessToken(server.context(), 'nobody').catch((e: unknown) => e)
    expect(isLarkAuthError(error) && error.message).toBe("oauth.getUserAccessToken: no user token stored for 'nobody': run exchangeCode first")
  })

  it('both instances end with the rotated tokens when store writes are slow', async () => {
    // One shared store (think Redis) seen by two instances: different objects, so no shared
    // in-process single flight; each write takes 300 ms to land.
    const shared = createMemoryStore()
    const instance = (): TokenStore => ({
      get: (k) => shared.get(k),
      set: (k, v, ttl) => new Promise((r) => setTimeout(() => r(shared.set(k, v, ttl)), 300)),
      delete: (k) => shared.delete(k),
    })
    const a = server.context({ tokenStore: instance() })
    const b = server.context({ tokenStore: instance() })
    await exchangeCode(a, { code: fake.issueAuthCode({ appId: FAKE_APP_ID, scope: 'offline_access' }), storeAs: 'erin' })
    const [ra, rb] = await Promise.all([refreshUserToken(a, 'erin'), refreshUserToken(b, 'erin')])
    expect(ra.accessToken).toBe(rb.accessToken)
    // One grant: the store-wide lease lets one instance refresh; the other reads its rotated pair.
    expect(fake.tokenRequests.refresh).toBe(1)
  })

  it('warns when the authorization URL has no state or no PKCE challenge', () => {
    const logger = captureLogger()
    const ctx = server.context({ logger, logLevel: 'warn' })
    authorizeUrl(ctx, { redirectUri: 'https://app.example.com/cb' })
    authorizeUrl(ctx, { redirectUri: 'https://app.example.com/cb', state: 's' })
    authorizeUrl(ctx, { redirectUri: 'https://app.example.com/cb', state: 's', codeChallenge: 'c' })
    expect(logger.lines).toEqual([
      'warn [larkfn] oauth.authorizeUrl without state and codeChallenge (PKCE, createPkce): pass a random state and check it on the redirect, and a PKCE challenge ',
      'warn [larkfn] oauth.authorizeUrl without codeChallenge (PKCE, createPkce): pass a random state and check it on the redirect, and a PKCE challenge ',
    ])
  })
})
