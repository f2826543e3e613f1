/**
 * `larkfn/bot`: a chat bot in a few lines, over webhooks or the long connection, in every runtime.
 *
 * `createBot` composes pieces that are exported for use on their own: `botIdentity` / `getBotInfo`
 * (who the bot is), `checkPolicy` (which messages it answers), `createChatQueue` (one chat in
 * order), `createReply` and `showTyping` (answering), and `sendWebhookMessage` for group custom
 * bots. See docs/bot.md.
 *
 * @example
 * import { createContext } from 'larkfn'
 * import { createBot } from 'larkfn/bot'
 * const bot = createBot({
 *   context: createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET }),
 *   encryptKey: env.ENCRYPT_KEY,
 *   onMessage: (message, reply) => reply.text(`you said: ${message.text}`),
 * })
 * export default { fetch: (request: Request, _env: unknown, executionContext: { waitUntil(p: Promise<unknown>): void }) => bot.fetch(request, executionContext) }
 *
 * @module
 */
export { createBot } from './bot.ts'
export type { Bot, BotConnectOptions, BotOptions, MessageEvent } from './bot.ts'
export { BOT_IDENTITY_TTL_MS, botIdentity, botIdentityKey, getBotInfo } from './identity.ts'
export type { BotIdentity, BotInfo, GetBotInfoOutput } from './identity.ts'
export { checkPolicy, DEFAULT_MAX_MESSAGE_AGE_MS } from './policy.ts'
export type { BotPolicy, RejectReason } from './policy.ts'
export { createChatQueue } from './queue.ts'
export type { ChatQueue, ChatQueueOptions } from './queue.ts'
export {
  createReply,
  INVALID_REQUEST_CODE,
  isReplyTargetGone,
  MARKDOWN_CHUNK_CHARS,
  REPLY_TARGET_GONE_CODES,
  showTyping,
  TYPING_EMOJI,
} from './reply.ts'
export type { BotReply, SendTarget } from './reply.ts'
export type { NormalizedMessage } from '../messages/normalize.ts'
export { sendWebhookMessage, signWebhook, WEBHOOK_MAX_BODY_BYTES, WEBHOOK_MSG_TYPES } from './webhook.ts'
export type { WebhookBody, WebhookOptions } from './webhook.ts'
