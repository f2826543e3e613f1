// Compile-time checks (run by `npm run typecheck`): both WebSockets a user may pass fit the client,
// and the handler map is the webhook dispatcher's (typed events, callback replies).
import { WebSocket as NodeWs } from 'ws'
import type { EventHandlers, WebSocketConstructor, WebSocketLike } from '../../src/ws/index.ts'

export const fromWs: WebSocketConstructor = NodeWs
export const fromGlobal: WebSocketConstructor = globalThis.WebSocket
export const instance = (socket: globalThis.WebSocket | NodeWs): WebSocketLike => socket

export const handlers: EventHandlers<{ 'my.custom_v1': { n: number } }> = {
  'im.message.receive_v1': async ({ event }) => void event.message.chat_id.toUpperCase(),
  'card.action.trigger': async ({ event }) => ({ toast: { type: 'info', content: String(event.action?.tag) } }),
  'my.custom_v1': ({ event }) => void event.n.toFixed(),
}
