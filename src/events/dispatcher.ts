/**
 * `createEventDispatcher`: the webhook endpoint for events and callbacks, as a Web-standard
 * `(Request) => Promise<Response>`.
 *
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/choose-a-subscription-mode/send-notifications-to-developers-server
 * @module
 */
import { createLarkValidationError, type ValidationIssue } from '../core/errors.ts'
import { isLogLevel, log } from '../core/log.ts'
import { createMemoryStore } from '../core/token/memory-store.ts'
import type { Logger } from '../core/types.ts'
import { importEventKey } from './crypto.ts'
import { createDeduper } from './dedupe.ts'
import { FUTURE_SKEW_MS, handle } from './handle.ts'
import { failed } from './reply.ts'
import type { AnyHandler, Settings } from './run.ts'
import type { EventDispatcher, EventDispatcherOptions } from './types.ts'

const HOUR = 3_600_000

function check(o: EventDispatcherOptions<object>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const bad = (path: string, message: string) => issues.push({ path, message })
  for (const name of ['encryptKey', 'verificationToken'] as const) {
    const value = o[name]
    if (value !== undefined && (typeof value !== 'string' || value === '')) bad(name, 'must be a non-empty string')
  }
  if (typeof o.handlers !== 'object' || o.handlers === null) bad('handlers', 'must be an object of functions by event type')
  else
    for (const [type, fn] of Object.entries(o.handlers)) {
      if (fn !== undefined && typeof fn !== 'function') bad(`handlers.${type}`, 'must be a function')
    }
  const store = o.store as Record<string, unknown> | undefined
  const keyv = store && ['get', 'set', 'delete'].every((m) => typeof store[m] === 'function')
  const atomic = store && typeof store['setIfAbsent'] === 'function' && typeof store['delete'] === 'function'
  if (store !== undefined && !keyv && !atomic) bad('store', 'must have get, set and delete (Keyv), or setIfAbsent and delete')
  for (const name of ['settle', 'maxAge', 'maxBodySize', 'ackAfter'] as const) {
    const value = o[name]
    // Only ackAfter may be Infinity (always wait); the others size stores, timers and buffers.
    const ok = typeof value === 'number' && value >= 0 && (Number.isFinite(value) || (name === 'ackAfter' && value === Infinity))
    if (value !== undefined && !ok) bad(name, name === 'ackAfter' ? 'must be a number ≥ 0 or Infinity' : 'must be a finite number ≥ 0')
  }
  if (o.logLevel !== undefined && !isLogLevel(o.logLevel)) bad('logLevel', "must be 'debug', 'info', 'warn', 'error' or 'silent'")
  if (o.now !== undefined && typeof o.now !== 'function') bad('now', 'must be a function returning epoch milliseconds')
  return issues
}

function resolve(o: EventDispatcherOptions<object>): Settings {
  const target = o.logger
    ? { logger: o.logger as Logger, logLevel: o.logLevel ?? o.context?.logLevel ?? 'warn' }
    : o.context
      ? { logger: o.context.logger, logLevel: o.logLevel ?? o.context.logLevel }
      : { logger: console as Logger, logLevel: o.logLevel ?? 'warn' }
  const maxAge = o.maxAge ?? 8 * HOUR
  const own = o.store === undefined && o.context === undefined
  const store = o.store ?? o.context?.tokenStore ?? createMemoryStore()
  const deduper =
    o.dedupe === false
      ? undefined
      : createDeduper({
          store,
          // An entry must outlive every timestamp the window still accepts.
          ttl: maxAge + FUTURE_SKEW_MS,
          settle: o.settle ?? (own ? 0 : 100),
          warn: (message, fields) => log(target, 'warn', message, fields),
        })
  if (o.encryptKey === undefined && o.verificationToken === undefined) {
    log(target, 'warn', 'event dispatcher without encryptKey or verificationToken: requests are not authenticated')
  }
  let key: Promise<CryptoKey> | undefined
  const encryptKey = o.encryptKey
  return {
    encryptKey,
    verificationToken: o.verificationToken,
    get key() {
      if (encryptKey !== undefined) key ??= importEventKey(encryptKey)
      return key
    },
    handlers: new Map(Object.entries(o.handlers as Record<string, AnyHandler | undefined>).filter((e): e is [string, AnyHandler] => e[1] !== undefined)),
    context: o.context,
    deduper,
    maxAge,
    maxBodySize: o.maxBodySize ?? 1024 * 1024,
    ackAfter: o.ackAfter ?? 2500,
    now: o.now ?? Date.now,
    log: target,
  }
}

/**
 * Creates the webhook endpoint for events and callbacks.
 *
 * It verifies the signature over the raw bytes, answers the URL check, decrypts, checks the
 * Verification Token, refuses replays outside `maxAge` (callbacks: 5 min), de-duplicates events and
 * callbacks, stores `app_ticket` in the context's token store, and runs the handler for the type,
 * answering within `ackAfter` of the request's arrival. Handlers get a {@link LarkEvent}; callback
 * handlers (`card.action.trigger`, `card.action.trigger_v1`, `url.preview.get`) return the reply
 * body. Bad input gets a generic 4xx (the reason is logged); a handler's error a generic 500.
 *
 * @param options Keys, handlers, context, store and limits.
 * @returns `(request, extras?) => Promise<Response>`.
 * @throws {LarkValidationError} When an option is invalid.
 * @example
 * const dispatch = createEventDispatcher({
 *   encryptKey: env.ENCRYPT_KEY,
 *   verificationToken: env.VERIFICATION_TOKEN,
 *   context: ctx,
 *   handlers: {
 *     'im.message.receive_v1': async ({ event }) => console.log(event.message.content),
 *     'card.action.trigger': async ({ event }) => ({ toast: { type: 'success', content: `got ${event.action?.tag}` } }),
 *   },
 * })
 * export default { fetch: (request: Request) => dispatch(request) }
 */
export function createEventDispatcher<Extra extends object = {}>(options: EventDispatcherOptions<Extra>): EventDispatcher {
  const issues = check(options as EventDispatcherOptions<object>)
  if (issues.length > 0) throw createLarkValidationError('createEventDispatcher', issues)
  const settings = resolve(options as EventDispatcherOptions<object>)
  return async function dispatch(request, extras) {
    try {
      return await handle(settings, request, extras)
    } catch (error) {
      // Only a bug gets here: bad input is refused with a 4xx on the way.
      log(settings.log, 'error', 'event dispatcher failed', { error: error instanceof Error ? error.message : String(error) })
      return failed()
    }
  }
}
