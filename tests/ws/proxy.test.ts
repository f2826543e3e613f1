// The long connection on Node (the `node` condition of larkfn/ws) through HTTP_PROXY / NO_PROXY:
// the `ws` package's WebSocket is tunnelled by a real CONNECT proxy on loopback.
import { afterEach, describe, expect, it } from 'vitest'
import { nodeFetch } from '../../src/node/index.ts'
import { startLongConnection } from '../../src/ws/index.node.ts'
import type { WebSocketConstructor } from '../../src/ws/index.ts'
import { captureLogger } from '../helpers.ts'
import { setEnv, startConnectProxy } from '../node/connect-proxy.ts'
import { until, withCleanup } from './setup.ts'

const { env, track } = withCleanup()
let restore: (() => void) | undefined
afterEach(() => {
  restore?.()
  restore = undefined
})
const upgrades = (p: { tunnels: { firstLine: string }[] }) => p.tunnels.filter((t) => t.firstLine.startsWith('GET /ws/v2?')).length

describe('long connection through a proxy (Node)', () => {
  it('tunnels the WebSocket through HTTP_PROXY, events and ACKs included, and again after a reconnect', async () => {
    const { fakeWs, context, WebSocket } = await env()
    const p = await startConnectProxy()
    track(p.close)
    restore = setEnv({ HTTP_PROXY: p.url })
    // The global fetch (undici on Node 20) ignores HTTP_PROXY: only the WebSocket is tunnelled here.
    const conn = await startLongConnection<{ probe: object }>(context({ fetch: globalThis.fetch }), { WebSocket, handlers: { probe: async () => {} } })
    track(conn.close)
    expect(upgrades(p)).toBe(1)
    expect(p.tunnels).toHaveLength(1)
    expect((await fakeWs.pushEvent('probe', {}).acked).code).toBe(200)
    const first = conn.deviceId
    fakeWs.drop()
    await until(() => conn.state === 'open' && conn.deviceId !== first, 'the reconnect')
    expect(upgrades(p)).toBe(2)
  })

  it('with nodeFetch, the bootstrap (with the app secret) goes through the proxy too', async () => {
    const { context, WebSocket } = await env()
    const p = await startConnectProxy()
    track(p.close)
    restore = setEnv({ http_proxy: p.url })
    const conn = await startLongConnection(context({ fetch: nodeFetch }), { WebSocket, handlers: {} })
    track(conn.close)
    expect(p.tunnels.some((t) => t.firstLine.startsWith('POST /callback/ws/endpoint '))).toBe(true)
    expect(p.tunnels.length).toBeGreaterThanOrEqual(1)
    expect(conn.state).toBe('open')
  })

  it('goes direct when NO_PROXY names the host', async () => {
    const { context, WebSocket } = await env()
    const p = await startConnectProxy()
    track(p.close)
    restore = setEnv({ HTTP_PROXY: p.url, NO_PROXY: 'localhost,127.0.0.1' })
    const conn = await startLongConnection(context({ fetch: nodeFetch }), { WebSocket, handlers: {} })
    track(conn.close)
    expect(p.tunnels).toHaveLength(0)
  })

  it('warns once and connects directly with a WebSocket that takes no agent (the Web one)', async () => {
    const { context, WebSocket } = await env()
    const p = await startConnectProxy()
    track(p.close)
    restore = setEnv({ HTTP_PROXY: p.url })
    class WebLike extends WebSocket {
      constructor(url: string) {
        super(url)
      }
    }
    Object.defineProperty(WebLike.prototype, 'terminate', { value: undefined })
    const logger = captureLogger()
    const conn = await startLongConnection(context({ fetch: globalThis.fetch, logger, logLevel: 'warn' }), { WebSocket: WebLike as unknown as WebSocketConstructor, handlers: {} })
    track(conn.close)
    expect(p.tunnels).toHaveLength(0)
    expect(logger.lines.filter((l) => l.includes('takes no agent'))).toHaveLength(1)
  })
})
