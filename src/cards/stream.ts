/**
 * Streaming an answer into a CardKit card: `startCardStream` (a controller fed by `append` / `set`)
 * and `streamMarkdown` (the same, fed by an async iterable). Built only from the generated endpoints,
 * called as a user would call them: `createCard`, `createMessage` / `replyMessage`,
 * `contentCardElement`, `settingsCard`.
 *
 * Lifecycle of one card: create the entity (schema 2.0, `streaming_mode: true`, one markdown element),
 * send it by `card_id`, push the whole text so far with a rising `sequence` (one `uuid` per update, so
 * a retried update is not applied twice), at most one update per `throttleMs`, then turn streaming off
 * with a summary. Past `maxChars` the text rolls over to a new card (and message), cut with
 * `splitMarkdownChunks` so a code block is closed on one card and reopened on the next.
 *
 * No timer outlives the stream, and the calls that turn streaming off never take the caller's
 * signal: an aborted stream still leaves its card settled when the platform can be reached.
 *
 * @module
 */
import { createCard, settingsCard } from '../api/cardkit/v1/card.ts'
import { contentCardElement } from '../api/cardkit/v1/card.element.ts'
import { createMessage, replyMessage } from '../api/im/v1/message.ts'
import { sleep } from '../core/abort.ts'
import { createLarkValidationError, isLarkApiError } from '../core/errors.ts'
import type { CallOptions, Context } from '../core/types.ts'
import { cardRef } from '../messages/builders.ts'
import { limitCardTables, splitMarkdownChunks } from '../messages/markdown.ts'
import type { CardJson2 } from './types.ts'

/** Where the card goes: a new message to a receiver, or a reply to a message. */
export type StreamTarget =
  | { readonly receiveId: string; readonly receiveIdType: 'open_id' | 'union_id' | 'user_id' | 'email' | 'chat_id' }
  | { readonly replyTo: string; readonly inThread?: boolean }

export interface CardStreamOptions {
  /** Card header title; none by default. */
  readonly title?: string
  /** Least time between two content updates of one card, in ms (default 100, at least 100). */
  readonly throttleMs?: number
  /** Most characters of markdown on one card before rolling over to a new one (default 30,000). */
  readonly maxChars?: number
  /** Shown while nothing has arrived yet (default `…`). */
  readonly pendingText?: string
  /** Final text when the answer is empty (default `(no answer)`). */
  readonly emptyText?: string
  /** Added after the text when the stream fails or is aborted (default `*(interrupted)*`). */
  readonly interruptedNote?: string
  /**
   * Options for every call the stream makes: `tenantKey` (marketplace apps), `headers`, `timeout`,
   * a manual `tenantAccessToken`. A `signal` here is ignored: the calls that settle a card must run.
   */
  readonly callOptions?: Omit<CallOptions, 'signal' | 'idempotent'>
}

/** Options of {@link streamMarkdown}. */
export interface StreamMarkdownOptions extends CardStreamOptions {
  /** The source yields the whole text so far each time, not deltas. */
  readonly cumulative?: boolean
  /** Summary shown in the chat list at the end (default: the text's start). */
  readonly summary?: string
  /** Cancels the stream: the text so far stays, the note is added, streaming is turned off. */
  readonly signal?: AbortSignal
}

/** What a finished stream leaves. */
export interface CardStreamResult {
  /** The first message (the one that answers). */
  readonly messageId: string
  /** The first card. */
  readonly cardId: string
  /** Every card, in order (more than one after a rollover). */
  readonly cards: readonly string[]
  /** Every message, in order, one per card. */
  readonly messages: readonly string[]
  /** The whole text, as given. */
  readonly text: string
}

/** A card being streamed into. */
export interface CardStream {
  /** Adds text at the end. */
  append(delta: string): void
  /** Replaces the whole text (it may only grow past what already rolled over to earlier cards). */
  set(fullText: string): void
  /** Sends the last text, turns streaming off with a summary (default: the text's start). */
  finish(options?: { readonly summary?: string }): Promise<CardStreamResult>
  /** Like `finish`, with the interrupted note added; resolves with the result, never rejects for the note. */
  fail(reason?: unknown): Promise<CardStreamResult>
  /** The card being written now. */
  readonly cardId: string
  /** The message of the card being written now. */
  readonly messageId: string
}

