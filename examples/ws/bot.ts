/**
 * A long-connection bot, end to end and offline. The fake Feishu server plays the platform
 * (bootstrap, WebSocket, pushes); the bot echoes each text message back through the IM API and
 * answers a card button with a toast. Halfway, the platform drops the socket: the bot reconnects and
 * the click pushed meanwhile still arrives, once.
 *
 * Run (after `npm run build`): npx tsx examples/ws/bot.ts
 * Node 20 has no global WebSocket: the `ws` package's is passed in. Elsewhere, leave it out.
 */
import { createContext } from 'larkfn'
import { createMessage } from 'larkfn/im/v1'
import { listenWebSocket } from 'larkfn/testing/node'
import { createFakeFeishu, createFakeLongConnection, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from 'larkfn/testing'
import { startLongConnection } from 'larkfn/ws'
import { WebSocket } from 'ws'

// The platform, on loopback: HTTP (bootstrap, IM API) and WebSocket on one port.
const fake = createFakeFeishu()
const platform = createFakeLongConnection(fake, { clientConfig: { PingInterval: 5, ReconnectInterval: 1, ReconnectNonce: 0.2 } })
const server = await listenWebSocket(platform, { handler: fake.handle })

// The bot: a context with the app's credentials, and one handler per event type.
const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url })
const conn = await startLongConnection(ctx, {
  WebSocket,
  handlers: {
    'im.message.receive_v1': async ({ event }) => {
      const { text } = JSON.parse(event.message.content) as { text?: string }
      await createMessage(ctx, {
        query: { receive_id_type: 'open_id' },
        body: { receive_id: event.sender.sender_id?.open_id ?? '', msg_type: 'text', content: JSON.stringify({ text: `echo: ${text}` }) },
      })
    },
    // A callback: what the handler returns is the reply the user sees.
    'card.action.trigger': async ({ event }) => ({ toast: { type: 'success', content: `clicked ${String(event.action?.value)}` } }),
  },
  onReady: ({ reconnected }) => console.log(reconnected ? 'reconnected' : 'connected'),
  onReconnecting: ({ attempt, reason }) => console.log(`reconnecting (attempt ${attempt}): ${reason.message}`),
})

try {
  const message = platform.pushEvent('im.message.receive_v1', {
    sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user' },
    message: { message_id: 'om_1', chat_id: 'oc_1', chat_type: 'p2p', message_type: 'text', create_time: '0', content: '{"text":"hello"}' },
  })
  console.log(`message ACK: code ${(await message.acked).code}`)
  console.log(`bot replied: ${fake.messages.at(-1)?.content}`)

  platform.drop()
  // Pushed while the bot is away: the platform keeps it and delivers it on the new socket.
  const click = platform.pushEvent('card.action.trigger', { action: { tag: 'button', value: 'approve' } })
  const ack = await click.acked
  console.log(`card ACK: code ${ack.code}, reply ${JSON.stringify(ack.data)}`)
  console.log(`bootstraps: ${platform.bootstraps}, state: ${conn.state}`)
} finally {
  await conn.close()
  await server.close()
}
console.log(`closed: ${conn.state}`)
