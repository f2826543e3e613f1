import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import { appTicketKey } from '../../src/core/token/keys.ts'
import { createEventDispatcher } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { buildV1Event, createEventDelivery } from '../../src/testing/index.ts'
import { captureLogger, startFake } from '../helpers.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, post } from './helpers.ts'

const appId = 'cli_9f8e7d6c5b4a3210'
const appSecret = 'secret-marketplace'
const fake = await startFake()
afterAll(() => fake.close())
beforeEach(() => {
  fake.fake.reset()
  fake.fake.addApp({ appId, appSecret, appType: 'marketplace', tenants: ['tenant_a'] })
})

const ticketEvent = (ticket: string, forApp = appId) =>
  buildV1Event('app_ticket', { app_id: forApp, app_ticket: ticket }, { token: VERIFICATION_TOKEN, appId: forApp })

describe('the app_ticket event', () => {
  it('stores the ticket where the core reads it; the marketplace token chain then works', async () => {
    const ctx = fake.context({ appId, appSecret, appType: 'marketplace' })
    const userSaw: string[] = []
    const dispatch = createEventDispatcher({
      encryptKey: ENCRYPT_KEY,
      verificationToken: VERIFICATION_TOKEN,
      context: ctx,
      handlers: { app_ticket: (e) => void userSaw.push(e.event.app_ticket) },
    })
    const server = await listen(dispatch)
    const ticket = fake.fake.appTicket(appId)!
    const res = await post(await createEventDelivery({ url: `${server.url}/events`, encryptKey: ENCRYPT_KEY, event: ticketEvent(ticket) }))
    await server.close()
    expect(res).toEqual({ status: 200, body: {} })
    expect(await ctx.tokenStore.get(appTicketKey(ctx))).toBe(ticket)
    expect(userSaw).toEqual([ticket])

    fake.fake.route({ method: 'GET', path: '/open-apis/demo/v1/whoami', handler: ({ caller }) => ({ tenant: caller?.tenantKey }) })
    const whoami = await request(ctx, { method: 'GET', path: '/open-apis/demo/v1/whoami' }, { tenantKey: 'tenant_a' })
    expect(whoami.data).toEqual({ tenant: 'tenant_a' })
    const appReq = fake.fake.requests.find((r) => r.path === '/open-apis/auth/v3/app_access_token')
    expect(appReq?.body).toMatchObject({ app_ticket: ticket })
  })

  it('is stored with no user handler, and a newer ticket replaces the older', async () => {
    const ctx = fake.context({ appId, appSecret, appType: 'marketplace' })
    const dispatch = createEventDispatcher({ verificationToken: VERIFICATION_TOKEN, context: ctx, handlers: {} })
    for (const ticket of ['t-1', 't-2']) {
      expect((await dispatch(await createEventDelivery({ url: 'http://x/', event: ticketEvent(ticket) }))).status).toBe(200)
    }
    expect(await ctx.tokenStore.get(appTicketKey(ctx))).toBe('t-2')
  })

  it('does not store a ticket for another app id, nor one whose token is wrong', async () => {
    const logger = captureLogger()
    const ctx = fake.context({ appId, appSecret, appType: 'marketplace', logger, logLevel: 'warn' })
    const dispatch = createEventDispatcher({ verificationToken: VERIFICATION_TOKEN, context: ctx, handlers: {} })
    await dispatch(await createEventDelivery({ url: 'http://x/', event: ticketEvent('other', 'cli_0000000000000000') }))
    const forged = buildV1Event('app_ticket', { app_id: appId, app_ticket: 'forged' }, { token: 'not-the-token' })
    expect((await dispatch(await createEventDelivery({ url: 'http://x/', event: forged }))).status).toBe(401)
    expect(await ctx.tokenStore.get(appTicketKey(ctx))).toBeUndefined()
    expect(logger.lines.some((l) => l.includes('app_ticket for another app id'))).toBe(true)
  })

  it('without a context, only the user handler runs', async () => {
    const seen: string[] = []
    const dispatch = createEventDispatcher({ logger: captureLogger(), handlers: { app_ticket: (e) => void seen.push(e.event.app_ticket) } })
    expect((await dispatch(await createEventDelivery({ url: 'http://x/', event: ticketEvent('t-9') }))).status).toBe(200)
    expect(seen).toEqual(['t-9'])
  })
})
