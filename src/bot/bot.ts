/**
 * `createBot`: a chat bot over webhooks (`bot.fetch`, a Web-standard handler) or the long connection
 * (`bot.connect`), composed of exported pieces:
 *
 * ```
 * createEventDispatcher / startLongConnection   verify, decrypt, de-duplicate by event id (shared store)
 *   → botIdentity          the bot's open id (asked once, kept in the store)
 *   → normalizeMessage     ids, mentions (the bot's own removed), readable text
 *   → de-dup by message id (shared store)
 *   → checkPolicy          mention / DM / allowlists / other bots / age → onReject
 *   → createChatQueue      one chat in order, chats in parallel (per instance)
 *   → onMessage(message, reply)   reply from createReply: messages builders, cards streaming
 * ```
 *
 * A handler runs at most once per message: its errors are logged and passed to `onError`, never
 * retried, and the platform gets its acknowledgement either way.
 *
 * @module
 */
import { getMessage } from '../api/im/v1/message.ts'
import { createLarkValidationError, type ValidationIssue } from '../core/errors.ts'
import { describeError, log } from '../core/log.ts'
import type { Context } from '../core/types.ts'
import type { CardActionReply } from '../events/callbacks.ts'
import { createDeduper } from '../events/dedupe.ts'
import { createEventDispatcher } from '../events/dispatcher.ts'
import type { DispatchExtras, EventDispatcherOptions, EventHandlers, LarkEvent } from '../events/types.ts'
import { normalizeMessage, type NormalizedMessage } from '../messages/normalize.ts'
import type { LongConnection, LongConnectionOptions } from '../ws/types.ts'
import { botIdentity, type BotIdentity } from './identity.ts'
import { checkPolicy, type BotPolicy, type RejectReason } from './policy.ts'
import { createChatQueue, type ChatQueueOptions } from './queue.ts'
import { createReply, showTyping, type BotReply } from './reply.ts'

/** The receive event as the handler gets it (envelope facts and the raw payload). */
export type MessageEvent = LarkEvent<'im.message.receive_v1'>

/** Options of {@link createBot}. */
export interface BotOptions {
  /** The app's context: credentials, token store (de-dup and identity are shared through it), logger. */
  readonly context: Context
  /** The app's Encrypt Key (webhooks). */
  readonly encryptKey?: string | undefined
  /** The app's Verification Token (webhooks). */
  readonly verificationToken?: string | undefined
  /** Handles one message the policy lets through. Runs once per message; one chat at a time. */
  readonly onMessage: (message: NormalizedMessage, reply: BotReply, event: MessageEvent) => unknown
  /** Card button callbacks: what it returns is the callback's answer (a toast, a new card). */
  readonly onCardAction?: (event: LarkEvent<'card.action.trigger'>) => CardActionReply | undefined | void | Promise<CardActionReply | undefined | void>
  /** Reactions added to messages (reactions by bots, the bot's own typing indicator included, are skipped when `policy.ignoreBots`). */
  readonly onReaction?: (event: LarkEvent<'im.message.reaction.created_v1'>) => unknown
  /** The bot was added to a chat. */
  readonly onBotAdded?: (event: LarkEvent<'im.chat.member.bot.added_v1'>) => unknown
  /** A message the policy refused, or that found its chat's queue full. */
  readonly onReject?: (message: NormalizedMessage, reason: RejectReason) => unknown
  /** An error of a handler (after it was logged). */
  readonly onError?: (error: unknown, message?: NormalizedMessage) => unknown
  readonly policy?: BotPolicy
  /** Shows a `Typing` reaction on the message while `onMessage` runs (default false). */
  readonly typing?: boolean
  /** The bot's open id, when known: skips `GET /open-apis/bot/v3/info`. */
  readonly botOpenId?: string
  /** The per-chat queue: order window and bounds. */
  readonly queue?: ChatQueueOptions
  /** Webhook dispatcher options (`ackAfter`, `store`, `maxAge`, …); handlers and keys come from the bot. */
  readonly webhook?: Omit<EventDispatcherOptions, 'handlers' | 'context' | 'encryptKey' | 'verificationToken'>
}

/** Options of `bot.connect`: those of `startLongConnection`, without handlers. */
export type BotConnectOptions = Omit<LongConnectionOptions, 'handlers'> & {
  /** Milliseconds `close()` waits for handlers still running (default 10,000). */
  readonly drainTimeout?: number
}

