/**
 * The webhook bot as a Cloudflare Worker: `wrangler deploy examples/bot/worker.ts` with the secrets
 * APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN (and LARK_DOMAIN for Lark or a test server).
 * Tokens are cached per isolate; pass a KV-backed Keyv store to share them across isolates.
 */
import { createContext } from 'larkfn'
import { createBot } from './bot.ts'

export interface Env {
  readonly APP_ID: string
  readonly APP_SECRET: string
  readonly ENCRYPT_KEY: string
  readonly VERIFICATION_TOKEN: string
  readonly LARK_DOMAIN?: string
}

/** What Workers pass as the third argument: lets the bot finish work after answering. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}

let bot: ReturnType<typeof createBot> | undefined

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
    bot ??= createBot(createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, domain: env.LARK_DOMAIN ?? 'feishu' }), {
      encryptKey: env.ENCRYPT_KEY,
      verificationToken: env.VERIFICATION_TOKEN,
    })
    return bot(request, executionContext)
  },
}
