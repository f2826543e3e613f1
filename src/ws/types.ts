/**
 * Public types of `larkfn/ws`: options, the connection handle, event handlers and the WebSocket
 * shape the client needs.
 *
 * @module
 */
import type { TokenStore } from '../core/types.ts'
import type { AtomicStore, EventHandlers } from '../events/types.ts'
import type { ClientConfig } from './frames.ts'

/** The fields of WebSocket events the client reads (`message`: `data`; `close`: `code`). */
export interface WebSocketEventLike {
  readonly type?: string
  readonly data?: unknown
  readonly code?: number
  readonly error?: unknown
}

/** The part of a WebSocket the client uses: the global `WebSocket` and the `ws` package's both fit. */
export interface WebSocketLike {
  binaryType: string
  readonly readyState: number
  send(data: Uint8Array): void
  close(code?: number, reason?: string): void
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: WebSocketEventLike) => void): void
}

/** A WebSocket constructor, e.g. `globalThis.WebSocket` or `import { WebSocket } from 'ws'`. */
export type WebSocketConstructor = new (url: string) => WebSocketLike

/** Where a long connection is. `closed` is final: after `close()`, a fatal error, or the last failed retry. */
export type LongConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed'

/** Passed to `onReady` each time a socket is up and the first ping is sent. */
export interface ReadyInfo {
  /** `device_id` of the connection URL: the platform's id of this connection. */
  readonly deviceId: string
  /** False for the first connection, true after a reconnect. */
  readonly reconnected: boolean
}

/** Passed to `onReconnecting` before each wait. */
export interface ReconnectInfo {
  /** 1 for the first attempt after a drop or failure; back to 0 once connected. */
  readonly attempt: number
  /** Milliseconds until the attempt. */
  readonly delay: number
  /** Why: the lost connection or the failed attempt. */
  readonly reason: Error
}

/**
 * Options of `startLongConnection`. `Extra` types handlers of event types the catalog does not know
 * yet, as in `createEventDispatcher` of `larkfn/events`.
 */
export interface LongConnectionOptions<Extra extends object = {}> {
  /**
   * Handlers by event type, the same map as `createEventDispatcher` takes: each gets a `LarkEvent`;
   * callback handlers (`card.action.trigger`, …) return the reply. Types without a handler are ACKed.
   */
  readonly handlers: EventHandlers<Extra>
  /** The WebSocket constructor; default the runtime's global `WebSocket`. Node 20: pass `ws`'s. */
  readonly WebSocket?: WebSocketConstructor
  /** Starting values until the platform sends its own (seconds, platform names). */
  readonly clientConfig?: Partial<ClientConfig>
  /**
   * De-duplication of redeliveries by event id, with the webhook dispatcher's de-duplicator and
   * store keys. Default: on, in the context's `tokenStore`, 8 h TTL, no settle wait. `false` turns
   * it off. A Redis-backed store (Keyv, or an `AtomicStore`) extends it across instances.
   */
  readonly dedupe?:
    | false
    | { readonly store?: TokenStore | AtomicStore; readonly ttl?: number; readonly settle?: number }
  /** Milliseconds a WebSocket handshake may take (default 30 000). */
  readonly connectTimeout?: number
  /**
   * The pong watchdog: reconnect when nothing (no pong, no other frame) arrives this many
   * milliseconds after a ping. Default: the ping interval, at most 30 000. `false` turns it off.
   */
  readonly pingTimeout?: number | false
  /** Milliseconds to keep an incomplete fragmented message (default 10 000). */
  readonly fragmentTtl?: number
  /** Aborting closes the connection, like `close()`. */
  readonly signal?: AbortSignal
  readonly onReady?: (info: ReadyInfo) => void
  readonly onReconnecting?: (info: ReconnectInfo) => void
  /** Every failed attempt and the error that stops the connection (then `state` is `closed`). */
  readonly onError?: (error: Error) => void
}

/** A running long connection. */
export interface LongConnection {
  readonly state: LongConnectionState
  /** `device_id` of the current (or last) socket. */
  readonly deviceId: string | undefined
  /** The `ClientConfig` in force: bootstrap and pongs update it. */
  readonly config: ClientConfig
  /** The error that stopped the connection, if one did. */
  readonly error: Error | undefined
  /** Settles (never rejects) when the connection has stopped for good. */
  readonly closed: Promise<void>
  /**
   * Stops: no new events are taken, handlers in flight get up to 3 s to finish and be ACKed, then
   * the socket is closed. No timer and no reconnect is left. Safe to call twice.
   */
  close(): Promise<void>
}