/** The id of the markdown element the stream writes. */
export const STREAM_ELEMENT_ID = 'larkfn_stream'
/** Default most characters per card. */
export const STREAM_MAX_CHARS = 30_000
/**
 * Most UTF-8 bytes of markdown per card: a card may hold 30 KB (error 200860 past it), and the card
 * JSON around the text, with its escapes, needs some of that.
 */
export const STREAM_MAX_BYTES = 25_000

const encoder = /* @__PURE__ */ new TextEncoder()

/**
 * `undefined` when `content` fits one card; else the character limit to split it with, so the
 * first chunk stays under both `maxChars` and {@link STREAM_MAX_BYTES}.
 */
function fitting(content: string, maxChars: number): number | undefined {
  const bytes = encoder.encode(content).length
  if (content.length <= maxChars && bytes <= STREAM_MAX_BYTES) return undefined
  let limit = Math.min(maxChars, content.length - 1)
  // Shrink until the first `limit` characters fit in bytes (multi-byte text: CJK is 3 bytes a character).
  while (limit > 100 && encoder.encode(content.slice(0, limit)).length > STREAM_MAX_BYTES) {
    limit = Math.max(100, Math.floor(limit * 0.9))
  }
  return limit
}
/**
 * Fewest milliseconds between two calls on one card. The platform allows 10 card and element calls
 * per second on one card entity (the streaming update overview); every call of a stream, the last
 * settings included, is spaced at least this far apart.
 */
export const STREAM_MIN_INTERVAL_MS = 100

/**
 * The platform's code (300317) for a call whose `sequence` is not above the card's last one (the
 * content and settings pages' error tables). Such a call is sent again with a higher sequence.
 */
export const STALE_SEQUENCE_CODE = 300317

const ENDPOINT = 'cards.startCardStream'

function invalid(path: string, message: string): never {
  throw createLarkValidationError(ENDPOINT, [{ path, message }])
}

