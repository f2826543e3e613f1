/**
 * Sends an image to a chat with Bun: `Bun.file` reads it lazily as a Blob, `createImage` uploads it
 * (multipart), and `createMessage` posts it to the chat by its `image_key`.
 *
 * Run: APP_ID=cli_… APP_SECRET=… bun examples/bun/send-image.ts ./chart.png oc_…
 * For Lark set LARK_DOMAIN=lark; a test server is a base URL.
 */
import { createContext } from 'larkfn'
import { createImage, createMessage } from 'larkfn/im/v1'

// Bun's own global, typed here so this repository's Node type check accepts the file too.
const { Bun } = globalThis as unknown as {
  Bun: { argv: string[]; env: Record<string, string | undefined>; file(path: string): Blob & { exists(): Promise<boolean> } }
}

const [path, chatId] = Bun.argv.slice(2)
const { APP_ID: appId, APP_SECRET: appSecret, LARK_DOMAIN: domain } = Bun.env
if (!path || !chatId || !appId || !appSecret) {
  console.error('usage: APP_ID=… APP_SECRET=… bun send-image.ts <image file> <chat_id>')
  process.exit(2)
}
const file = Bun.file(path)
if (!(await file.exists())) {
  console.error(`no such file: ${path}`)
  process.exit(2)
}

const ctx = createContext({ appId, appSecret, domain: domain || 'feishu' })

const name = path.split('/').pop()!
const { image_key } = await createImage(ctx, { body: { image_type: 'message', image: { name, data: file } } })
console.log(`uploaded ${name} (${file.size} bytes): ${image_key}`)

const message = await createMessage(ctx, {
  query: { receive_id_type: 'chat_id' },
  body: { receive_id: chatId, msg_type: 'image', content: JSON.stringify({ image_key }) },
})
console.log(`sent to ${chatId}: ${message.message_id}`)
