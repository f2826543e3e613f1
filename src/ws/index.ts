/**
 * `larkfn/ws`: the platform's long-connection (WebSocket) mode. Events and callbacks arrive over a
 * socket the app opens itself, so no public URL is needed. Runs wherever a `WebSocket` exists
 * (browsers, Workers, Deno, Bun, Node ≥ 22); Node 20 passes the `ws` package's.
 *
 * @example
 * import { createContext } from 'larkfn'
 * import { startLongConnection } from 'larkfn/ws'
 * const ctx = createContext({ appId: 'cli_a1b2c3d4e5f60718', appSecret: process.env.APP_SECRET })
 * const conn = await startLongConnection(ctx, {
 *   handlers: { 'im.message.receive_v1': async ({ event }) => console.log(event.message.content) },
 *   onReconnecting: ({ attempt, delay }) => console.log(`reconnect #${attempt} in ${delay} ms`),
 * })
 * // … later
 * await conn.close()
 *
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/request-url-configuration-case
 * @module
 */
export { startLongConnection } from './connection.ts'
export type {
  LongConnection,
  LongConnectionOptions,
  LongConnectionState,
  ReadyInfo,
  ReconnectInfo,
  WebSocketConstructor,
  WebSocketEventLike,
  WebSocketLike,
} from './types.ts'
export type { AckBody, ClientConfig } from './frames.ts'
export type { EventHandlers, LarkEvent } from '../events/types.ts'
export { DEFAULT_CLIENT_CONFIG } from './frames.ts'
export { decodeFrame, encodeFrame } from './codec.ts'
export type { Frame, FrameHeader } from './codec.ts'
