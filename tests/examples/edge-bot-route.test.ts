/**
 * `examples/edge/bot-route.ts` in Vercel's edge runtime (`edge-runtime`'s VM): an encrypted, signed
 * message event that mentions the bot is answered with a markdown reply in the fake Feishu server;
 * the same delivery repeated is handled once.
 *
 * @module
 */
import { EdgeRuntime } from 'edge-runtime'
import { afterAll, describe, expect, it } from 'vitest'
import { createMessage } from '../../src/api/im/v1/message.ts'
import { text } from '../../src/messages/builders.ts'
import { createEventDelivery, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'
import { mentionEvent } from './mention-event.ts'
import { bundleEntry } from '../runtimes/bundle.ts'

const BOT = 'ou_edge_bot'
const keys = { encryptKey: 'edge-encrypt-key', verificationToken: 'edge-verification-token' }
const server = await startFake()
const { fake } = server
const code = await bundleEntry('../examples/entries/edge-bot-route.ts', 'iife')
afterAll(() => server.close())

describe('examples/edge/bot-route.ts in the edge runtime', () => {
  it('is an edge route; replies to a mention with markdown, once for a repeated delivery', async () => {
    const [chat] = fake.seedChats([{ name: 'Edge', members: [FAKE_USER.open_id] }])
    const asked = await createMessage(server.context(), { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat!.chat_id, ...text('hello edge') } })
    const env = { APP_ID: FAKE_APP_ID, APP_SECRET: FAKE_APP_SECRET, ENCRYPT_KEY: keys.encryptKey, VERIFICATION_TOKEN: keys.verificationToken, LARK_DOMAIN: server.url, BOT_OPEN_ID: BOT }
    const runtime = new EdgeRuntime({ initialCode: code, extend: (context) => Object.assign(context, { process: { env } }) })
    expect(runtime.evaluate<string>('route.runtime')).toBe('edge')
    const event = mentionEvent({ messageId: asked.message_id!, chatId: chat!.chat_id, text: 'hello edge', botOpenId: BOT, token: keys.verificationToken, eventId: 'evt_edge_1' })
    for (let i = 0; i < 2; i++) {
      const delivery = await createEventDelivery({ url: 'https://bot.example.com/api/bot', event, ...keys })
      const res = await runtime.dispatchFetch(delivery.url, { method: 'POST', headers: Object.fromEntries(delivery.headers), body: await delivery.text() })
      await res.waitUntil()
      expect(res.status).toBe(200)
    }
    await expect
      .poll(() => fake.messages.filter((m) => m.parent_id === asked.message_id).map((m) => m.content), { timeout: 5_000, interval: 50 })
      .toEqual([JSON.stringify({ zh_cn: { content: [[{ tag: 'md', text: '**you said:** hello edge' }]] } })])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fake.messages.filter((m) => m.parent_id === asked.message_id)).toHaveLength(1)
  })
})
