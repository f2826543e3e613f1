/**
 * Koa: hand the raw Node request to the dispatcher and write its Web `Response` back.
 *
 *   ENCRYPT_KEY=… VERIFICATION_TOKEN=… npx tsx examples/events/koa.ts
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Koa from 'koa'
import { createEventDispatcher } from 'larkfn/events'
import { send, toRequest } from 'larkfn/node'
import type { ExampleOptions } from './express.ts'

/** Builds the Koa app: `POST /webhook/event` is the request URL to save in the console. */
export function createApp(options: ExampleOptions): Koa {
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
  const app = new Koa()
  app.use(async (ctx, next) => {
    if (ctx.method !== 'POST' || ctx.path !== '/webhook/event') return next()
    // Koa must not touch the response: the dispatcher's answer is written as is. No body parser here.
    ctx.respond = false
    await send(await dispatch(toRequest(ctx.req)), false, ctx.res)
  })
  return app
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000)
  createApp({ encryptKey: process.env.ENCRYPT_KEY ?? '', verificationToken: process.env.VERIFICATION_TOKEN ?? '', onText: (t) => console.log('message:', t) }).listen(port, () =>
    console.log(`listening on http://127.0.0.1:${port}/webhook/event`),
  )
}