/** A bot. */
export interface Bot {
  /** The webhook endpoint: a Web-standard handler; pass Workers' `{ waitUntil }` as `extras`. */
  fetch(request: Request, extras?: DispatchExtras): Promise<Response>
  /** Runs the same bot over the long connection; `close()` also waits for running handlers. */
  connect(options?: BotConnectOptions): Promise<LongConnection>
  /** The bot's identity: asked once and kept in the store; with `botOpenId` given, that id (and no name) without a request. */
  identity(tenantKey?: string): Promise<BotIdentity>
  /** Resolves when no message is waiting or being handled, webhook work after an early acknowledgement included (tests, shutdown). */
  idle(): Promise<void>
}

function check(o: BotOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const bad = (path: string, message: string) => issues.push({ path, message })
  if (typeof o !== 'object' || o === null) return [{ path: '', message: 'options must be an object' }]
  if (typeof o.context !== 'object' || o.context === null || typeof o.context.send !== 'function') bad('context', 'must be a context from createContext')
  if (typeof o.onMessage !== 'function') bad('onMessage', 'must be a function')
  for (const name of ['onCardAction', 'onReaction', 'onBotAdded', 'onReject', 'onError'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'function') bad(name, 'must be a function')
  }
  if (o.botOpenId !== undefined && (typeof o.botOpenId !== 'string' || o.botOpenId === '')) bad('botOpenId', 'must be a non-empty string')
  const p = o.policy
  if (p !== undefined) {
    for (const name of ['chats', 'users'] as const) {
      if (p[name] !== undefined && !(Array.isArray(p[name]) && p[name]!.every((v) => typeof v === 'string'))) bad(`policy.${name}`, 'must be an array of strings')
    }
    if (p.maxAge !== undefined && !(typeof p.maxAge === 'number' && p.maxAge >= 0)) bad('policy.maxAge', 'must be a number ≥ 0')
  }
  const q = o.queue
  for (const name of ['orderWindow', 'maxPerChat', 'maxTotal'] as const) {
    const v = q?.[name]
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) bad(`queue.${name}`, 'must be a finite number ≥ 0')
  }
  return issues
}

/**
 * Creates a bot.
 *
 * @param options The context, keys, handlers and policy.
 * @returns `{ fetch, connect, identity, idle }`.
 * @throws {LarkValidationError} When an option is invalid.
 * @example
 * const bot = createBot({
 *   context: ctx,
 *   encryptKey: env.ENCRYPT_KEY,
 *   onMessage: (message, reply) => reply.markdown(`you said: ${message.text}`),
 * })
 * export default { fetch: (request, env, executionContext) => bot.fetch(request, executionContext) }
 */
