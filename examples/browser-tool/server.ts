/**
 * The server side of a browser tool: it serves the page (`page.ts`, bundled with esbuild) on one
 * origin and a `larkfn/proxy` on another. Only this process holds the app secret; the page holds
 * the signed-in user's token and nothing else.
 *
 * The proxy forwards three endpoints and refuses every other one: `authen.v1.user_info.get` and
 * `im.v1.chat.list` run with the user's own token (passed through), `contact.v3.user.batch_get_id`
 * with the app's tenant token (fetched and added here, never sent to the browser). CORS is answered
 * for the page's origin only, and `authorize` lets through only requests that carry the token of a
 * real signed-in user.
 *
 * Usage: `const tool = await start({ apiUrl: 'feishu', appId, appSecret })`, then open
 * `${tool.pageUrl}/#token=<user access token>` (in a real tool the sign-in, e.g. `larkfn/oauth` on
 * this server, redirects there). tests/examples/browser-tool.test.ts runs it against the fake server.
 */
import { build } from 'esbuild'
import { createContext, type Context } from 'larkfn'
import { getUserInfo } from 'larkfn/authen/v1'
import { batchGetUserId } from 'larkfn/contact/v3'
import { listChat } from 'larkfn/im/v1'
import { listen } from 'larkfn/node'
import { createProxy, type ProxyRequestInfo } from 'larkfn/proxy'

export interface BrowserToolOptions {
  /** The platform: `feishu`, `lark`, or a base URL (a test server). */
  readonly apiUrl: string
  readonly appId: string
  readonly appSecret: string
}

export interface BrowserTool {
  /** The page's origin, e.g. `http://127.0.0.1:53211`. */
  readonly pageUrl: string
  /** The proxy's origin: the page's context uses it as `domain`. */
  readonly proxyUrl: string
  close(): Promise<void>
}

/** The page's script, bundled for browsers: `larkfn/...` resolves to the built package. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

function html(proxyUrl: string): string {
  return `<!doctype html>
<meta charset="utf-8">
<title>Directory tool</title>
<meta name="larkfn-proxy" content="${proxyUrl}">
<h1>Directory tool</h1>
<p>Signed in as <output id="me"></output></p>
<p>Your chats: <output id="chats"></output></p>
<form id="lookup"><input name="email" type="email" placeholder="colleague@example.com"> <button>Look up</button> <output id="found"></output></form>
<p><button id="post">Post to your first chat</button> <output id="posted"></output></p>
<script type="module" src="/page.js"></script>
`
}

/**
 * `authorize`: only requests carrying the token of a signed-in user pass. The token is checked with
 * `getUserInfo` once a minute at most; the platform checks it again on user-token endpoints.
 */
function signedInOnly(ctx: Context) {
  const checked = new Map<string, { ok: Promise<boolean>; until: number }>()
  return (_request: Request, { userAccessToken }: ProxyRequestInfo): Promise<boolean> | boolean => {
    if (userAccessToken === undefined) return false
    const now = Date.now()
    let entry = checked.get(userAccessToken)
    if (entry === undefined || entry.until < now) {
      for (const [token, old] of checked) if (old.until < now) checked.delete(token)
      const ok = getUserInfo(ctx, {}, { userAccessToken }).then((me) => me.open_id !== undefined, () => false)
      entry = { ok, until: now + 60_000 }
      checked.set(userAccessToken, entry)
    }
    return entry.ok
  }
}

/**
 * Starts the page and the proxy on two loopback ports.
 *
 * @param options The platform and the app's credentials (server-side only).
 * @returns Both origins and a function that stops both servers.
 */
export async function start(options: BrowserToolOptions): Promise<BrowserTool> {
  const ctx = createContext({ appId: options.appId, appSecret: options.appSecret, domain: options.apiUrl })
  const script = await bundlePage()
  let proxyUrl = ''
  const page = await listen(async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === '/') return new Response(html(proxyUrl), { headers: { 'content-type': 'text/html; charset=utf-8' } })
    if (pathname === '/page.js') return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } })
    return new Response('not found', { status: 404 })
  })
  const proxy = await listen(
    createProxy(ctx, {
      allow: [getUserInfo, listChat, batchGetUserId],
      cors: { origins: [page.url] },
      // The default, spelled out: endpoints that take a user token run only with the caller's own.
      identity: 'user',
      authorize: signedInOnly(ctx),
    }),
  )
  proxyUrl = proxy.url
  return {
    pageUrl: page.url,
    proxyUrl,
    close: async () => {
      await Promise.all([page.close(), proxy.close()])
    },
  }
}
