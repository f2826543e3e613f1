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
import { createMessage } from '../../src/api/im/v1/message.ts'
import { text as textMessage } from '../../src/messages/builders.ts'
import { buildV2Event, createEventDelivery, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { bundleEntry } from '../runtimes/bundle.ts'

const BOT = 'ou_worker_bot'
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
    bindings: { APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, ENCRYPT_KEY: keys.encryptKey, VERIFICATION_TOKEN: keys.verificationToken, LARK_DOMAIN: server.url, BOT_OPEN_ID: BOT },
  })
}

/** An encrypted, signed `im.message.receive_v1` delivery, pushed to the Worker as the platform would. */
async function push(mf: Miniflare, text: string, eventId: string): Promise<Response> {
  const event = buildV2Event(
    'im.message.receive_v1',
    {
      sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
      message: { message_id: asked[eventId], chat_id: chat!.chat_id, chat_type: 'group', message_type: 'text', content: JSON.stringify({ text: `@_user_1 ${text}` }), mentions: [{ key: '@_user_1', id: { open_id: BOT }, name: 'Bot' }], create_time: String(Date.now()) },
    },
    { appId: FAKE_APP_ID, tenantKey: FAKE_USER.tenant_key, token: keys.verificationToken, eventId },
  )
  const delivery = await createEventDelivery({ url: 'https://bot.example.workers.dev/', event, ...keys })
  const res = await mf.dispatchFetch(delivery.url, { method: 'POST', headers: Object.fromEntries(delivery.headers), body: await delivery.text() })
  return new Response(await res.text(), { status: res.status })
}

// The messages the bot replies to must exist: made up front (and with their own token) so the
// tests' request counts and faults see only the Worker's calls.
const asked: Record<string, string> = {}
for (const [eventId, said] of [['evt_worker_1', 'hello worker'], ['evt_worker_2', 'slow path']] as const) {
  asked[eventId] = (await createMessage(server.context(), { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat!.chat_id, ...textMessage(said) } })).message_id!
}
const replies = () => fake.messages.filter((m) => m.chat_id === chat!.chat_id && m.parent_id !== undefined).map((m) => m.content)
const md = (said: string) => JSON.stringify({ zh_cn: { content: [[{ tag: 'md', text: `**you said:** ${said}` }]] } })

describe('examples/bot/worker.ts in workerd (miniflare)', () => {
  it('answers a message event with 200 and replies to a mention with markdown; a re-push runs nothing', async () => {
    fake.clearRequests()
    const before = replies().length
    const mf = startWorker()
    try {
      const res = await push(mf, 'hello worker', 'evt_worker_1')
      expect([res.status, await res.text()]).toEqual([200, '{}'])
      expect(replies().slice(before)).toEqual([md('hello worker')])
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
      await expect.poll(() => replies().slice(before), { timeout: 5_000, interval: 100 }).toEqual([md('slow path')])
    } finally {
      await mf.dispose()
    }
  })
})
