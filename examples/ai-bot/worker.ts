/**
 * An AI bot as a Cloudflare Worker: each text message it receives is answered by a (fake,
 * deterministic) model, streamed into a card as it is generated.
 *
 * The platform wants every event acknowledged within 3 s, while an answer takes longer. The event
 * dispatcher acknowledges at its deadline and keeps the handler running through the Worker's
 * `waitUntil`, so the stream goes on after the acknowledgement. Deploy with the secrets APP_ID,
 * APP_SECRET, ENCRYPT_KEY, VERIFICATION_TOKEN (and LARK_DOMAIN for Lark or a test server).
 */
import { createContext, type Context } from 'larkfn'
import { streamMarkdown } from 'larkfn/cards'
import { createEventDispatcher } from 'larkfn/events'
import { normalizeMessage } from 'larkfn/messages'
import { fakeModel } from './model.ts'

export interface Env {
  readonly APP_ID: string
  readonly APP_SECRET: string
  readonly ENCRYPT_KEY: string
  readonly VERIFICATION_TOKEN: string
  readonly LARK_DOMAIN?: string
  /** Milliseconds between the fake model's deltas (tests shorten or lengthen it). */
  readonly MODEL_PAUSE_MS?: string
}

/** What Workers pass as the third argument: lets the bot finish work after answering. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
}

function createAiBot(ctx: Context, env: Env) {
  return createEventDispatcher({
    encryptKey: env.ENCRYPT_KEY,
    verificationToken: env.VERIFICATION_TOKEN,
    context: ctx,
    handlers: {
      'im.message.receive_v1': async ({ event }) => {
        const message = await normalizeMessage(event)
        if (message.msgType !== 'text' || !message.text) return
        // Replies to the message with a card that fills in as the model writes.
        await streamMarkdown(ctx, { replyTo: message.messageId }, fakeModel(message.text, Number(env.MODEL_PAUSE_MS ?? 40)), { title: 'Answer' })
      },
    },
  })
}

let bot: ReturnType<typeof createAiBot> | undefined

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
    bot ??= createAiBot(createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, domain: env.LARK_DOMAIN ?? 'feishu' }), env)
    return bot(request, executionContext)
  },
}
