/**
 * A chat bot in one function, built on `createBot` from `larkfn/bot`: it answers direct messages
 * and group messages that @mention it with a markdown reply. The same bot runs over the long
 * connection (`node.ts`, `bot.connect`) or as a webhook Worker (`worker.ts`, `bot.fetch`).
 */
import type { Context } from 'larkfn'
import { createBot, type Bot } from 'larkfn/bot'

/** What the bot needs besides a context: event keys for webhooks, and its open id when known. */
export interface ChatBotOptions {
  readonly encryptKey?: string
  readonly verificationToken?: string
  /** The bot's open id: skips asking the platform (`GET /open-apis/bot/v3/info`). */
  readonly botOpenId?: string
}

/**
 * Builds the bot.
 *
 * @param ctx A context with the app's credentials (tokens, store, logger).
 * @param options Event keys and the bot's open id.
 * @returns The bot: `fetch` (webhooks), `connect` (long connection).
 */
export function createChatBot(ctx: Context, options: ChatBotOptions = {}): Bot {
  return createBot({
    context: ctx,
    ...options,
    // Groups: only when mentioned (the bot's own mention is removed from `message.text`). DMs: always.
    policy: { requireMention: true, directMessages: true },
    onMessage: (message, reply) => reply.markdown(`**you said:** ${message.text}`),
  })
}
