import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createContext, withMiddleware } from '../../src/core/context.ts'
import { endpoint } from '../../src/core/endpoint.ts'
import { isLarkAuthError, isLarkValidationError } from '../../src/core/errors.ts'
import { request } from '../../src/core/raw-request.ts'
import type { Middleware } from '../../src/core/types.ts'
import { array, looseObject, maxLength, optional, picklist, pipe, string, boolean } from 'valibot'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

/** The endpoint as the generator shapes it, so the core is tested through the same path. */
const batchGetUserId = endpoint<
  { query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }; body: { emails?: string[]; mobiles?: string[]; include_resigned?: boolean } },
  { user_list?: Array<{ user_id?: string; email?: string; mobile?: string }> }
>({
  id: 'contact.v3.user.batch_get_id',
  method: 'POST',
  path: '/open-apis/contact/v3/users/batch_get_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        emails: optional(pipe(array(string()), maxLength(50))),
        mobiles: optional(pipe(array(string()), maxLength(50))),
        include_resigned: optional(boolean()),
      }),
    }),
})

describe('createContext', () => {
  it('returns a frozen plain object that does not show the secret', () => {
    const ctx = createContext({ appId: 'cli_1', appSecret: 'sssh-secret' })
    expect(Object.isFrozen(ctx)).toBe(true)
    expect(ctx.appSecret).toBe('sssh-secret')
    expect(Object.keys(ctx)).not.toContain('appSecret')
    expect(JSON.stringify(ctx)).not.toContain('sssh-secret')
    expect(ctx.baseUrl).toBe('https://open.feishu.cn')
    expect(createContext({ domain: 'lark' }).accountsUrl).toBe('https://accounts.larksuite.com')
    expect(createContext({ domain: 'http://127.0.0.1:8080/' }).baseUrl).toBe('http://127.0.0.1:8080')
  })

  it('fails fast naming every bad option', () => {
    const bad = { appSecret: 'x', domain: 'ftp://nope', timeout: -1, logLevel: 'loud', retry: { tries: 3 }, tokenStore: {} }
    try {
      createContext(bad as never)
      expect.unreachable()
    } catch (error) {
      expect(isLarkValidationError(error)).toBe(true)
      const paths = (error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)
      expect(paths).toEqual(['appId', 'domain', 'tokenStore', 'timeout', 'retry.tries', 'logLevel'])
      expect((error as Error).message).not.toContain('"x"')
    }
  })

  it('lets a browser-style context without a secret call with a user token only', async () => {
    const ctx = createContext({ domain: server.url, logLevel: 'silent' })
    const code = fake.issueAuthCode({ appId: 'cli_a1b2c3d4e5f60718' })
    expect(typeof code).toBe('string')
    const missing = await batchGetUserId(ctx, { body: { emails: ['a@example.com'] } }).catch((e: unknown) => e)
    expect(isLarkAuthError(missing)).toBe(true)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('endpoint calls', () => {
  it('resolves to the data of batch_get_id with seeded users', async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann', user_id: 'u_ann' }])
    const ctx = server.context()
    const data = await batchGetUserId(ctx, { query: { user_id_type: 'user_id' }, body: { emails: ['ann@example.com'] } })
    expect(data.user_list).toEqual([expect.objectContaining({ email: 'ann@example.com', user_id: 'u_ann' })])
  })

  it('rejects bad input with a validation error naming field and endpoint, sending nothing', async () => {
    const ctx = server.context()
    const error = await batchGetUserId(ctx, { body: { emails: ['ok', 42 as unknown as string] } }).catch((e: unknown) => e)
    expect(isLarkValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^contact\.v3\.user\.batch_get_id: invalid input: body\.emails\.1: /)
    expect(fake.requests).toHaveLength(0)
  })

  it('skips validation when the context or the call says so', async () => {
    const input = { query: { user_id_type: 'nope' as 'open_id' }, body: { emails: ['x@example.com'] } }
    const off = server.context({ validate: false })
    const error = await batchGetUserId(off, input).catch((e: unknown) => e)
    expect(isLarkValidationError(error)).toBe(false)
    expect(fake.requests.some((r) => r.path === batchGetUserId.spec.path)).toBe(true)
    fake.clearRequests()
    await batchGetUserId(server.context(), input, { validate: false }).catch(() => undefined)
    expect(fake.requests.some((r) => r.path === batchGetUserId.spec.path)).toBe(true)
  })
})

describe('per-call options', () => {
  it('sends a user token from options as is and fetches nothing', async () => {
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/me', tokens: ['user'], handler: ({ caller }) => ({ open_id: caller?.openId }) })
    const { accessToken } = await fake.issueUserToken({ appId: 'cli_a1b2c3d4e5f60718' })
    const ctx = server.context()
    const body = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/me', tokenType: 'user' }, { userAccessToken: accessToken })
    expect(body.data).toEqual({ open_id: expect.stringMatching(/^ou_/) })
    expect(fake.requests.at(-1)?.headers.authorization).toBe(`Bearer ${accessToken}`)
    expect(fake.tokenRequests).toMatchObject({ tenant: 0, app: 0 })
  })

  it('asks for a user token when an endpoint takes only that', async () => {
    const error = await request(server.context(), { method: 'GET', path: '/open-apis/demo/v1/me', tokenType: 'user' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error) && error.message).toBe('GET /open-apis/demo/v1/me: needs a user access token: pass options.userAccessToken')
  })

  it('with manualTokens, never fetches and asks for the token in options', async () => {
    const ctx = server.context({ manualTokens: true })
    const error = await batchGetUserId(ctx, { body: { emails: ['a@b.c'] } }).catch((e: unknown) => e)
    expect(isLarkAuthError(error) && error.message).toContain('manualTokens is on: pass options.tenantAccessToken')
    expect(fake.tokenRequests.tenant).toBe(0)
  })

  it('adds headers from options and sends query arrays as repeated keys', async () => {
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/echo', handler: ({ query, headers }) => ({ ids: query.getAll('ids'), trace: headers.get('x-trace') }) })
    const body = await request(server.context(), { method: 'GET', path: '/open-apis/demo/v1/echo', query: { ids: ['a', 'b'] } }, { headers: { 'x-trace': 't1' } })
    expect(body.data).toEqual({ ids: ['a', 'b'], trace: 't1' })
    expect(fake.requests.at(-1)?.query).toEqual({ ids: ['a', 'b'] })
  })
})

describe('middleware', () => {
  it('runs user middleware outermost, sees every attempt, and can change the request', async () => {
    const seen: string[] = []
    const tag: Middleware = async (req, next) => {
      seen.push(`${req.method} ${new URL(req.url).pathname} auth=${'authorization' in req.headers}`)
      const res = await next({ ...req, headers: { ...req.headers, 'x-from-middleware': 'yes' } })
      seen.push(`status ${res.status}`)
      return res
    }
    const base = server.context()
    const ctx = withMiddleware(base, tag)
    expect(ctx).not.toBe(base)
    expect(base.middleware).toHaveLength(0)
    await batchGetUserId(ctx, { body: { emails: ['a@b.c'] } })
    expect(seen).toEqual(['POST /open-apis/contact/v3/users/batch_get_id auth=false', 'status 200'])
    expect(fake.requests.at(-1)?.headers['x-from-middleware']).toBe('yes')
    // Token requests never pass through user middleware: their bodies hold the app secret.
    expect(seen.some((line) => line.includes('tenant_access_token'))).toBe(false)
  })
})
