import { describe, expect, inject, it } from 'vitest'
import { runExample } from './run-example.ts'

describe('service examples', () => {
  it('node-redis/service.ts: three instances over one real Redis fetch one tenant token', async () => {
    expect(await runExample('examples/node-redis/service.ts', { REDIS_URL: inject('redisUrl') })).toEqual([
      'instance 1: found Ann',
      'instance 2: found Ann',
      'instance 3: found Ann',
      'tenant token requests for 3 instances: 1',
    ])
  }, 90_000)

  it('marketplace/app.ts: the app_ticket event enables per-tenant tokens', async () => {
    expect(await runExample('examples/marketplace/app.ts')).toEqual([
      'no ticket yet: resend requested 1 time(s)',
      'app_ticket delivered: true',
      'tenant_north: nia@north.example → found',
      'tenant_south: sol@south.example → found',
      'token requests: app 1, tenant 2',
    ])
  }, 90_000)
})
