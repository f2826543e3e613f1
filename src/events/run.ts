/**
 * Running a handler: events are de-duplicated and acknowledged early when slow; callbacks reply
 * with what the handler returns. A handler's error never reaches the response: it is logged
 * (name and message, no payload) and answered with a generic 500.
 *
 * @module
 */
import { log } from '../core/log.ts'
import type { Context, LogLevel, Logger } from '../core/types.ts'
import type { Deduper } from './dedupe.ts'
import type { EventDelivery } from './parse.ts'
import { ack, failed, json } from './reply.ts'
import type { DispatchExtras, LarkEvent } from './types.ts'

/** A handler as the dispatcher stores it (types are checked where handlers are passed in). */
export type AnyHandler = (event: LarkEvent) => unknown

/** The dispatcher's resolved options. */
export interface Settings {
  readonly encryptKey: string | undefined
  readonly verificationToken: string | undefined
  /** The imported AES key, made once. */
  readonly key: Promise<CryptoKey> | undefined
  /** A Map, not an object: a type such as `constructor` must not find `Object.prototype` members. */
  readonly handlers: ReadonlyMap<string, AnyHandler>
  readonly context: Context | undefined
  readonly deduper: Deduper | undefined
  readonly maxAge: number
  readonly maxBodySize: number
  readonly ackAfter: number
  readonly now: () => number
  readonly log: { readonly logger: Logger; readonly logLevel: LogLevel }
}

function toEvent(d: EventDelivery): LarkEvent {
  return {
    type: d.type,
    schema: d.schema,
    eventId: d.eventId,
    appId: d.appId,
    tenantKey: d.tenantKey,
    createTime: d.createTime,
    event: d.event,
  }
}

function describe(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: `${error.name}: ${error.message}`, stack: error.stack }
  return { error: typeof error === 'string' ? error : 'a non-Error value was thrown' }
}

function logFailure(s: Settings, d: EventDelivery, error: unknown): void {
  log(s.log, 'error', 'event handler failed', { type: d.type, eventId: d.eventId, ...describe(error) })
}

/** Runs a callback handler and replies with its result (`{}` for nothing). */
export async function runCallback(s: Settings, handler: AnyHandler, d: EventDelivery): Promise<Response> {
  try {
    const result = await handler(toEvent(d))
    if (result === undefined || result === null) return ack()
    if (typeof result !== 'object' || Array.isArray(result)) {
      log(s.log, 'warn', 'callback handler returned something other than an object; replied {}', { type: d.type })
      return ack()
    }
    return json(200, result)
  } catch (error) {
    logFailure(s, d, error)
    return failed()
  }
}

type Outcome = { kind: 'done' } | { kind: 'error'; error: unknown } | { kind: 'slow' }

/** Claims the event id, runs the handler, releases the claim when it fails. */
export async function runEvent(s: Settings, handler: AnyHandler, d: EventDelivery, extras: DispatchExtras | undefined): Promise<Response> {
  const claim = s.deduper && d.eventId !== undefined ? await s.deduper.claim(d.eventId) : undefined
  if (claim && !claim.fresh) {
    log(s.log, 'debug', 'repeated delivery; acknowledged without running the handler', { type: d.type, eventId: d.eventId })
    return ack()
  }
  const running: Promise<Outcome> = Promise.resolve()
    .then(() => handler(toEvent(d)))
    .then(
      (): Outcome => ({ kind: 'done' }),
      (error: unknown): Outcome => ({ kind: 'error', error }),
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  const slow = new Promise<Outcome>((resolve) => {
    if (Number.isFinite(s.ackAfter)) timer = setTimeout(() => resolve({ kind: 'slow' }), s.ackAfter)
  })
  const outcome = await Promise.race([running, slow])
  clearTimeout(timer)
  if (outcome.kind === 'done') return ack()
  if (outcome.kind === 'error') {
    logFailure(s, d, outcome.error)
    await claim?.release()
    return failed()
  }
  // Still running: acknowledge now (the platform waits 3 s), finish in the background.
  log(s.log, 'debug', 'handler still running; acknowledged early', { type: d.type, eventId: d.eventId })
  const rest = running.then(async (late) => {
    if (late.kind !== 'error') return
    logFailure(s, d, late.error)
    await claim?.release()
  })
  extras?.waitUntil?.(rest)
  return ack()
}
