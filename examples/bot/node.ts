/**
 * The chat bot of `bot.ts` on Node over the long connection, end to end and offline: the fake
 * Feishu server plays the platform (bootstrap, WebSocket, pushes, IM API). It pushes a group
 * message that mentions the bot, one that does not, and a direct message; the bot answers two.
 *
 * Run (after `npm run build`): npx tsx examples/bot/node.ts
 * Node 20 has no global WebSocket: the `ws` package's is passed in. Elsewhere, leave it out.
 */
import { createContext } from 'larkfn'
import { createFakeFeishu, createFakeLongConnection, deliverMessage, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from 'larkfn/testing'
import { listenWebSocket } from 'larkfn/testing/node'
import { WebSocket } from 'ws'
import { createChatBot } from './bot.ts'

const fake = createFakeFeishu()
const [group, direct] = fake.seedChats([
  { name: 'Support', members: [FAKE_USER.open_id] },
  { name: 'Direct', chat_mode: 'p2p', members: [FAKE_USER.open_id] },
])
const platform = createFakeLongConnection(fake)
const server = await listenWebSocket(platform, { handler: fake.handle })

// The bot asks the platform who it is (GET /open-apis/bot/v3/info) to know its own mentions.
const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url, logLevel: 'silent' })
const bot = createChatBot(ctx)
const conn = await bot.connect({ WebSocket })

/** A user writes in a chat (the fake keeps the message, so a reply to it works); prints the replies. */
async function say(label: string, chatId: string, said: string, mentionBot = false) {
  const { messageId, pushed } = await deliverMessage(fake, { chatId, text: said, mentionBot, to: { longConnection: platform } })
  await (pushed as { acked: Promise<unknown> }).acked
  await bot.idle()
  const replies = fake.messages.filter((m) => m.parent_id === messageId).map((m) => m.content)
  console.log(`${label}: ${replies.length === 0 ? 'no reply' : replies.join(' | ')}`)
}

try {
  await say('group, mentioned', group!.chat_id, 'hello bot', true)
  await say('group, not mentioned', group!.chat_id, 'hello everyone')
  await say('direct message', direct!.chat_id, 'hi in private')
} finally {
  await conn.close()
  await server.close()
}
