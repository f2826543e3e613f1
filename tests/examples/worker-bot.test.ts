/**
 * `examples/bot/worker.ts` in Cloudflare's workerd: esbuild bundles it as a module Worker (as
 * wrangler would), miniflare runs it with the app's secrets as bindings, and the fake Feishu server
 * (on loopback, in this process) plays the platform: it receives the bot's tenant-token request and
 * its reply.
 *
 * @module
 */
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'
import { buildV2Event, createEventDelivery, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { bundleEntry } from '../runtimes/bundle.ts'

const keys = { encryptKey: 'worker-encrypt-key', verificationToken: 'worker-verification-token' }
const server = await startFake()
const { fake } = server
const [chat] = fake.seedChats([{ name: 'Support' }])
const script = await bundleEntry('../../examples/bot/worker.ts', 'esm', ['workerd', 'worker'])
afterAll(() => server.close())

/** A fresh Worker (a fresh isolate: no cached token, no seen event ids). */
function startWorker(): Miniflare {
  return new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2026-04-01',
    bindings: { APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, ENCRYPT_KEY: keys.encryptKey, VERIFICATION_TOKEN: keys.verificationToken, LARK_DOMAIN: server.url },
  })
}

/** An encrypted, signed `im.message.receive_v1` delivery, pushed to the Worker as the platform would. */
async function push(mf: Miniflare, text: string, eventId: string): Promise<Response> {
  const event = buildV2Event(
    'im.message.receive_v1',
    {
      sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
      message: { message_id: `om_${eventId}`, chat_id: chat!.chat_id, chat_type: 'group', message_type: 'text', content: JSON.stringify({ text }), create_time: String(Date.now()) },
    },
    { appId: FAKE_APP_ID, tenantKey: FAKE_USER.tenant_key, token: keys.verificationToken, eventId },
  )
  const delivery = await createEventDelivery({ url: 'https://bot.example.workers.dev/', event, ...keys })
  const res = await mf.dispatchFetch(delivery.url, { method: 'POST', headers: Object.fromEntries(delivery.headers), body: await delivery.text() })
  return new Response(await res.text(), { status: res.status })
}

const replies = () => fake.messages.filter((m) => m.chat_id === chat!.chat_id).map((m) => m.content)

describe('examples/bot/worker.ts in workerd (miniflare)', () => {
  it('answers a message event with 200 and replies in its chat through createMessage; a re-push runs nothing', async () => {
    fake.clearRequests()
    const before = replies().length
    const mf = startWorker()
    try {
      const res = await push(mf, 'hello worker', 'evt_worker_1')
      expect([res.status, await res.text()]).toEqual([200, '{}'])
      expect(replies().slice(before)).toEqual(['{"text":"you said: hello worker"}'])
      const again = await push(mf, 'hello worker', 'evt_worker_1')
      expect(again.status).toBe(200)
      expect(replies().slice(before)).toHaveLength(1)
      expect(fake.requests.filter((r) => r.path === '/open-apis/auth/v3/tenant_access_token/internal')).toHaveLength(1)
    } finally {
      await mf.dispose()
    }
  })

  it('acknowledges a slow reply early and finishes it through ctx.waitUntil', async () => {
    const before = replies().length
    // The token request takes 4 s: longer than the dispatcher's 2.5 s early acknowledgement, so the
    // reply is sent after the Worker has answered; only waitUntil keeps the isolate working (without
    // it, workerd drops the handler's pending work once the response is out: no reply arrives).
    fake.fault({ method: 'POST', path: '/open-apis/auth/v3/tenant_access_token/internal', kind: 'slow', delay: 4_000 })
    const mf = startWorker()
    try {
      await mf.ready
      const started = Date.now()
      const res = await push(mf, 'slow path', 'evt_worker_2')
      expect(res.status).toBe(200)
      expect(Date.now() - started).toBeLessThan(4_000)
      expect(replies().slice(before)).toEqual([])
      await expect.poll(() => replies().slice(before), { timeout: 5_000, interval: 100 }).toEqual(['{"text":"you said: slow path"}'])
    } finally {
      await mf.dispose()
    }
  })
})
