/**
 * The chat bot of `bot.ts` on Node over the long connection, end to end and offline: the fake
 * Feishu server plays the platform (bootstrap, WebSocket, pushes, IM API). It pushes a group
 * message that mentions the bot, one that does not, and a direct message; the bot answers two.
 *
 * Run (after `npm run build`): npx tsx examples/bot/node.ts
 * Node 20 has no global WebSocket: the `ws` package's is passed in. Elsewhere, leave it out.
 */
import { createContext } from 'larkfn'
import { createMessage } from 'larkfn/im/v1'
import { text } from 'larkfn/messages'
import { createFakeFeishu, createFakeLongConnection, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from 'larkfn/testing'
import { listenWebSocket } from 'larkfn/testing/node'
import { WebSocket } from 'ws'
import { createChatBot } from './bot.ts'

const BOT = 'ou_example_bot'
const fake = createFakeFeishu()
// The fake has no p2p chats: a second seeded chat stands in for the direct chat, and the pushed
// event says `chat_type: 'p2p'`, which is what the bot's policy reads.
const [group, direct] = fake.seedChats([
  { name: 'Support', members: [FAKE_USER.open_id] },
  { name: 'Direct', members: [FAKE_USER.open_id] },
])
const platform = createFakeLongConnection(fake)
const server = await listenWebSocket(platform, { handler: fake.handle })

const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url, logLevel: 'silent' })
const bot = createChatBot(ctx, { botOpenId: BOT })
const conn = await bot.connect({ WebSocket })

/** Posts a message in the fake (a reply needs its target) and pushes its receive event. */
async function push(label: string, chat: { id: string; type: 'group' | 'p2p' }, said: string, mentions: unknown[] = []) {
  const sent = await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: chat.id, ...text(said) } })
  const { acked } = platform.pushEvent('im.message.receive_v1', {
    sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user' },
    message: { message_id: sent.message_id, chat_id: chat.id, chat_type: chat.type, message_type: 'text', create_time: String(Date.now()), content: JSON.stringify({ text: said }), mentions },
  })
  await acked
  await bot.idle()
  const replies = fake.messages.filter((m) => m.parent_id === sent.message_id).map((m) => m.content)
  console.log(`${label}: ${replies.length === 0 ? 'no reply' : replies.join(' | ')}`)
}

try {
  await push('group, mentioned', { id: group!.chat_id, type: 'group' }, '@_user_1 hello bot', [{ key: '@_user_1', id: { open_id: BOT }, name: 'Bot' }])
  await push('group, not mentioned', { id: group!.chat_id, type: 'group' }, 'hello everyone')
  await push('direct message', { id: direct!.chat_id, type: 'p2p' }, 'hi in private')
} finally {
  await conn.close()
  await server.close()
}
