/**
 * Which received messages a bot answers: a pure check of a normalized message against the bot's
 * policy, usable alone (in your own dispatcher handler) and used by `createBot`.
 *
 * @module
 */
import type { NormalizedMessage } from '../messages/normalize.ts'

/** Who the bot answers. Every field is optional; the defaults are in brackets. */
export interface BotPolicy {
  /** Group messages are answered only when they @mention the bot [true]. */
  readonly requireMention?: boolean
  /** An `@all` in a group counts as a mention of the bot [false]. */
  readonly mentionAll?: boolean
  /** Direct (p2p) messages are answered [true]. */
  readonly directMessages?: boolean
  /** Only these group chats (chat ids) are answered; direct messages are not affected [all]. */
  readonly chats?: readonly string[]
  /** Only messages from these users (open ids) are answered, in groups and direct messages [all]. */
  readonly users?: readonly string[]
  /** Messages sent by other bots and apps are ignored [true]. */
  readonly ignoreBots?: boolean
  /** Messages older than this many milliseconds are dropped, e.g. a backlog after an outage [30 min]. */
  readonly maxAge?: number
}

/** Why a message was not handled. */
export type RejectReason =
  | 'not-mentioned'
  | 'chat-not-allowed'
  | 'user-not-allowed'
  | 'direct-messages-off'
  | 'from-bot'
  | 'too-old'
  | 'queue-full'

/** Default of {@link BotPolicy.maxAge}: 30 minutes. */
export const DEFAULT_MAX_MESSAGE_AGE_MS = 30 * 60_000

/**
 * Checks a message against a policy.
 *
 * A chat is direct when its `chatType` is `p2p`; every other value (`group`, `topic_group`, or an
 * unknown one) is treated as a group, so an unknown chat type needs a mention.
 *
 * @param message A result of `normalizeMessage` (with the bot's open id, so `mentionsBot` is set).
 * @param policy The policy; defaults as documented on {@link BotPolicy}.
 * @param now Epoch milliseconds (default `Date.now()`).
 * @returns `undefined` when the message is to be handled, else the reason it is not.
 * @example
 * const reason = checkPolicy(await normalizeMessage(event, { botOpenId }), { chats: ['oc_123'] })
 * if (reason) return
 */
export function checkPolicy(message: NormalizedMessage, policy: BotPolicy = {}, now: number = Date.now()): RejectReason | undefined {
  if ((policy.ignoreBots ?? true) && message.senderType !== undefined && message.senderType !== 'user') return 'from-bot'
  const maxAge = policy.maxAge ?? DEFAULT_MAX_MESSAGE_AGE_MS
  if (message.createTime !== undefined && now - message.createTime > maxAge) return 'too-old'
  if (policy.users && !(message.senderOpenId !== undefined && policy.users.includes(message.senderOpenId))) return 'user-not-allowed'
  if (message.chatType === 'p2p') return (policy.directMessages ?? true) ? undefined : 'direct-messages-off'
  if (policy.chats && !policy.chats.includes(message.chatId)) return 'chat-not-allowed'
  const mentioned = message.mentionsBot || (message.mentionsAll && (policy.mentionAll ?? false))
  if ((policy.requireMention ?? true) && !mentioned) return 'not-mentioned'
  return undefined
}