export function createBot(options: BotOptions): Bot {
  const issues = check(options)
  if (issues.length > 0) throw createLarkValidationError('createBot', issues)
  const ctx = options.context
  const policy = options.policy ?? {}
  const ignoreBots = policy.ignoreBots ?? true
  const queue = createChatQueue(options.queue)
  // Message ids, next to the transports' event ids, in the same store and under the same TTL.
  const messages = createDeduper({
    store: options.webhook?.store ?? ctx.tokenStore,
    ttl: 8 * 3_600_000,
    settle: 0,
    warn: (message, fields) => log(ctx, 'warn', message, fields),
  })

  const identity = async (tenantKey?: string): Promise<BotIdentity> => {
    if (options.botOpenId === undefined) return botIdentity(ctx, tenantKey)
    return { openId: options.botOpenId, appName: '' }
  }

  /** Calls a user callback; its error is logged and passed to `onError`, never thrown. */
  async function guard<T>(what: string, run: () => T | Promise<T>, message?: NormalizedMessage): Promise<T | undefined> {
    try {
      return await run()
    } catch (error) {
      log(ctx, 'error', `bot: ${what} failed`, { messageId: message?.messageId, chatId: message?.chatId, error: describeError(error) })
      if (options.onError) {
        try {
          await options.onError(error, message)
        } catch (inner) {
          log(ctx, 'error', 'bot: onError failed', { error: describeError(inner) })
        }
      }
      return undefined
    }
  }

  async function handle(message: NormalizedMessage, event: MessageEvent): Promise<void> {
    const call = event.tenantKey ? { tenantKey: event.tenantKey } : {}
    const typing = options.typing ? showTyping(ctx, message.messageId, call) : undefined
    try {
      await guard(
        'onMessage',
        async () => {
          let full = message
          if (message.msgType === 'merge_forward') {
            // Expanded only now, in the chat's turn: the policy needs no forwarded content.
            const fetchMessage = (id: string, signal?: AbortSignal) => getMessage(ctx, { path: { message_id: id } }, { ...call, signal })
            full = await normalizeMessage(event.event, { botOpenId: (await identity(event.tenantKey)).openId, fetchMessage })
          }
          return options.onMessage(full, createReply(ctx, full, call), event)
        },
        message,
      )
    } finally {
      if (typing) await (await typing)()
    }
  }

  /**
   * Takes one receive event up to the queue. Resolves to the handler's completion (`undefined` when
   * the message is not handled); rejects only when the bot's identity cannot be had, so the
   * transport answers with a failure and the platform delivers the event again later.
   */
  async function accept(event: MessageEvent): Promise<Promise<void> | undefined> {
    const { openId } = await identity(event.tenantKey)
    const message = await normalizeMessage(event.event, { botOpenId: openId })
    if (message.messageId !== '') {
      const claim = await messages.claim(`message:${message.messageId}`)
      if (!claim.fresh) {
        log(ctx, 'debug', 'bot: message already handled; skipped', { messageId: message.messageId })
        return undefined
      }
    }
    const refuse = async (reason: RejectReason) => {
      log(ctx, 'debug', 'bot: message not handled', { messageId: message.messageId, reason })
      if (options.onReject) await guard('onReject', () => options.onReject!(message, reason), message)
      return undefined
    }
    const reason = checkPolicy(message, policy)
    if (reason) return refuse(reason)
    const done = queue.push(message.chatId, message.createTime ?? Date.now(), () => handle(message, event))
    return done ?? refuse('queue-full')
  }

  const byBot = (operatorType: string | undefined) => ignoreBots && operatorType !== undefined && operatorType !== 'user'

  /** The handlers of both transports; `wait` says whether a delivery waits for its message's handler. */
  function handlers(wait: boolean): EventHandlers {
    return {
      'im.message.receive_v1': async (event) => {
        const done = await accept(event)
        if (wait) await done
      },
      ...(options.onCardAction ? { 'card.action.trigger': (event) => options.onCardAction!(event) } : {}),
      ...(options.onReaction
        ? {
            'im.message.reaction.created_v1': async (event) => {
              if (!byBot(event.event.operator_type)) await guard('onReaction', () => options.onReaction!(event))
            },
          }
        : {}),
      ...(options.onBotAdded ? { 'im.chat.member.bot.added_v1': async (event) => void (await guard('onBotAdded', () => options.onBotAdded!(event))) } : {}),
    }
  }

  let dispatch: ((request: Request, extras?: DispatchExtras) => Promise<Response>) | undefined
  // Webhook work still running after its early acknowledgement (claims, identity, the handler).
  const late = new Set<Promise<unknown>>()

  const bot: Bot = {
    fetch(request, extras) {
      // The dispatcher acknowledges at its deadline and hands the rest to `extras.waitUntil`.
      dispatch ??= createEventDispatcher({
        ...options.webhook,
        encryptKey: options.encryptKey,
        verificationToken: options.verificationToken,
        context: ctx,
        handlers: handlers(true),
      })
      const waitUntil = (work: Promise<unknown>) => {
        late.add(work)
        void work.finally(() => late.delete(work)).catch(() => {})
        extras?.waitUntil?.(work)
      }
      return dispatch(request, { waitUntil })
    },
    async connect(connectOptions = {}) {
      const { drainTimeout = 10_000, ...rest } = connectOptions
      // Loaded here, not at the top: a webhook bot's bundle (with code splitting) and its start-up
      // leave the long connection's code out. It ACKs when the handler resolves: after the
      // queueing, not the answer.
      const { startLongConnection } = await import('../ws/connection.ts')
      const connection = await startLongConnection(ctx, { ...rest, handlers: handlers(false) })
      const close = async () => {
        await connection.close()
        // Every accepted message is in the queue: wait for it to drain, at most drainTimeout.
        let timer: ReturnType<typeof setTimeout> | undefined
        const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeout)))
        await Promise.race([bot.idle(), giveUp])
        clearTimeout(timer)
      }
      return new Proxy(connection, { get: (target, key) => (key === 'close' ? close : Reflect.get(target, key, target)) })
    },
    identity,
    async idle() {
      while (late.size > 0 || queue.size > 0) {
        await Promise.allSettled([...late])
        await queue.idle()
      }
    },
  }
  return bot
}
