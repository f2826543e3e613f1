import { format, inspect } from 'node:util'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext } from '../../src/core/context.ts'
import { isLarkAuthError, isLarkValidationError, type LarkAuthError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import { getToken } from '../../src/core/token/fetch-token.ts'
import type { ClientAssertionRequest } from '../../src/core/types.ts'
import { captureLogger, dumpError, startFake } from '../helpers.ts'

const APP = 'cli_keyless0123456789'
const server = await startFake()
const { fake } = server
const audience = new URL(server.url).host
afterAll(() => server.close())
beforeEach(() => {
  fake.reset()
  fake.addApp({ appId: APP, clientAssertion: true })
  fake.route({ method: 'GET', path: '/open-apis/demo/v1/who', handler: ({ caller }) => ({ kind: caller?.kind, app: caller?.appId }) })
})

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** An unsigned-looking JWT with the claims the fake checks (it does not verify signatures). */
function jwt(claims: Record<string, unknown> = {}): string {
  const payload = { iss: APP, sub: APP, aud: audience, exp: fake.now() + 300, jti: Math.random().toString(36).slice(2), ...claims }
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`
}

/** A provider that records what it was asked and every assertion it handed out. */
function recorder(make: (req: ClientAssertionRequest) => string | Promise<string> = () => jwt()) {
  const calls: ClientAssertionRequest[] = []
  const issued: string[] = []
  const provider = async (req: ClientAssertionRequest) => {
    calls.push(req)
    const value = await make(req)
    issued.push(value)
    return value
  }
  return { provider, calls, issued }
}

const keyless = (provider: (req: ClientAssertionRequest) => string | Promise<string>, extra: Parameters<typeof server.context>[0] = {}) =>
  server.context({ appId: APP, appSecret: undefined, clientAssertion: provider, ...extra })

const tokenRequests = () => fake.requests.filter((r) => r.path === '/oauth/v3/token')

function printed(ctx: object): string[] {
  return [format('%o', ctx), format('%O', ctx), format('%j', ctx), inspect(ctx, { showHidden: true, depth: Infinity }), JSON.stringify(ctx)]
}

describe('keyless apps (clientAssertion)', () => {
  it('gets a tenant token with an assertion and calls an endpoint with it', async () => {
    const { provider, calls } = recorder()
    const ctx = keyless(provider)
    const res = await request<{ code: number; msg: string; data: { kind: string; app: string } }>(ctx, { method: 'GET', path: '/open-apis/demo/v1/who' })
    expect(res.data).toEqual({ kind: 'tenant', app: APP })
    expect(calls).toHaveLength(1)
    // The provider learns the OAuth host (with port) as the audience, and the app.
    expect(calls[0]?.audience).toBe(audience)
    expect(calls[0]?.appId).toBe(APP)
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal)
    // The grant went to the OAuth token endpoint, never to the app-secret endpoints.
    expect(tokenRequests()).toHaveLength(1)
    const body = tokenRequests()[0]?.body as Record<string, unknown>
    expect(body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_id: APP,
    })
    expect(body).not.toHaveProperty('client_secret')
    expect(fake.requests.some((r) => r.path.startsWith('/open-apis/auth/v3/'))).toBe(false)
    // Cached: a second call asks the provider nothing.
    await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/who' })
    expect(calls).toHaveLength(1)
  })

  it('the audience follows accountsUrl', async () => {
    const { provider, calls } = recorder((req) => jwt({ aud: req.audience }))
    const ctx = keyless(provider, { accountsUrl: server.url.replace('127.0.0.1', 'localhost') })
    await getToken(ctx, 'tenant')
    expect(calls[0]?.audience).toBe(audience.replace('127.0.0.1', 'localhost'))
  })

  it('concurrent calls share one token fetch and one assertion', async () => {
    const { provider, calls } = recorder(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      return jwt()
    })
    const ctx = keyless(provider)
    const results = await Promise.all(Array.from({ length: 8 }, () => request(ctx, { method: 'GET', path: '/open-apis/demo/v1/who' })))
    expect(results).toHaveLength(8)
    expect(calls).toHaveLength(1)
    expect(tokenRequests()).toHaveLength(1)
    expect(fake.tokenRequests.tenant).toBe(1)
  })

  it('a provider that throws gives a LarkAuthError, and nothing is sent', async () => {
    const logger = captureLogger()
    const ctx = keyless(() => Promise.reject(new Error('signer down')), { logger, logLevel: 'debug' })
    const error = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/who' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect((error as LarkAuthError).reason).toBe('the clientAssertion provider failed')
    expect((error as Error).message).not.toContain('signer down')
    expect(((error as Error).cause as Error).message).toBe('signer down')
    expect(fake.requests).toHaveLength(0)
  })

  it('a provider returning nothing, or hanging, gives a LarkAuthError', async () => {
    const empty = await getToken(keyless(() => ''), 'tenant').catch((e: unknown) => e)
    expect((empty as LarkAuthError).reason).toMatch(/returned no assertion/)
    let aborted = false
    const hanging = keyless(({ signal }) => new Promise<string>(() => signal.addEventListener('abort', () => (aborted = true))), { timeout: 50 })
    const late = await getToken(hanging, 'tenant').catch((e: unknown) => e)
    expect(isLarkAuthError(late)).toBe(true)
    expect((late as LarkAuthError).reason).toMatch(/did not answer within 50 ms/)
    expect(aborted).toBe(true)
    expect(fake.requests).toHaveLength(0)
  })

  it('a bad assertion is refused with the platform code (invalid_client, 20002)', async () => {
    for (const bad of [jwt({ aud: 'accounts.example.com' }), jwt({ exp: fake.now() - 1 }), jwt({ iss: 'cli_other' }), 'not-a-jwt']) {
      const error = await getToken(keyless(() => bad), 'tenant').catch((e: unknown) => e)
      expect(isLarkAuthError(error)).toBe(true)
      expect(error).toMatchObject({ code: 20002, oauthError: 'invalid_client', endpoint: 'POST /oauth/v3/token' })
      expect(dumpError(error)).not.toContain(bad)
    }
    // An app with a secret is not keyless: its assertions are refused too.
    fake.addApp({ appId: 'cli_withsecret0123456', appSecret: 'secret-of-the-other-app' })
    const other = await getToken(
      server.context({ appId: 'cli_withsecret0123456', appSecret: undefined, clientAssertion: () => jwt({ iss: 'cli_withsecret0123456', sub: 'cli_withsecret0123456' }) }),
      'tenant',
    ).catch((e: unknown) => e)
    expect(other).toMatchObject({ code: 20002, oauthError: 'invalid_client' })
  })

  it('a custom verify on the fake decides', async () => {
    fake.addApp({ appId: APP, clientAssertion: { verify: (value, expected) => value === 'fixed-assertion' && expected.audience === audience } })
    await expect(getToken(keyless(() => 'fixed-assertion'), 'tenant')).resolves.toMatch(/^t-/)
    await expect(getToken(keyless(() => 'other-assertion'), 'tenant')).rejects.toMatchObject({ code: 20002 })
  })

  it('an app token cannot be fetched keyless: a clear LarkAuthError, nothing sent', async () => {
    const { provider, calls } = recorder()
    const error = await request(keyless(provider), { method: 'GET', path: '/open-apis/demo/v1/who', tokenType: 'app' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect((error as Error).message).toMatch(/needs a app_access_token, and fetching one needs appSecret/)
    expect(calls).toHaveLength(0)
    expect(fake.requests).toHaveLength(0)
  })

  it('createContext checks the option', () => {
    const issues = (options: Parameters<typeof createContext>[0]) => {
      try {
        createContext(options)
        return []
      } catch (error) {
        expect(isLarkValidationError(error)).toBe(true)
        return (error as { issues: { path: string; message: string }[] }).issues.map((i) => `${i.path}: ${i.message}`)
      }
    }
    const instead = 'clientAssertion: must be a function, and comes instead of appSecret'
    expect(issues({ appId: APP, clientAssertion: 'eyJ...' as never })).toEqual([instead])
    expect(issues({ clientAssertion: () => 'x' })).toEqual(['appId: is required with appSecret or clientAssertion'])
    expect(issues({ appId: APP, appSecret: 's', clientAssertion: () => 'x' })).toEqual([instead])
    // Marketplace apps need their secret (app tickets): keyless is for self-built apps.
    expect(issues({ appId: APP, appType: 'marketplace', clientAssertion: () => 'x' })).toEqual(['appSecret: a marketplace app needs appId and appSecret'])
    expect(issues({ appId: APP, clientAssertion: () => 'x' })).toEqual([])
  })

  it('the assertion never shows in errors, logs or the printed context', async () => {
    const logger = captureLogger()
    const { provider, issued } = recorder()
    const ctx = keyless(provider, { logger, logLevel: 'debug' })
    await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/who' })
    const refused = jwt({ aud: 'wrong.example.com' })
    // The platform echoing the assertion in its description is scrubbed as well.
    fake.route({
      method: 'POST',
      path: '/oauth/v3/token',
      tokens: [],
      handler: ({ body }) =>
        new Response(JSON.stringify({ code: 20002, error: 'invalid_client', error_description: `bad ${(body as { client_assertion: string }).client_assertion}` }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    })
    const error = await getToken(keyless(() => refused, { logger, logLevel: 'debug' }), 'tenant').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 20002, oauthError: 'invalid_client' })
    expect((error as Error).message).toContain('bad [hidden]')
    const secrets = [...issued, refused]
    const everything = [dumpError(error), ...logger.lines, ...printed(ctx)].join('\n')
    for (const secret of secrets) expect(everything).not.toContain(secret)
    expect(logger.lines.some((l) => l.includes('/oauth/v3/token'))).toBe(true)
    expect(inspect(ctx)).toContain("clientAssertion: '[provider]'")
    expect(Object.keys(ctx)).not.toContain('clientAssertion')
    expect(ctx.clientAssertion).toBe(provider)
  })
})
