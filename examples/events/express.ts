/**
 * Express: mount the event dispatcher on one route with `toNodeHandler`.
 *
 *   ENCRYPT_KEY=… VERIFICATION_TOKEN=… npx tsx examples/events/express.ts
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import { createEventDispatcher } from 'larkfn/events'
import { toNodeHandler } from 'larkfn/node'

/** What the example app needs: the app's keys, and where received texts go. */
export interface ExampleOptions {
  readonly encryptKey: string
  readonly verificationToken: string
  readonly onText?: (text: string, chatId: string) => void
}

/** Builds the Express app: `POST /webhook/event` is the request URL to save in the console. */
export function createApp(options: ExampleOptions): express.Express {
  const dispatch = createEventDispatcher({
    encryptKey: options.encryptKey,
    verificationToken: options.verificationToken,
    handlers: {
      'im.message.receive_v1': async ({ event }) => {
        const { text } = JSON.parse(event.message.content) as { text?: string }
        options.onText?.(text ?? '', event.message.chat_id)
      },
      'card.action.trigger': async ({ event }) => ({ toast: { type: 'success', content: `clicked ${event.action?.tag ?? ''}` } }),
    },
  })
  const app = express()
  // No body parser before this route: the signature covers the raw bytes.
  app.post('/webhook/event', toNodeHandler(dispatch))
  return app
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000)
  createApp({ encryptKey: process.env.ENCRYPT_KEY ?? '', verificationToken: process.env.VERIFICATION_TOKEN ?? '', onText: (t) => console.log('message:', t) }).listen(port, () =>
    console.log(`listening on http://127.0.0.1:${port}/webhook/event`),
  )
}
