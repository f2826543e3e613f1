/**
 * An AI bot as a Cloudflare Worker, built on `createBot` from `larkfn/bot`: a direct message, or a
 * group message that @mentions the bot, is answered by a (fake, deterministic) model whose text is
 * streamed into a card replying to the message (`reply.stream`).
 *
 * The platform wants every delivery acknowledged within 3 s, while an answer takes longer. The
 * bot's webhook handler acknowledges at 2.5 s and keeps the answer running through the Worker's
 * `waitUntil`. A delivery the platform repeats is handled once (event and message ids are kept).
 *
 * Deploy with the secrets APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN (LARK_DOMAIN for Lark
 * or a test server; BOT_OPEN_ID to skip asking the platform who the bot is).
 */
import { createContext } from 'larkfn'
import { createBot, type Bot } from 'larkfn/bot'
import { fakeModel } from './model.ts'

export interface Env {
  readonly APP_ID: string
  readonly APP_SECRET: string
  readonly ENCRYPT_KEY: string
  readonly VERIFICATION_TOKEN: string
  readonly LARK_DOMAIN?: string
  readonly BOT_OPEN_ID?: string
  /** Milliseconds between the fake model's deltas (tests shorten or lengthen it). */
  readonly MODEL_PAUSE_MS?: string
}

/** What Workers pass as the third argument: lets the bot finish work after answering. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}

function createAiBot(env: Env): Bot {
  const pause = Number(env.MODEL_PAUSE_MS ?? 40)
  return createBot({
    context: createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, domain: env.LARK_DOMAIN ?? 'feishu' }),
    encryptKey: env.ENCRYPT_KEY,
    verificationToken: env.VERIFICATION_TOKEN,
    ...(env.BOT_OPEN_ID ? { botOpenId: env.BOT_OPEN_ID } : {}),
    // Direct messages always; in groups only when the bot is @mentioned (the defaults, spelled out).
    policy: { directMessages: true, requireMention: true },
    onMessage: (message, reply) => reply.stream(fakeModel(message.text, pause), { title: 'Answer' }),
  })
}

// One bot per isolate: the token and the ids of handled events are reused by later requests.
let bot: Bot | undefined

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
    bot ??= createAiBot(env)
    return bot.fetch(request, executionContext)
  },
}
