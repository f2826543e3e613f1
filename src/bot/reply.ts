/**
 * Answering a received message: `createReply` gives the `reply` object a bot handler gets, built
 * only from exported pieces (the message builders, `replyMessage` / `createMessage`,
 * `createMessageReaction`, `streamMarkdown`). Replies go in the message's thread when it is in one.
 *
 * Two fallbacks, each logged at warn: a reply whose target is gone (recalled or deleted) is sent as
 * a new message in the chat; a post the platform refuses as malformed is sent again as plain text.
 *
 * @module
 */
import { createMessageReaction, deleteMessageReaction } from '../api/im/v1/message.reaction.ts'
import { createMessage, replyMessage } from '../api/im/v1/message.ts'
import { streamMarkdown, type CardStreamResult, type StreamMarkdownOptions, type StreamTarget } from '../cards/stream.ts'
import type { CardJson2 } from '../cards/types.ts'
import { isLarkApiError } from '../core/errors.ts'
import { log } from '../core/log.ts'
import type { CallOptions, Context } from '../core/types.ts'
import { card, markdown, text, type CardJson, type OutgoingMessage } from '../messages/builders.ts'
import { splitMarkdown } from '../messages/markdown.ts'
import { normalizeMessage, type NormalizedMessage } from '../messages/normalize.ts'

/**
 * Codes of a reply whose target message is gone: 230011 (the message was withdrawn), and 230017 /
 * 230020, which the official node SDK's channel layer also reads as a revoked target.
 */
export const REPLY_TARGET_GONE_CODES: ReadonlySet<number> = /*#__PURE__*/ new Set([230011, 230017, 230020])

/** Code of a request the platform refuses as invalid (a malformed post among others). */
export const INVALID_REQUEST_CODE = 230001

/** Characters of markdown per post when `reply.markdown` splits a long text. */
export const MARKDOWN_CHUNK_CHARS = 8000

/** Where `reply.send` sends: a chat id, or one kind of id. */
export type SendTarget =
  | string
  | { readonly chatId: string }
  | { readonly openId: string }
  | { readonly userId: string }
  | { readonly unionId: string }
  | { readonly email: string }

/** What a bot handler gets to answer the message with. Every method resolves once the platform took it. */
export interface BotReply {
  /** A text reply; resolves to its message id. */
  text(content: string): Promise<string>
  /** A markdown reply (posts), split into several when longer than {@link MARKDOWN_CHUNK_CHARS}; resolves to their ids. */
  markdown(md: string, options?: { readonly title?: string }): Promise<string[]>
  /** A card reply (card JSON 1.0 or 2.0, or its JSON text); resolves to its message id. */
  card(cardJson: CardJson | CardJson2 | string): Promise<string>
  /** Streams `source` into a card that replies to the message (`streamMarkdown`). */
  stream(source: AsyncIterable<string>, options?: StreamMarkdownOptions): Promise<CardStreamResult>
  /** Adds a reaction (an emoji type such as `THUMBSUP`) to the message; resolves to the reaction id. */
  react(emojiType: string): Promise<string>
  /** Sends `content` (a builder's result) as a new message to someone else, or to a chat by id. */
  send(to: SendTarget, content: OutgoingMessage): Promise<string>
}

/** True when `error` says the message being replied to is gone (recalled or deleted). */
export function isReplyTargetGone(error: unknown): boolean {
  if (!isLarkApiError(error)) return false
  return REPLY_TARGET_GONE_CODES.has(error.code) || /withdrawn|recalled/i.test(error.msg)
}

function receiver(to: SendTarget): { type: 'chat_id' | 'open_id' | 'user_id' | 'union_id' | 'email'; id: string } {
  if (typeof to === 'string') return { type: 'chat_id', id: to }
  if ('chatId' in to) return { type: 'chat_id', id: to.chatId }
  if ('openId' in to) return { type: 'open_id', id: to.openId }
  if ('userId' in to) return { type: 'user_id', id: to.userId }
  if ('unionId' in to) return { type: 'union_id', id: to.unionId }
  return { type: 'email', id: to.email }
}

const idOf = (sent: { message_id?: string }) => sent.message_id ?? ''

/**
 * Makes the `reply` object for one received message.
 *
 * @param ctx The context.
 * @param message The received message (normalized).
 * @param call Options for every call (`tenantKey` of the event for marketplace apps).
 * @returns The reply methods.
 */
