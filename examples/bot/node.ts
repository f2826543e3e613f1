/**
 * The webhook bot on Node, end to end and offline: the fake Feishu server plays the platform (it
 * pushes an encrypted, signed message event to the bot's URL, and receives the reply).
 *
 * Run (after `npm run build`): npx tsx examples/bot/node.ts
 */
import { createContext } from 'larkfn'
import { listen } from 'larkfn/node'
import { createEventDelivery, createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER, buildV2Event, pushEvent } from 'larkfn/testing'
import { createBot } from './bot.ts'

const keys = { encryptKey: 'example-encrypt-key', verificationToken: 'example-verification-token' }
const fake = createFakeFeishu()
const [chat] = fake.seedChats([{ name: 'Support' }])
const platform = await listen(fake.handle)

const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: platform.url })
const bot = await listen(createBot(ctx, keys))

try {
  const event = buildV2Event(
    'im.message.receive_v1',
    {
      sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
      message: { message_id: 'om_example_1', chat_id: chat!.chat_id, chat_type: 'group', message_type: 'text', content: JSON.stringify({ text: 'hello bot' }), create_time: String(Date.now()) },
    },
    { appId: FAKE_APP_ID, tenantKey: FAKE_USER.tenant_key, token: keys.verificationToken },
  )
  const delivery = await createEventDelivery({ url: `${bot.url}/webhook`, event, ...keys })
  const pushed = await pushEvent(`${bot.url}/webhook`, delivery)
  console.log(`delivered: ${pushed.delivered}, HTTP ${pushed.attempts.map((a) => a.status).join(',')}`)

  // The platform re-pushes when it misses the answer: the bot handles each event once.
  await pushEvent(`${bot.url}/webhook`, await createEventDelivery({ url: `${bot.url}/webhook`, event, ...keys }))

  const replies = fake.messages.filter((m) => m.chat_id === chat!.chat_id)
  console.log(`replies in chat: ${replies.length}: ${replies.map((m) => m.content).join(' | ')}`)
} finally {
  await bot.close()
  await platform.close()
}
