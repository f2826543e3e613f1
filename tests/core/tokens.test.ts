import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import { isLarkAuthError } from '../../src/core/errors.ts'
import { appTicketKey } from '../../src/core/token/keys.ts'
import { createMemoryStore } from '../../src/core/token/memory-store.ts'
import type { TokenStore } from '../../src/core/types.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

const me = { method: 'POST', path: '/open-apis/contact/v3/users/batch_get_id', body: { emails: ['test.user@example.com'] } } as const

/** A store that records each `set` (key and TTL), backed by the default memory store. */
function recordingStore(): TokenStore & { sets: Array<{ key: string; ttl?: number }> } {
  const inner = createMemoryStore()
  const sets: Array<{ key: string; ttl?: number }> = []
  return { sets, get: (k) => inner.get(k), delete: (k) => inner.delete(k), set: (k, v, ttl) => (sets.push({ key: k, ttl }), inner.set(k, v, ttl)) }
}

describe('self-built app tokens', () => {
  it('fetches a tenant token once from the internal endpoint and reuses it from the store', async () => {
    const store = recordingStore()
    const ctx = server.context({ tokenStore: store })
    await request(ctx, me)
    await request(ctx, me)
    expect(fake.tokenRequests.tenant).toBe(1)
    const token = fake.requests.find((r) => r.path === '/open-apis/auth/v3/tenant_access_token/internal')
    expect(token?.body).toEqual({ app_id: 'cli_a1b2c3d4e5f60718', app_secret: 'secret-self-built' })
    expect(store.sets).toHaveLength(1)
    expect(store.sets[0]?.key).toMatch(/^larkfn:127\.0\.0\.1:\d+:cli_a1b2c3d4e5f60718:tenant$/)
    // TTL = expire (7200 s) minus the default 180 s margin.
    expect(store.sets[0]?.ttl).toBe((7200 - 180) * 1000)
    const calls = fake.requests.filter((r) => r.path === me.path)
    expect(calls.map((r) => r.headers.authorization)).toEqual([calls[0]?.headers.authorization, calls[0]?.headers.authorization])
    expect(calls[0]?.headers.authorization).toMatch(/^Bearer t-/)
  })

  it('fetches an app token from the internal endpoint for app-token calls', async () => {
    const ctx = server.context()
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/app_only', tokens: ['app'], handler: ({ caller }) => ({ kind: caller?.kind }) })
    const body = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/app_only', tokenType: 'app' })
    expect(body.data).toEqual({ kind: 'app' })
    expect(fake.tokenRequests.app).toBe(1)
    expect(fake.tokenRequests.tenant).toBe(0)
  })

  it('honours a custom safety margin', async () => {
    const store = recordingStore()
    await request(server.context({ tokenStore: store, tokenMargin: 600 }), me)
    expect(store.sets[0]?.ttl).toBe((7200 - 600) * 1000)
  })

  it('sends exactly one token request for 50 concurrent calls on a cold cache', async () => {
    const ctx = server.context()
    const results = await Promise.all(Array.from({ length: 50 }, () => request(ctx, me)))
    expect(results.every((r) => r.code === 0)).toBe(true)
    expect(fake.tokenRequests.tenant).toBe(1)
    expect(fake.requests.filter((r) => r.path === me.path)).toHaveLength(50)
  })

  it('fails with an auth error naming the problem when the secret is wrong, and logs no secret', async () => {
    const ctx = server.context({ appSecret: 'not-the-secret' })
    const error = await request(ctx, me).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect(String((error as Error).message)).toContain('tenant_access_token')
    expect(String((error as Error).message)).not.toContain('not-the-secret')
    expect(fake.requests.filter((r) => r.path === me.path)).toHaveLength(0)
  })
})

describe('marketplace app tokens', () => {
  const appId = 'cli_9f8e7d6c5b4a3210'
  const appSecret = 'secret-marketplace'
  const market = (extra = {}) => server.context({ appId, appSecret, appType: 'marketplace', ...extra })
  beforeEach(() => fake.addApp({ appId, appSecret, appType: 'marketplace', tenants: ['tenant_a', 'tenant_b'] }))

  it('gets the app token with the ticket from options and one tenant token per tenant key', async () => {
    const ticket = fake.appTicket(appId)
    const ctx = market({ appTicket: ticket })
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/whoami', handler: ({ caller }) => ({ tenant: caller?.tenantKey }) })
    const whoami = { method: 'GET', path: '/open-apis/demo/v1/whoami' } as const
    expect((await request(ctx, whoami, { tenantKey: 'tenant_a' })).data).toEqual({ tenant: 'tenant_a' })
    expect((await request(ctx, whoami, { tenantKey: 'tenant_b' })).data).toEqual({ tenant: 'tenant_b' })
    expect((await request(ctx, whoami, { tenantKey: 'tenant_a' })).data).toEqual({ tenant: 'tenant_a' })
    expect(fake.tokenRequests).toMatchObject({ app: 1, tenant: 2 })
    const appReq = fake.requests.find((r) => r.path === '/open-apis/auth/v3/app_access_token')
    expect(appReq?.body).toEqual({ app_id: appId, app_secret: appSecret, app_ticket: ticket })
  })

  it('reads the ticket the event dispatcher stored', async () => {
    const store = createMemoryStore()
    const ctx = market({ tokenStore: store })
    await store.set(appTicketKey(ctx), fake.appTicket(appId))
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/ok', handler: () => ({}) })
    const body = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok' }, { tenantKey: 'tenant_a' })
    expect(body.code).toBe(0)
    expect(fake.ticketResends).toHaveLength(0)
  })

  it('asks the platform to resend a missing ticket and fails with a clear auth error', async () => {
    const error = await request(market(), { method: 'GET', path: '/open-apis/demo/v1/ok' }, { tenantKey: 'tenant_a' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect((error as Error).message).toContain('no app_ticket yet')
    expect(fake.ticketResends.map((r) => r.appId)).toEqual([appId])
    expect(fake.tokenRequests.app).toBe(0)
  })

  it('drops a stale stored ticket, asks for a new one and fails clearly', async () => {
    const store = createMemoryStore()
    const ctx = market({ tokenStore: store })
    await store.set(appTicketKey(ctx), 'stale-ticket')
    const error = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/ok' }, { tenantKey: 'tenant_a' }).catch((e: unknown) => e)
    expect(isLarkAuthError(error) && error.code).toBe(10012)
    expect(await store.get(appTicketKey(ctx))).toBeUndefined()
    expect(fake.ticketResends).toHaveLength(1)
  })

  it('requires a tenant key for tenant calls', async () => {
    const error = await request(market({ appTicket: fake.appTicket(appId) }), me).catch((e: unknown) => e)
    expect(isLarkAuthError(error)).toBe(true)
    expect((error as Error).message).toContain('options.tenantKey')
  })
})