export function createReply(ctx: Context, message: NormalizedMessage, call: CallOptions = {}): BotReply {
  const inThread = message.threadId !== undefined && message.threadId !== ''
  // A uuid per call: the platform sends each one once, so a retried call is not sent twice.
  const options: CallOptions = { ...call, idempotent: true }

  const send = async (to: SendTarget, content: OutgoingMessage) => {
    const { type, id } = receiver(to)
    return idOf(await createMessage(ctx, { query: { receive_id_type: type }, body: { receive_id: id, ...content, uuid: crypto.randomUUID() } }, options))
  }

  /** Replies; falls back to a new message in the chat when the target is gone. */
  const answer = async (content: OutgoingMessage): Promise<string> => {
    try {
      const body = { ...content, reply_in_thread: inThread || undefined, uuid: crypto.randomUUID() }
      return idOf(await replyMessage(ctx, { path: { message_id: message.messageId }, body }, options))
    } catch (error) {
      if (!isReplyTargetGone(error)) throw error
      log(ctx, 'warn', 'bot: the message to reply to is gone; sending a new message to the chat', { messageId: message.messageId, code: (error as { code: number }).code })
      return send({ chatId: message.chatId }, content)
    }
  }

  /** A post, or the same text as plain text when the platform refuses the post as malformed. */
  const post = async (content: OutgoingMessage, plain: () => Promise<string> | string, deliver: (c: OutgoingMessage) => Promise<string>) => {
    try {
      return await deliver(content)
    } catch (error) {
      if (!(content.msg_type === 'post' && isLarkApiError(error) && error.code === INVALID_REQUEST_CODE)) throw error
      log(ctx, 'warn', 'bot: the platform refused the post as malformed; sending it as plain text', { messageId: message.messageId, code: error.code })
      return deliver(text(await plain()))
    }
  }

  return {
    text: (content) => answer(text(content)),
    async markdown(md, opts = {}) {
      const ids: string[] = []
      for (const chunk of md.length > MARKDOWN_CHUNK_CHARS ? splitMarkdown(md, MARKDOWN_CHUNK_CHARS) : [md]) {
        ids.push(await post(markdown(chunk, opts), () => chunk, answer))
      }
      return ids
    },
    card: (cardJson) => answer(card(cardJson as CardJson | string)),
    async stream(source, opts = {}) {
      // The source is read only after the first card is sent: when that send finds the message gone,
      // nothing is consumed yet and the stream goes to the chat instead.
      let started = false
      const tracked: AsyncIterable<string> = {
        [Symbol.asyncIterator]: () => ((started = true), source[Symbol.asyncIterator]()),
      }
      const streamOptions = { ...opts, callOptions: { ...call, ...opts.callOptions } }
      const target: StreamTarget = { replyTo: message.messageId, ...(inThread ? { inThread } : {}) }
      try {
        return await streamMarkdown(ctx, target, tracked, streamOptions)
      } catch (error) {
        if (started || !isReplyTargetGone(error)) throw error
        log(ctx, 'warn', 'bot: the message to reply to is gone; streaming into a new message in the chat', { messageId: message.messageId })
        return streamMarkdown(ctx, { receiveId: message.chatId, receiveIdType: 'chat_id' }, source, streamOptions)
      }
    },
    async react(emojiType) {
      const sent = await createMessageReaction(ctx, { path: { message_id: message.messageId }, body: { reaction_type: { emoji_type: emojiType } } }, call)
      return sent.reaction_id ?? ''
    },
    send: (to, content) =>
      post(
        content,
        async () => (await normalizeMessage({ message_type: content.msg_type, content: content.content })).text,
        (c) => send(to, c),
      ),
  }
}

/** The emoji type of the typing indicator (there is no typing API; bots use this reaction). */
export const TYPING_EMOJI = 'Typing'

/**
 * Shows a typing indicator on a message: a `Typing` reaction, removed by the returned function.
 * Never rejects: a failure to add or remove it is logged at debug and the bot goes on.
 *
 * @param ctx The context.
 * @param messageId The message being answered.
 * @param call Options for both calls (`tenantKey`).
 * @returns Resolves to the function that removes the indicator.
 */
export async function showTyping(ctx: Context, messageId: string, call: CallOptions = {}): Promise<() => Promise<void>> {
  const path = { message_id: messageId }
  const quiet = (what: string) => (error: unknown) =>
    log(ctx, 'debug', `bot: typing indicator could not be ${what}`, { messageId, reason: error instanceof Error ? error.message : String(error) })
  try {
    const { reaction_id } = await createMessageReaction(ctx, { path, body: { reaction_type: { emoji_type: TYPING_EMOJI } } }, call)
    if (!reaction_id) return async () => {}
    return () =>
      deleteMessageReaction(ctx, { path: { ...path, reaction_id } }, call).then(
        () => {},
        quiet('removed'),
      )
  } catch (error) {
    quiet('added')(error)
    return async () => {}
  }
}
