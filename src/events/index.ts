/**
 * `larkfn/events`: receive platform events and callbacks over HTTP (webhook mode) in any runtime.
 *
 * `createEventDispatcher` returns a Web-standard `(Request) => Promise<Response>`: mount it in
 * Workers, Deno, Bun, or Node (`toNodeHandler` from `larkfn/node`). The pieces (`decryptEvent`,
 * `verifySignature`, `parseDelivery`, …) are exported for servers that do their own routing.
 * Web Crypto only; no `node:*` import. See docs/events.md.
 *
 * @example
 * import { createEventDispatcher } from 'larkfn/events'
 * const dispatch = createEventDispatcher({
 *   encryptKey: env.ENCRYPT_KEY,
 *   handlers: { 'im.message.receive_v1': async ({ event }) => console.log(event.message.chat_id) },
 * })
 *
 * @module
 */
export { createEventDispatcher } from './dispatcher.ts'
export type {
  AnyLarkEvent,
  AtomicStore,
  CallbackHandler,
  CallbackType,
  DispatchExtras,
  EventDispatcher,
  EventDispatcherOptions,
  EventHandler,
  EventHandlers,
  EventType,
  LarkEvent,
  PayloadMap,
} from './types.ts'
export { decryptEvent, encryptEvent, importEventKey, safeEqual } from './crypto.ts'
export { cardSignature, eventSignature, verifyCardSignature, verifySignature } from './signature.ts'
export type { SignedParts } from './signature.ts'
export { parseDelivery } from './parse.ts'
export type { Challenge, Delivery, EventDelivery } from './parse.ts'
export { storeAppTicket } from './app-ticket.ts'
export { createDeduper, dedupeKey } from './dedupe.ts'
export type { Claim, Deduper, DeduperOptions } from './dedupe.ts'
export { CALLBACK_TYPES } from './callbacks.ts'
export type {
  CallbackMap,
  CallbackReplyMap,
  CardAction,
  CardActionReply,
  CardActionTriggerEvent,
  CardActionTriggerV1Event,
  CardActionV1Reply,
  CardOperator,
  CardReplyCard,
  CardToast,
  UrlPreviewGetEvent,
  UrlPreviewReply,
} from './callbacks.ts'
export type * from '../api/events.ts'
