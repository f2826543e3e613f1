/**
 * A terminal sign-in with the OAuth device flow: ask for a device code, show the user where to
 * approve, wait while they do, keep their tokens, then list the chats they are in. No redirect URL,
 * no browser on this machine.
 *
 * Run against Feishu: `LARK_APP_ID=cli_… LARK_APP_SECRET=… npx tsx examples/cli-login/login.ts`
 * (the app needs the `im:chat:readonly` scope and the device flow enabled).
 * Run offline: `npx tsx examples/cli-login/login.ts` starts the built-in fake server and plays the
 * user approving on their phone.
 */
import { createContext, explainPermissionError } from 'larkfn'
import { listChat } from 'larkfn/im/v1'
import { listen } from 'larkfn/node'
import { authorizeDevice, pollDeviceToken, userTokens } from 'larkfn/oauth'
import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET, FAKE_USER } from 'larkfn/testing'

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {}
const offline = env['LARK_APP_ID'] === undefined
const fake = offline ? createFakeFeishu() : undefined
const server = fake ? await listen(fake.handle) : undefined
if (fake) {
  fake.setDeviceFlow({ interval: 1 })
  fake.seedChats([{ name: 'Launch plan', members: [FAKE_USER.open_id] }, { name: 'Design review', members: [FAKE_USER.open_id] }])
}

try {
  const ctx = server
    ? createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url })
    : createContext({ appId: env['LARK_APP_ID'], appSecret: env['LARK_APP_SECRET'], domain: env['LARK_DOMAIN'] ?? 'feishu' })

  const authorization = await authorizeDevice(ctx, { scope: ['im:chat:readonly'] })
  console.log(`Open ${authorization.verificationUri} and enter the code ${authorization.userCode}`)
  console.log(`(or open ${authorization.verificationUriComplete})`)

  // Offline, the fake plays the user: they approve a moment after the code is shown.
  if (fake) setTimeout(() => fake.approveDevice(authorization.userCode), 300)

  // Ctrl-C stops the wait at once; so would any other signal (a timeout, a cancel button).
  const controller = new AbortController()
  const stop = () => controller.abort(new Error('sign-in cancelled'))
  const proc = (globalThis as { process?: { once(e: string, f: () => void): void; off(e: string, f: () => void): void } }).process
  proc?.once('SIGINT', stop)
  let polls = 0
  try {
    await pollDeviceToken(ctx, authorization, { storeAs: 'me', signal: controller.signal, onPoll: () => void polls++ })
  } finally {
    proc?.off('SIGINT', stop)
  }
  console.log(`signed in after ${polls} poll${polls === 1 ? '' : 's'}`)

  // From here on the set lives in ctx.tokenStore under 'me' and is refreshed when it nears expiry.
  const me = userTokens(ctx, 'me')
  try {
    const { items = [] } = await listChat(ctx, { query: { page_size: 20 } }, { userAccessToken: await me.get() })
    console.log(`your chats: ${items.map((chat) => chat.name).join(', ')}`)
  } catch (error) {
    const why = explainPermissionError(error, ctx)
    if (why === undefined) throw error
    console.log(why.kind === 'app' ? `enable one of ${why.scopes.join(', ')}: ${why.grantUrl}` : `sign in again asking for ${why.scopes.join(' or ')}`)
  }
} finally {
  await server?.close()
}
