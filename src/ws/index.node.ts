/**
 * `larkfn/ws` as Node resolves it (the `node` export condition): the same API, except that
 * `startLongConnection` honours `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` for the WebSocket when it is
 * the `ws` package's (it takes an `agent`; the bootstrap goes through the context's fetch, which is
 * `nodeFetch` on Node and honours them too). Browser and Worker bundles take the plain entry and
 * never load this file. Rules: docs/runtimes.md, "Proxies".
 *
 * @module
 */
import { log } from '../core/log.ts'
import type { Context } from '../core/types.ts'
import { loadProxySupport, proxyEnvSet, proxyFor, tunnelAgentSync } from '../node/proxy-env.ts'
import { startLongConnection as start } from './connection.ts'
import type { LongConnection, LongConnectionOptions, WebSocketConstructor, WebSocketLike } from './types.ts'

export * from './index.ts'

/** The `ws` package's constructor: `new WebSocket(url, options)` with `options.agent`. */
type NodeWs = new (url: string, options: { agent?: unknown }) => WebSocketLike

/** The `ws` package's WebSocket has `terminate`; the Web one (undici's on Node ≥ 22) does not. */
function takesAgent(WebSocket: WebSocketConstructor): boolean {
  return typeof (WebSocket as { prototype?: { terminate?: unknown } }).prototype?.terminate === 'function'
}

/**
 * Wraps a WebSocket constructor so each dial reads the proxy settings for its URL.
 *
 * @param ctx For the one warning when a proxy is set but the constructor cannot use one.
 * @param WebSocket The constructor the caller chose.
 * @returns A constructor that passes a tunnelling agent to the `ws` package's WebSocket.
 */
async function withProxyEnv(ctx: Context, WebSocket: WebSocketConstructor): Promise<WebSocketConstructor> {
  if (!proxyEnvSet()) return WebSocket
  if (!takesAgent(WebSocket)) {
    if (typeof ctx === 'object' && ctx !== null) log(ctx, 'warn', 'ws: a proxy is set in the environment, but this WebSocket takes no agent: it connects directly (pass the ws package\'s WebSocket to go through the proxy)')
    return WebSocket
  }
  await loadProxySupport()
  const Ws = WebSocket as unknown as NodeWs
  // A plain function: `new` on it returns the object it returns.
  function ProxiedWebSocket(url: string): WebSocketLike {
    const target = new URL(url)
    const proxy = proxyFor(target)
    if (proxy === undefined) return new Ws(url, {})
    return new Ws(url, { agent: tunnelAgentSync(proxy, target.protocol === 'wss:') })
  }
  return ProxiedWebSocket as unknown as WebSocketConstructor
}

/**
 * Starts the platform's long connection (see the plain entry's `startLongConnection`); on Node the
 * `ws` package's WebSocket goes through the proxy that `HTTPS_PROXY` (`wss:`) or `HTTP_PROXY` (`ws:`)
 * names, unless `NO_PROXY` exempts the host.
 *
 * @param ctx A context with `appId` and `appSecret` of a self-built app.
 * @param options Handlers by event type, the WebSocket constructor, callbacks, timing.
 * @returns The running connection.
 * @throws {LarkValidationError} When credentials, handlers or a WebSocket are missing.
 */
export async function startLongConnection<Extra extends object = {}>(ctx: Context, options: LongConnectionOptions<Extra>): Promise<LongConnection> {
  const chosen = options?.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket
  if (typeof chosen !== 'function') return start(ctx, options)
  return start(ctx, { ...options, WebSocket: await withProxyEnv(ctx, chosen) })
}
