/**
 * The chat bot of `bot.ts` as a webhook Cloudflare Worker: `wrangler deploy examples/bot/worker.ts`
 * with the secrets APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN (LARK_DOMAIN for Lark or a
 * test server, BOT_OPEN_ID to skip asking who the bot is). `waitUntil` lets a reply slower than the
 * 2.5 s acknowledgement finish after the Worker answered.
 */
import { createContext } from 'larkfn'
import type { Bot } from 'larkfn/bot'
import { createChatBot } from './bot.ts'

export interface Env {
  readonly APP_ID: string
  readonly APP_SECRET: string
  readonly ENCRYPT_KEY: string
  readonly VERIFICATION_TOKEN: string
  readonly LARK_DOMAIN?: string
  readonly BOT_OPEN_ID?: string
}

/** What Workers pass as the third argument: lets the bot finish work after answering. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}

let bot: Bot | undefined

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
    bot ??= createChatBot(createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, domain: env.LARK_DOMAIN ?? 'feishu' }), {
      encryptKey: env.ENCRYPT_KEY,
      verificationToken: env.VERIFICATION_TOKEN,
      ...(env.BOT_OPEN_ID ? { botOpenId: env.BOT_OPEN_ID } : {}),
    })
    return bot.fetch(request, executionContext)
  },
}
