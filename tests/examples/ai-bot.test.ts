/**
 * `examples/ai-bot/worker.ts` in Cloudflare's workerd (miniflare) against the fake Feishu server on
 * loopback: a message event is acknowledged within the platform's 3 s, and the model's answer keeps
 * streaming into a card under `waitUntil` until the card holds the whole answer, streaming off.
 *
 * @module
 */
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'
import { createMessage } from '../../src/api/im/v1/message.ts'
import { text } from '../../src/messages/builders.ts'
import { createEventDelivery, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from '../../src/testing/index.ts'
import { fakeAnswer } from '../../examples/ai-bot/model.ts'
import { startFake } from '../helpers.ts'
import { mentionEvent } from './mention-event.ts'
import { bundleEntry } from '../runtimes/bundle.ts'

const BOT = 'ou_ai_bot'
const keys = { encryptKey: 'ai-encrypt-key', verificationToken: 'ai-verification-token' }
const server = await startFake()
const { fake } = server
const script = await bundleEntry('../../examples/ai-bot/worker.ts', 'esm', ['workerd', 'worker'])
afterAll(() => server.close())

describe('examples/ai-bot/worker.ts in workerd (miniflare)', () => {
  it('acknowledges a mention within 3 s, streams the whole answer into a card under waitUntil, and handles a repeated delivery once', async () => {
    const [chat] = fake.seedChats([{ name: 'AI', members: [FAKE_USER.open_id] }])
    // The message the bot answers: it must exist, since the answer is a reply to it.
    const question = 'what is streaming?'
    const asked = await createMessage(server.context(), { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat!.chat_id, ...text(question) } })
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: '2026-04-01',
      bindings: {
        APP_ID: FAKE_APP_ID,
        APP_SECRET: FAKE_APP_SECRET,
        ENCRYPT_KEY: keys.encryptKey,
        VERIFICATION_TOKEN: keys.verificationToken,
        LARK_DOMAIN: server.url,
        // About 60 deltas at 60 ms: the answer takes longer than the 3 s acknowledgement.
        BOT_OPEN_ID: BOT,
        MODEL_PAUSE_MS: '60',
      },
    })
    try {
      await mf.ready
      const event = mentionEvent({ messageId: asked.message_id!, chatId: chat!.chat_id, text: question, botOpenId: BOT, token: keys.verificationToken, eventId: 'evt_ai_1' })
      const deliver = async () => {
        const delivery = await createEventDelivery({ url: 'https://ai.example.workers.dev/', event, ...keys })
        const res = await mf.dispatchFetch(delivery.url, { method: 'POST', headers: Object.fromEntries(delivery.headers), body: await delivery.text() })
        await res.text()
        return res.status
      }
      const cardsBefore = fake.cards.length
      const started = Date.now()
      expect(await deliver()).toBe(200)
      expect(Date.now() - started).toBeLessThan(3_000)
      // Still streaming when acknowledged.
      expect(fake.cards.at(-1)?.streaming).toBe(true)
      await expect.poll(() => fake.cards.at(-1)?.streaming, { timeout: 15_000, interval: 100 }).toBe(false)
      const card = fake.card(fake.cards.at(-1)!.card_id)!
      expect(card.content()).toBe(fakeAnswer(question))
      expect(card.updates).toBeGreaterThan(2)
      const reply = fake.messages.find((m) => m.message_id === card.messageIds[0])
      expect(reply?.parent_id).toBe(asked.message_id)
      // The platform repeats the delivery (it missed the answer): nothing more is streamed.
      expect(await deliver()).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(fake.cards.length - cardsBefore).toBe(1)
      expect(fake.messages.filter((m) => m.parent_id === asked.message_id)).toHaveLength(1)
    } finally {
      await mf.dispose()
    }
  })
})