/** A short plain-text summary: the text's start without markdown marks, on one line. */
export function summarize(text: string, max = 50): string {
  const plain = text
    .replace(/```[^\n]*\n?/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain
}

function cardJson(title: string | undefined, content: string): string {
  const card: CardJson2 = {
    schema: '2.0',
    config: {
      streaming_mode: true,
      summary: { content: '…' },
      streaming_config: { print_frequency_ms: { default: 70 }, print_step: { default: 1 }, print_strategy: 'fast' },
    },
    ...(title ? { header: { title: { tag: 'plain_text', content: title } } } : {}),
    body: { elements: [{ tag: 'markdown', content, element_id: STREAM_ELEMENT_ID }] },
  }
  return JSON.stringify(card)
}

/** One card of the stream: its ids, the next sequence, and where its part of the text starts. */
interface Card {
  readonly cardId: string
  readonly messageId: string
  sequence: number
  /** Offset in the whole text where this card's part starts. */
  readonly start: number
  /** A code fence reopened at the top of this card (with its newline), or `''`. */
  readonly carry: string
  /** The content last sent. */
  sent: string
}

/**
 * Creates a streaming card, sends it to `target`, and returns a controller to write into it.
 *
 * @param ctx The context (tenant token; the app needs `cardkit:card:write` and a bot).
 * @param target `{ receiveId, receiveIdType }` for a new message, `{ replyTo, inThread? }` for a reply.
 * @param options Title, throttle, rollover size, texts.
 * @returns The controller, once the first card is on its way.
 * @example
 * const stream = await startCardStream(ctx, { replyTo: message.messageId })
 * model.on('delta', (d) => stream.append(d))
 * model.on('end', () => stream.finish())
 */
export async function startCardStream(ctx: Context, target: StreamTarget, options: CardStreamOptions = {}): Promise<CardStream> {
  const throttle = Math.max(STREAM_MIN_INTERVAL_MS, options.throttleMs ?? STREAM_MIN_INTERVAL_MS)
  const maxChars = options.maxChars ?? STREAM_MAX_CHARS
  if (!Number.isSafeInteger(maxChars) || maxChars < 100) invalid('maxChars', 'must be an integer of at least 100')
  if (!('replyTo' in target ? target.replyTo : target.receiveId)) invalid('target', 'needs replyTo, or receiveId and receiveIdType')
  const pending = options.pendingText ?? '…'
  // Every call is safe to replay: sends and updates carry a uuid.
  const { signal: _ignored, ...passed } = (options.callOptions ?? {}) as CallOptions
  const call: CallOptions = { ...passed, idempotent: true }

  async function openCard(start: number, carry: string, content: string): Promise<Card> {
    const { card_id } = await createCard(ctx, { body: { type: 'card_json', data: cardJson(options.title, content || pending) } }, passed)
    if (!card_id) throw new Error(`${ENDPOINT}: createCard answered no card_id`)
    const body = { ...cardRef(card_id), uuid: `s_${card_id}` }
    const sent =
      'replyTo' in target
        ? await replyMessage(ctx, { path: { message_id: target.replyTo }, body: { ...body, reply_in_thread: target.inThread } }, call)
        : await createMessage(ctx, { query: { receive_id_type: target.receiveIdType }, body: { ...body, receive_id: target.receiveId } }, call)
    const messageId = (sent as { message_id?: string }).message_id ?? ''
    cards.push(card_id)
    messages.push(messageId)
    return { cardId: card_id, messageId, sequence: 1, start, carry, sent: content || pending }
  }

  /**
   * One call on `card` with the card's next sequence, spaced from its last call (every call counts in
   * the per-card rate). A call refused for a stale sequence is made again with a higher one.
   */
  async function sequenced(card: Card, send: (sequence: number) => Promise<unknown>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await spaced()
      try {
        await send(card.sequence++)
        return
      } catch (error) {
        if (!(attempt < 3 && isLarkApiError(error) && error.code === STALE_SEQUENCE_CODE)) throw error
      } finally {
        lastCall = Date.now()
      }
    }
  }

  /** Sends `content` as the whole text of `card`. */
  async function push(card: Card, content: string): Promise<void> {
    await sequenced(card, (sequence) =>
      contentCardElement(
        ctx,
        { path: { card_id: card.cardId, element_id: STREAM_ELEMENT_ID }, body: { content, sequence, uuid: `c_${card.cardId}_${sequence}` } },
        call,
      ),
    )
    card.sent = content
  }

  /** Turns streaming off on `card`, with `summary` for the chat list. */
  async function settle(card: Card, summary: string): Promise<void> {
    const settings = JSON.stringify({ config: { streaming_mode: false, summary: { content: summary } } })
    await sequenced(card, (sequence) =>
      settingsCard(ctx, { path: { card_id: card.cardId }, body: { settings, sequence, uuid: `s_${card.cardId}_${sequence}` } }, call),
    )
  }

  const cards: string[] = []
  const messages: string[] = []
  let text = ''
  let current = await openCard(0, '', '')
  /** When the current card's last call was answered (ms). */
  let lastCall = 0
  let pump: Promise<void> | undefined
  let failure: unknown
  let closed = false
  /** Text changed since the last update was prepared. */
  let dirty = false

  /** This card's part of the text, rolled over to new cards while it is too long. */
  async function fit(): Promise<string> {
    for (;;) {
      const content = current.carry + text.slice(current.start)
      const limit = fitting(content, maxChars)
      if (limit === undefined) return limitCardTables(content)
      const [first, second] = splitMarkdownChunks(content, limit)
      if (!first || !second) return limitCardTables(content)
      const final = limitCardTables(first.prefix + first.body + first.suffix)
      if (final !== current.sent) await push(current, final)
      await settle(current, summarize(final))
      const at = content.indexOf(second.body, first.prefix.length + first.body.length)
      current = await openCard(current.start + at - current.carry.length, second.prefix, '')
      lastCall = 0
    }
  }

  /**
   * Waits until `throttle` has passed since the card's last call ended: every call counts in its
   * rate, and counting from the answer keeps calls at least `throttle` apart when they arrive too.
   */
  async function spaced(): Promise<void> {
    const wait = lastCall + throttle - Date.now()
    if (wait > 0) await sleep(wait)
  }

  async function run(): Promise<void> {
    while (dirty && !failure) {
      // Waiting here, before reading the text, lets what arrives meanwhile join this update.
      await spaced()
      dirty = false
      const content = await fit()
      if (content !== current.sent) await push(current, content)
    }
  }

  function kick(): void {
    dirty = true
    if (closed || failure || pump) return
    pump = run()
      .catch((error: unknown) => {
        failure = error
      })
      .finally(() => {
        pump = undefined
        // Text that arrived while the loop was ending goes out too.
        if (dirty && !closed && !failure) kick()
      })
  }

  async function close(note: string | undefined, summary: string | undefined): Promise<CardStreamResult> {
    if (closed) invalid('finish', 'the stream is already finished')
    closed = true
    while (pump) await pump
    if (note !== undefined) text += note
    if (!text) text = options.emptyText ?? '(no answer)'
    const content = failure ? undefined : await fit()
    if (content !== undefined && content !== current.sent) await push(current, content)
    await settle(current, summary ?? summarize(text))
    if (failure) throw failure
    return { messageId: messages[0]!, cardId: cards[0]!, cards: [...cards], messages: [...messages], text }
  }

  const note = () => `${text ? '\n\n' : ''}${options.interruptedNote ?? '*(interrupted)*'}`
  return {
    append(delta) {
      if (closed) invalid('append', 'the stream is already finished')
      text += String(delta)
      kick()
    },
    set(fullText) {
      if (closed) invalid('set', 'the stream is already finished')
      text = String(fullText)
      kick()
    },
    finish: (finishOptions) => close(undefined, finishOptions?.summary),
    fail: () => close(note(), undefined),
    get cardId() {
      return current.cardId
    },
    get messageId() {
      return current.messageId
    },
  }
}

/**
 * Streams an answer into a card: deltas (or, with `cumulative`, snapshots of the whole text) from
 * `source` are written as they come, throttled, rolled over to new cards when long.
 *
 * If `source` throws or `options.signal` aborts, the text so far stays, the interrupted note is added,
 * streaming is turned off, and the promise rejects with the source's error (or the abort reason).
 *
 * @param ctx The context.
 * @param target `{ receiveId, receiveIdType }` or `{ replyTo, inThread? }`.
 * @param source An async iterable of strings (an LLM SDK's text stream, for instance).
 * @param options As for {@link startCardStream}, plus `cumulative` and `summary`.
 * @returns The ids of the message(s) and card(s), and the whole text.
 * @example
 * await streamMarkdown(ctx, { replyTo: message.messageId }, model.textStream)
 */
export async function streamMarkdown(
  ctx: Context,
  target: StreamTarget,
  source: AsyncIterable<string>,
  options: StreamMarkdownOptions = {},
): Promise<CardStreamResult> {
  const { signal } = options
  signal?.throwIfAborted()
  const stream = await startCardStream(ctx, target, options)
  const iterator = source[Symbol.asyncIterator]()
  let aborted: (() => void) | undefined
  const abort = new Promise<never>((_, reject) => {
    aborted = () => reject(signal?.reason)
    signal?.addEventListener('abort', aborted, { once: true })
  })
  abort.catch(() => {})
  try {
    for (;;) {
      signal?.throwIfAborted()
      const step = await Promise.race([iterator.next(), abort])
      if (step.done) break
      if (options.cumulative) stream.set(step.value)
      else stream.append(step.value)
    }
  } catch (error) {
    if (aborted) signal?.removeEventListener('abort', aborted)
    void Promise.resolve(iterator.return?.()).catch(() => {})
    // The source's error is the one to report; the card is settled as well as it can be.
    await stream.fail(error).catch(() => {})
    throw error
  }
  if (aborted) signal?.removeEventListener('abort', aborted)
  return stream.finish({ summary: options.summary })
}
