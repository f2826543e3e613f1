/**
 * A marketplace (store) app serving two tenants: the platform pushes the app_ticket to the app's
 * event URL, the dispatcher stores it where the context's token code finds it, and each call picks
 * its tenant with `tenantKey`.
 *
 * Run (after `npm run build`): npx tsx examples/marketplace/app.ts
 */
import { createContext, isLarkAuthError } from 'larkfn'
import { batchGetUserId } from 'larkfn/contact/v3'
import { createEventDispatcher } from 'larkfn/events'
import { listen } from 'larkfn/node'
import { buildV1Event, createEventDelivery, createFakeFeishu, pushEvent } from 'larkfn/testing'

const app = { appId: 'cli_0a1b2c3d4e5f6a7b', appSecret: 'marketplace-secret' }
const keys = { encryptKey: 'market-encrypt-key', verificationToken: 'market-verification-token' }
const fake = createFakeFeishu()
fake.addApp({ ...app, appType: 'marketplace', tenants: ['tenant_north', 'tenant_south'] })
fake.seedUsers([{ name: 'Nia', email: 'nia@north.example' }], { tenantKey: 'tenant_north' })
fake.seedUsers([{ name: 'Sol', email: 'sol@south.example' }], { tenantKey: 'tenant_south' })
const platform = await listen(fake.handle)

const ctx = createContext({ ...app, appType: 'marketplace', domain: platform.url })
const events = await listen(createEventDispatcher({ ...keys, context: ctx, handlers: {} }))

try {
  // Before any ticket: the SDK asks the platform to resend it and says so.
  await batchGetUserId(ctx, { body: { emails: ['nia@north.example'] } }, { tenantKey: 'tenant_north' }).catch((error: unknown) => {
    if (!isLarkAuthError(error)) throw error
    console.log(`no ticket yet: resend requested ${fake.ticketResends.length} time(s)`)
  })

  // The platform pushes the ticket (hourly, and after a resend) to the event URL.
  const ticketEvent = buildV1Event('app_ticket', { app_id: app.appId, app_ticket: fake.appTicket(app.appId) }, { token: keys.verificationToken })
  const pushed = await pushEvent(events.url, await createEventDelivery({ url: events.url, event: ticketEvent, ...keys }))
  console.log(`app_ticket delivered: ${pushed.delivered}`)

  for (const [tenantKey, email] of [['tenant_north', 'nia@north.example'], ['tenant_south', 'sol@south.example']] as const) {
    const { user_list } = await batchGetUserId(ctx, { body: { emails: [email] } }, { tenantKey })
    console.log(`${tenantKey}: ${email} → ${user_list?.[0]?.user_id ? 'found' : 'not found'}`)
  }
  console.log(`token requests: app ${fake.tokenRequests.app}, tenant ${fake.tokenRequests.tenant}`)
} finally {
  await events.close()
  await platform.close()
}
