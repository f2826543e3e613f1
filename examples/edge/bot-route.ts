/**
 * A chat bot as a Next.js App Router route on the edge runtime (save as
 * `app/api/bot/route.ts`; also a Vercel Edge Function): the platform posts each event here and the
 * bot (`createBot` from `larkfn/bot`) answers DMs and @mentions with markdown.
 *
 * Answers slower than the 2.5 s early acknowledgement need the platform's `waitUntil`. Vercel puts
 * it on `globalThis[Symbol.for('@vercel/request-context')].get()` (what `waitUntil` of
 * `@vercel/functions` and Next.js' own `after` read; see Next.js'
 * packages/next/src/server/after/wait-until-builtin.ts); it is used when present. Without it the
 * acknowledgement still goes out by 2.5 s and the rest of the answer runs only as long as the runtime
 * keeps the isolate: keep slow work short there, or deploy where `waitUntil` exists.
 *
 * Config: APP_ID, APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN; LARK_DOMAIN and BOT_OPEN_ID optional.
 */
import { createContext } from 'larkfn'
import { createBot, type Bot } from 'larkfn/bot'

export const runtime = 'edge'

type Env = Readonly<Record<string, string | undefined>>

/** `process.env` when the runtime has one, else nothing. */
function readEnv(): Env {
  return (globalThis as { process?: { env?: Env } }).process?.env ?? {}
}

type WaitUntil = (promise: Promise<unknown>) => void

/** Vercel's `waitUntil` for this request, when the platform provides one. */
function platformWaitUntil(): WaitUntil | undefined {
  const holder = (globalThis as Record<symbol, { get?: () => { waitUntil?: WaitUntil } | undefined } | undefined>)[Symbol.for('@vercel/request-context')]
  return holder?.get?.()?.waitUntil
}

let bot: Bot | undefined

export async function POST(request: Request): Promise<Response> {
  const env = readEnv()
  const missing = ['APP_ID', 'APP_SECRET', 'ENCRYPT_KEY', 'VERIFICATION_TOKEN'].filter((name) => !env[name])
  if (missing.length > 0) return Response.json({ error: `not configured: set ${missing.join(', ')}` }, { status: 500 })
  bot ??= createBot({
    context: createContext({ appId: env.APP_ID!, appSecret: env.APP_SECRET!, domain: env.LARK_DOMAIN || 'feishu' }),
    encryptKey: env.ENCRYPT_KEY,
    verificationToken: env.VERIFICATION_TOKEN,
    ...(env.BOT_OPEN_ID ? { botOpenId: env.BOT_OPEN_ID } : {}),
    onMessage: (message, reply) => reply.markdown(`**you said:** ${message.text}`),
  })
  const waitUntil = platformWaitUntil()
  return bot.fetch(request, waitUntil ? { waitUntil } : undefined)
}
