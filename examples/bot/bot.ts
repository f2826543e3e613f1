/**
 * A webhook bot in one function: the same code serves a Cloudflare Worker (`worker.ts`), Node
 * (`node.ts`), Deno, Bun or an edge route. It verifies and decrypts each delivery, reads each text
 * message with `normalizeMessage` and answers it in its chat with the `text` builder through the
 * generated `createMessage`.
 */
import type { Context } from 'larkfn'
import { createEventDispatcher } from 'larkfn/events'
import { createMessage } from 'larkfn/im/v1'
import { normalizeMessage, text } from 'larkfn/messages'

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
        // Ids, mentions and a readable text, whatever the content's shape (never throws).
        const message = await normalizeMessage(event)
        if (message.msgType !== 'text') return
        await createMessage(
          ctx,
          {
            query: { receive_id_type: 'chat_id' },
            body: { receive_id: message.chatId, ...text(`you said: ${message.text}`), uuid: message.messageId },
          },
          { tenantKey },
        )
      },
    },
  })
}
