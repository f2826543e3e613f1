/**
 * Public types of `larkfn/events`: what a handler receives, the handler map, the options.
 *
 * @module
 */
import type { EventMap } from '../api/events.ts'
import type { Context, Logger, LogLevel, TokenStore } from '../core/types.ts'
import type { CallbackMap, CallbackReplyMap } from './callbacks.ts'

/** A platform event type with a typed payload (`im.message.receive_v1`, `app_ticket`, …). */
export type EventType = keyof EventMap
/** A callback type: its handler's return value is the reply body. */
export type CallbackType = keyof CallbackMap
/** Every typed payload: platform events and callbacks. */
export type PayloadMap = EventMap & CallbackMap

/**
 * What a handler receives: the envelope's facts, flattened the same way for v1 and v2 deliveries,
 * and the `event` object typed by its type. The Verification Token is never included.
 */
export interface LarkEvent<T extends string = string, P = T extends keyof PayloadMap ? PayloadMap[T] : Record<string, unknown>> {
  /** The event type: v2 `header.event_type`, v1 `event.type`, or `card.action.trigger_v1`. */
  readonly type: T
  /** `2.0` for the v2 envelope; `1.0` for v1 events and the old message-card callback. */
  readonly schema: '2.0' | '1.0'
  /** v2 `header.event_id`, v1 `uuid`; `undefined` for the old card callback (it has none). */
  readonly eventId: string | undefined
  readonly appId: string | undefined
  /** The tenant the event is about (marketplace apps: pass it as `tenantKey` in call options). */
  readonly tenantKey: string | undefined
  /** When the platform created the event, epoch milliseconds (v2 `create_time`, v1 `ts`). */
  readonly createTime: number | undefined
  /** The payload: v2 and v1 `event`, or the whole body of an old card callback. */
  readonly event: P
}

/** Any event, whatever its type: a handler taking this fits every key of the handler map. */
export type AnyLarkEvent = LarkEvent<string, unknown>

/** Handles one event type; its return value is ignored (the platform gets `{}`). */
export type EventHandler<T extends string, P = LarkEvent<T>['event']> = (event: LarkEvent<T, P>) => unknown

/** Handles one callback type; what it returns (or resolves to) is the reply body (`{}` for nothing). */
export type CallbackHandler<T extends CallbackType> = (
  event: LarkEvent<T>,
) => CallbackReplyMap[T] | undefined | void | Promise<CallbackReplyMap[T] | undefined | void>

/**
 * Handlers by type. Known types get typed payloads; add your own types (new platform events) with
 * the dispatcher's type parameter: `createEventDispatcher<{ 'x.y.z_v1': MyPayload }>(…)`.
 */
export type EventHandlers<Extra extends object = {}> = {
  readonly [T in EventType]?: EventHandler<T>
} & {
  readonly [T in CallbackType]?: CallbackHandler<T>
} & {
  readonly [T in Exclude<keyof Extra, EventType | CallbackType> & string]?: EventHandler<T, Extra[T]>
}

/**
 * An atomic de-duplication store: `setIfAbsent` sets the key only when it is absent and says whether
 * it did (Redis `SET key value NX PX ttl`). Gives exactly-once claims across instances.
 */
export interface AtomicStore {
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> | boolean
  delete(key: string): unknown
}

/** Per-request extras a runtime can pass as the dispatcher's second argument. */
export interface DispatchExtras {
  /** Keeps the runtime alive for a handler still running after the early acknowledgement (Workers' `ctx.waitUntil`). */
  waitUntil?(promise: Promise<unknown>): void
}

/** A Web-standard request handler: mount it in any runtime (Node via `toNodeHandler` from `larkfn/node`). */
export type EventDispatcher = (request: Request, extras?: DispatchExtras) => Promise<Response>

/** Options of `createEventDispatcher`. Durations are milliseconds. */
export interface EventDispatcherOptions<Extra extends object = {}> {
  /**
   * The app's Encrypt Key: bodies are decrypted and every request but the URL check must be signed.
   * `undefined` is the same as leaving it out (so `process.env.ENCRYPT_KEY` type-checks).
   */
  readonly encryptKey?: string | undefined
  /** The app's Verification Token: checked on every delivery; signs old card callbacks. `undefined`: none. */
  readonly verificationToken?: string | undefined
  readonly handlers: EventHandlers<Extra>
  /** Where `app_ticket` is stored (its `tokenStore`), the default de-dup store, and the logger. */
  readonly context?: Context
  /** De-dup store: Keyv-compatible, or an {@link AtomicStore}. Default: `context.tokenStore`, else in memory. */
  readonly store?: TokenStore | AtomicStore
  /** `false` turns de-duplication off. Default `true`. */
  readonly dedupe?: boolean
  /** Keyv stores: wait between writing a claim and reading it back (default 100; 0 for the built-in memory store). */
  readonly settle?: number
  /** Oldest accepted request timestamp, and at least how long de-dup entries live. Default 8 h. */
  readonly maxAge?: number
  /** Largest accepted body in bytes. Default 1 MiB. */
  readonly maxBodySize?: number
  /**
   * The answer's deadline, from the request's arrival: app_ticket store, de-dup claim and handler
   * included. Still running then: an event gets 200 `{}`, a callback `{}` (and a warning); the
   * work finishes in the background. Default 2500 (the platform waits 3 s).
   */
  readonly ackAfter?: number
  /** Default: the context's logger, else `console`. */
  readonly logger?: Partial<Logger>
  /** Default: the context's level, else `warn`. */
  readonly logLevel?: LogLevel
  /** Clock, epoch ms (tests). Default `Date.now`. */
  readonly now?: () => number
}
