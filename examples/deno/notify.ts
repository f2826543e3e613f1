/**
 * Posts a notification to a group custom bot with Deno: a markdown post built with
 * `larkfn/messages`, signed with the bot's secret and sent with `sendWebhookMessage`. No app and no
 * access token: the webhook URL is the credential, so keep it (and the secret) out of logs.
 *
 * Run: LARK_WEBHOOK_URL=https://open.feishu.cn/open-apis/bot/v2/hook/… LARK_WEBHOOK_SECRET=… \
 *   deno run --allow-net=open.feishu.cn --allow-env=LARK_WEBHOOK_URL,LARK_WEBHOOK_SECRET examples/deno/notify.ts "Deploy" "**v1.2.0** is live"
 * Without signature verification on the bot, leave LARK_WEBHOOK_SECRET unset. For Lark the URL is
 * on open.larksuite.com (allow that host instead).
 */
import { sendWebhookMessage } from 'larkfn/bot'
import { markdown } from 'larkfn/messages'

// Deno's own global, typed here so this repository's Node type check accepts the file too.
const { Deno } = globalThis as unknown as {
  Deno: { args: string[]; env: { get(name: string): string | undefined }; exit(code: number): never }
}

const url = Deno.env.get('LARK_WEBHOOK_URL') ?? ''
if (url === '') {
  console.error('set LARK_WEBHOOK_URL (and LARK_WEBHOOK_SECRET when the bot signs)')
  Deno.exit(2)
}
const secret = Deno.env.get('LARK_WEBHOOK_SECRET') || undefined
const [title = 'Notification', body = 'Something happened.'] = Deno.args

try {
  await sendWebhookMessage(url, markdown(body, { title }), { secret })
  console.log(`posted "${title}"${secret === undefined ? '' : ' (signed)'}`)
} catch (error) {
  // larkfn errors never carry the hook's token or the secret, so the message is safe to print.
  console.error((error as Error).message)
  Deno.exit(1)
}
