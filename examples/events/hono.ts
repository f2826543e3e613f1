/**
 * Hono: the dispatcher is already a Web handler; pass it the raw `Request`. The same app runs on
 * Workers, Deno and Bun (`export default app`); on Node it is served here with `listen`.
 *
 *   ENCRYPT_KEY=… VERIFICATION_TOKEN=… npx tsx examples/events/hono.ts
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono } from 'hono'
import { createEventDispatcher } from 'larkfn/events'
import { listen } from 'larkfn/node'
import type { ExampleOptions } from './express.ts'

/** Builds the Hono app: `POST /webhook/event` is the request URL to save in the console. */
export function createApp(options: ExampleOptions): Hono {
  const dispatch = createEventDispatcher({
    encryptKey: options.encryptKey,
    verificationToken: options.verificationToken,
    handlers: {
      'im.message.receive_v1': async ({ event }) => {
        const { text } = JSON.parse(event.message.content) as { text?: string }
        options.onText?.(text ?? '', event.message.chat_id)
      },
    },
  })
  const app = new Hono()
  // On Workers, keep slow handlers alive after the early 200: dispatch(c.req.raw, c.executionCtx).
  app.post('/webhook/event', (c) => dispatch(c.req.raw))
  return app
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const app = createApp({ encryptKey: process.env.ENCRYPT_KEY ?? '', verificationToken: process.env.VERIFICATION_TOKEN ?? '', onText: (t) => console.log('message:', t) })
  const server = await listen(async (request) => app.fetch(request), { port: Number(process.env.PORT ?? 3000) })
  console.log(`listening on ${server.url}/webhook/event`)
}
