/**
 * From a complete payload to its ACK body, with the webhook dispatcher's pieces (`larkfn/events`):
 * `parseDelivery` reads v2 / v1 envelopes, handlers get the same `LarkEvent`, events are
 * de-duplicated by id with `createDeduper` (same store keys as webhooks), callbacks reply with what
 * their handler returns.
 *
 * @module
 */
import { describeError, log } from '../core/log.ts'
import type { Context } from '../core/types.ts'
import { CALLBACK_TYPES } from '../events/callbacks.ts'
import type { Deduper } from '../events/dedupe.ts'
import { parseDelivery, type EventDelivery } from '../events/parse.ts'
import type { LarkEvent } from '../events/types.ts'
import type { AckBody } from './frames.ts'
import { base64Json, parseJson } from './frames.ts'

/** Default time an event id is remembered: the platform re-pushes for hours (webhooks: ≈ 7.1 h). */
export const DEDUPE_TTL_MS = 8 * 3600 * 1000

const OK: AckBody = { code: 200 }
const FAILED: AckBody = { code: 500 }

/** A handler as the dispatcher stores it (types are checked where handlers are passed in). */
type AnyHandler = (event: LarkEvent) => unknown

/**
 * Makes the dispatcher of one long connection, shared by its reconnects, so a redelivery after a
 * reconnect is recognised.
 *
 * @param ctx The context (logger).
 * @param handlers Handlers by event type.
 * @param deduper The event-id de-duplicator, or undefined for none.
 * @returns `(payload) => Promise<AckBody>`; it never rejects.
 */
export function createDispatcher(
  ctx: Context,
  handlers: Readonly<Record<string, AnyHandler | undefined>>,
  deduper: Deduper | undefined,
): (payload: Uint8Array) => Promise<AckBody> {
  // Deliveries of one event id running now: a re-push waits for the first run's outcome instead of
  // being ACKed at once, so an event whose first run fails is not lost.
  const running = new Map<string, Promise<AckBody>>()

  const run = async (handler: AnyHandler, d: EventDelivery): Promise<AckBody | Error> => {
    const { kind: _kind, token: _token, ...event } = d
    try {
      const result = await handler(event as LarkEvent)
      if (!(d.kind === 'card_v1' || CALLBACK_TYPES.has(d.type))) return OK
      return typeof result === 'object' && result !== null ? { code: 200, data: base64Json(result) } : OK
    } catch (error) {
      log(ctx, 'error', 'ws: event handler failed; ACKed with code 500', { type: d.type, eventId: d.eventId, error: describeError(error) })
      return error instanceof Error ? error : new Error(describeError(error))
    }
  }

  const runOnce = async (handler: AnyHandler, d: EventDelivery, id: string): Promise<AckBody> => {
    const claim = await (deduper as Deduper).claim(id)
    if (!claim.fresh) {
      log(ctx, 'debug', 'ws: repeated delivery; ACKed without running the handler', { type: d.type, eventId: id })
      return OK
    }
    const outcome = await run(handler, d)
    if (!(outcome instanceof Error)) return outcome
    await claim.release()
    return FAILED
  }

  return async function dispatch(payload) {
    const delivery = parseDelivery(parseJson(payload))
    if (typeof delivery === 'string') {
      log(ctx, 'warn', 'ws: payload is not an event; ACKed with code 500', { reason: delivery })
      return FAILED
    }
    if (delivery.kind === 'challenge') return OK
    const handler = Object.hasOwn(handlers, delivery.type) ? handlers[delivery.type] : undefined
    if (handler === undefined) {
      log(ctx, 'debug', 'ws: no handler for this event type; ACKed', { type: delivery.type })
      return OK
    }
    const id = delivery.eventId
    // Callbacks are not re-pushed (the platform waits on their reply): no de-duplication, as webhooks.
    if (deduper === undefined || id === undefined || delivery.kind === 'card_v1' || CALLBACK_TYPES.has(delivery.type)) {
      const outcome = await run(handler, delivery)
      return outcome instanceof Error ? FAILED : outcome
    }
    const current = running.get(id)
    if (current) return current
    const job = runOnce(handler, delivery, id).finally(() => running.delete(id))
    running.set(id, job)
    return job
  }
}
