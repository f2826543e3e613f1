/**
 * Running a delivery's work (built-in app_ticket, de-dup claim, handler) inside one deadline taken
 * from the request's arrival: whatever hangs (a store, a handler), the platform gets its answer in
 * time. Events are acknowledged with 200 `{}` when the deadline passes and finish in the background;
 * callbacks reply with what the handler returns, or `{}` (and a warning) when it is late. A
 * handler's error never reaches the response: it is logged (name and message, no payload) and
 * answered with a generic 500.
 *
 * @module
 */
import { log } from '../core/log.ts'
import type { Context, LogLevel, Logger } from '../core/types.ts'
import { storeAppTicket } from './app-ticket.ts'
import type { Claim, Deduper } from './dedupe.ts'
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
  /** The answer's deadline, ms after the request arrived. */
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

type Outcome = { kind: 'done'; result: unknown } | { kind: 'error'; error: unknown } | { kind: 'repeat' } | { kind: 'slow' }

/** What one delivery runs, and how it is answered. */
export interface Job {
  readonly delivery: EventDelivery
  readonly handler: AnyHandler | undefined
  /** The de-dup key (event id, or a card callback's signature); `undefined`: not de-duplicated. */
  readonly id: string | undefined
  /** A callback: the handler's result is the reply body; its claim is kept when it fails (no re-push). */
  readonly callback: boolean
}

function reply(s: Settings, d: EventDelivery, result: unknown): Response {
  if (result === undefined || result === null) return ack()
  if (typeof result !== 'object' || Array.isArray(result)) {
    log(s.log, 'warn', 'callback handler returned something other than an object; replied {}', { type: d.type })
    return ack()
  }
  return json(200, result)
}

/**
 * Runs the app_ticket store, the claim and the handler, answering by `timeUp` at the latest.
 *
 * @param timeUp Resolves when the request's answer is due.
 */
export async function run(s: Settings, job: Job, timeUp: Promise<void>, extras: DispatchExtras | undefined): Promise<Response> {
  const { delivery: d, handler, id, callback } = job
  let claim: Claim | undefined
  const running = (async (): Promise<Outcome> => {
    try {
      if (d.type === 'app_ticket') await storeAppTicket(s.context, d.event)
      if (handler === undefined) {
        log(s.log, 'debug', 'no handler for this event type; acknowledged', { type: d.type })
        return { kind: 'done', result: undefined }
      }
      claim = s.deduper && id !== undefined ? await s.deduper.claim(id) : undefined
      if (claim && !claim.fresh) return { kind: 'repeat' }
      return { kind: 'done', result: await handler(toEvent(d)) }
    } catch (error) {
      return { kind: 'error', error }
    }
  })()
  // An event's claim is dropped when its handler fails, so the platform's re-push runs it again.
  const release = () => (callback ? undefined : claim?.release())
  const outcome = await Promise.race([running, timeUp.then((): Outcome => ({ kind: 'slow' }))])
  const facts = { type: d.type, eventId: d.eventId }
  if (outcome.kind === 'slow') {
    // The platform waits 3 s: answer now, finish in the background.
    if (callback) log(s.log, 'warn', 'callback handler did not answer in time; replied {}', facts)
    else log(s.log, 'debug', 'still running at the deadline; acknowledged early', facts)
    const rest = running.then(async (late) => {
      if (late.kind !== 'error') return
      logFailure(s, d, late.error)
      await release()
    })
    extras?.waitUntil?.(rest)
    return ack()
  }
  if (outcome.kind === 'repeat') {
    log(s.log, 'debug', 'repeated delivery; acknowledged without running the handler', facts)
    return ack()
  }
  if (outcome.kind === 'error') {
    logFailure(s, d, outcome.error)
    const released = release()
    if (released) extras?.waitUntil?.(released)
    await Promise.race([released, timeUp])
    return failed()
  }
  return callback ? reply(s, d, outcome.result) : ack()
}
