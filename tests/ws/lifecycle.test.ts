import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { decodeFrame } from '../../src/ws/codec.ts'
import { startLongConnection, type WebSocketLike } from '../../src/ws/index.ts'
import { FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { captureLogger } from '../helpers.ts'
import { FAST, gate, pause, until, withCleanup } from './setup.ts'

const { env, track } = withCleanup()

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length

describe('long connection: pings and lifecycle', () => {
  it('pings at once and every PingInterval, and adopts the ClientConfig of pongs', async () => {
    const { fakeWs, context } = await env()
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    track(conn.close)
    // The fake sends 0.1 s and 0.05 s: the client runs with its floors (1 s each).
    expect(conn.config).toEqual({ ...FAST, PingInterval: 1, ReconnectInterval: 1 })
    await until(() => fakeWs.pings >= 2, 'a ping at once and one a second later')
    fakeWs.setClientConfig({ PingInterval: 30, ReconnectInterval: 7 })
    await until(() => conn.config.PingInterval === 30, 'the new config')
    expect(conn.config.ReconnectInterval).toBe(7)
    const before = fakeWs.pings
    await pause(400)
    // The ping already scheduled at the old interval goes out; after it, the next one waits 30 s.
    expect(fakeWs.pings - before).toBeLessThanOrEqual(1)
  })

  it('close() stops everything: socket closed, no timers, no reconnect, no further bootstrap', async () => {
    const { fakeWs, context, bootstrapRequests } = await env()
    const baseline = timers()
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    expect(conn.state).toBe('open')
    expect(fakeWs.connections).toHaveLength(1)
    await conn.close()
    expect(conn.state).toBe('closed')
    expect(conn.error).toBeUndefined()
    await conn.closed
    await until(() => fakeWs.connections.length === 0, 'the server to see the close')
    expect(timers()).toBeLessThanOrEqual(baseline)
    await pause(FAST.ReconnectInterval * 1000 * 4)
    expect(bootstrapRequests()).toBe(1)
    await conn.close()
  })

  it('close() during a reconnect wait ends the wait at once', async () => {
    const { fakeWs, context, bootstrapRequests } = await env({ clientConfig: { ...FAST, ReconnectInterval: 60 } })
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    fakeWs.refuse({ status: 500, times: 10 })
    fakeWs.drop()
    await until(() => fakeWs.handshakes === 2, 'the failed reconnect')
    const baseline = timers()
    const started = Date.now()
    await conn.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(timers()).toBeLessThan(baseline)
    expect(bootstrapRequests()).toBe(2)
  })

  it('close() lets a handler in flight finish and ACKs it before closing', async () => {
    const { fakeWs, context } = await env()
    const slow = gate()
    const conn = await startLongConnection<{ slow: object }>(context(), { WebSocket, handlers: { slow: () => slow.promise } })
    const pushed = fakeWs.pushEvent('slow', {})
    await pause(30)
    const closing = conn.close()
    slow.open()
    await closing
    expect((await pushed.acked).code).toBe(200)
  })

  it('an aborted signal closes the connection', async () => {
    const { context } = await env()
    const controller = new AbortController()
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, signal: controller.signal })
    controller.abort()
    await conn.closed
    expect(conn.state).toBe('closed')
  })

  it('reconnects when no pong arrives within pingTimeout', async () => {
    const { fakeWs, context, bootstrapRequests } = await env()
    // A socket that never passes pongs on: the connection looks alive but is not.
    class Deaf extends WebSocket {
      constructor(url: string) {
        super(url)
        const listen = this.addEventListener.bind(this) as WebSocketLike['addEventListener']
        const isPong = (data: unknown) =>
          data instanceof ArrayBuffer && decodeFrame(new Uint8Array(data)).headers.some((h) => h.key === 'type' && h.value === 'pong')
        const addEventListener: WebSocketLike['addEventListener'] = (type, listener) =>
          listen(type, type === 'message' ? (event) => void (isPong(event.data) || listener(event)) : listener)
        Object.defineProperty(this, 'addEventListener', { value: addEventListener })
      }
    }
    const conn = await startLongConnection(context(), { WebSocket: Deaf, handlers: {}, pingTimeout: 50 })
    track(conn.close)
    await until(() => bootstrapRequests() >= 2 && conn.state === 'open', 'a reconnect')
    expect(fakeWs.handshakes).toBeGreaterThanOrEqual(2)
  })

  it('refuses to start without credentials, handlers or a WebSocket', async () => {
    const { context } = await env()
    await expect(startLongConnection(context({ appSecret: undefined, appId: undefined }), { WebSocket, handlers: {} })).rejects.toMatchObject({
      name: 'LarkValidationError',
    })
    const noGlobal = (globalThis as { WebSocket?: unknown }).WebSocket === undefined
    if (noGlobal) await expect(startLongConnection(context(), { handlers: {} })).rejects.toThrow(/WebSocket/)
  })

  it('never logs the app secret or the ticket of the connection URL, even at debug level', async () => {
    const { fakeWs, context } = await env()
    const logger = captureLogger()
    const conn = await startLongConnection<{ boom: object }>(context({ logger, logLevel: 'debug' }), {
      WebSocket,
      handlers: { boom: () => Promise.reject(new Error('handler bug')) },
    })
    await fakeWs.pushEvent('boom', {}).acked
    fakeWs.drop()
    await until(() => fakeWs.bootstraps === 2 && conn.state === 'open', 'the reconnect')
    await conn.close()
    const text = logger.lines.join('\n')
    expect(text).toContain('ws: connected')
    expect(text).toContain('handler bug')
    expect(text).not.toContain(FAKE_APP_SECRET)
    expect(text).not.toMatch(/ticket|access_key/)
  })
})
