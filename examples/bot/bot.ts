/**
 * A webhook bot in one function: the same code serves a Cloudflare Worker (`worker.ts`), Node
 * (`node.ts`), Deno, Bun or an edge route. It verifies and decrypts each delivery, and answers every
 * text message in its chat through the generated `createMessage`.
 */
import type { Context } from 'larkfn'
import { createEventDispatcher } from 'larkfn/events'
import { createMessage } from 'larkfn/im/v1'

/** The app's event keys, from the console's "Events and callbacks" page. */
export interface BotKeys {
  readonly encryptKey: string
  readonly verificationToken: string
}

/**
 * Builds the bot's request handler.
 *
 * @param ctx A context with the app's credentials (tokens, store, logger).
 * @param keys Encrypt key and verification token.
 * @returns `(request, extras?) => Promise<Response>`, a Web-standard handler.
 */
export function createBot(ctx: Context, keys: BotKeys) {
  return createEventDispatcher({
    ...keys,
    context: ctx,
    handlers: {
      'im.message.receive_v1': async ({ event, tenantKey }) => {
        if (event.message.message_type !== 'text') return
        const { text = '' } = JSON.parse(event.message.content) as { text?: string }
        await createMessage(
          ctx,
          {
            query: { receive_id_type: 'chat_id' },
            body: { receive_id: event.message.chat_id, msg_type: 'text', content: JSON.stringify({ text: `you said: ${text}` }), uuid: event.message.message_id },
          },
          { tenantKey },
        )
      },
    },
  })
}
