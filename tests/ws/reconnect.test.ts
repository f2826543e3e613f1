import { describe, expect, it } from 'vitest'
import { isLarkApiError } from '../../src/core/errors.ts'
import { startLongConnection, type ReconnectInfo } from '../../src/ws/index.ts'
import { dumpError } from '../helpers.ts'
import { FAST, gate, pause, until, withCleanup } from './setup.ts'

const { env, track } = withCleanup()

describe('long connection: reconnects', () => {
  it('reconnects after a drop with a fresh bootstrap, and no event is lost or handled twice', async () => {
    const { fakeWs, context, bootstrapRequests, WebSocket } = await env()
    const handled: string[] = []
    const slow = gate()
    const reconnects: ReconnectInfo[] = []
    const ready: boolean[] = []
    const conn = await startLongConnection<{ 'cut.after_handling': object; 'slow.handler': object; plain: object }>(context(), {
      WebSocket,
      onReconnecting: (info) => void reconnects.push(info),
      onReady: (info) => void ready.push(info.reconnected),
      handlers: {
        // Cuts the socket after handling, before its ACK can leave: the platform re-pushes it.
        'cut.after_handling': async (e) => void (handled.push(String(e.eventId)), fakeWs.drop()),
        // Still running when the socket drops: its re-push arrives while the first run is in flight.
        'slow.handler': async (e) => void (handled.push(String(e.eventId)), await slow.promise),
        plain: async (e) => void handled.push(String(e.eventId)),
      },
    })
    track(conn.close)
    const firstDevice = conn.deviceId

    const slowEvent = fakeWs.pushEvent('slow.handler', {})
    await until(() => handled.length === 1, 'the slow handler')
    const cutEvent = fakeWs.pushEvent('cut.after_handling', {})
    await until(() => fakeWs.connections.length === 0 || conn.state === 'reconnecting', 'the drop')
    // Pushed while no socket is up: queued by the platform, delivered on the next connection.
    const queued = fakeWs.pushEvent('plain', { n: 1 })
    await until(() => conn.state === 'open' && conn.deviceId !== firstDevice, 'the reconnect')
    slow.open()
    const after = fakeWs.pushEvent('plain', { n: 2 })

    const acks = await Promise.all([slowEvent, cutEvent, queued, after].map((p) => p.acked))
    await until(() => slowEvent.deliveries === 2 && cutEvent.deliveries === 2, 'the re-pushes')
    await until(() => fakeWs.acks.filter((a) => a.code === 200).length >= 4)
    expect(acks.every((a) => a.code === 200)).toBe(true)
    expect(handled.sort()).toEqual([slowEvent.eventId, cutEvent.eventId, queued.eventId, after.eventId].sort())
    expect(bootstrapRequests()).toBe(2)
    expect(reconnects).toHaveLength(1)
    expect(reconnects[0]).toMatchObject({ attempt: 1, delay: 0 })
    expect(ready).toEqual([false, true])
    await until(() => fakeWs.acks.some((a) => a.messageId === cutEvent.messageId), 'the ACK of the re-pushed event')
  })

  it('retries a refused handshake that is not fatal after ReconnectInterval', async () => {
    const { fakeWs, context, bootstrapRequests, WebSocket } = await env()
    fakeWs.refuse({ status: 500, times: 2 })
    const errors: unknown[] = []
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, onError: (e) => void errors.push(e) })
    track(conn.close)
    expect(conn.state).toBe('open')
    expect(bootstrapRequests()).toBe(3)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatchObject({ name: 'LarkApiError', httpStatus: 500 })
  })

  it('retries bootstrap codes 1 and 1000040343 and HTTP errors', async () => {
    const { fake, context, bootstrapRequests, WebSocket } = await env()
    const answers = [{ code: 1, msg: 'system busy' }, { code: 1000040343, msg: 'internal error' }]
    const remove = fake.route({
      method: 'POST',
      path: '/callback/ws/endpoint',
      tokens: [],
      handler: () => {
        const answer = answers.shift()
        if (answers.length === 0) remove()
        return Response.json(answer)
      },
    })
    fake.fault({ path: '/callback/ws/endpoint', kind: 'status', status: 502 })
    const errors: unknown[] = []
    // Before any bootstrap succeeds, the client's own starting config applies.
    const conn = await startLongConnection(context({ retry: false }), { WebSocket, handlers: {}, clientConfig: FAST, onError: (e) => void errors.push(e) })
    track(conn.close)
    expect(errors.map((e) => (e as { code?: number; httpStatus: number }).code ?? (e as { httpStatus: number }).httpStatus)).toEqual([502, 1, 1000040343])
    expect(bootstrapRequests()).toBe(4)
  })

  it('stops for good on handshake 514 + 1000040350 (too many connections), without retrying', async () => {
    const { fakeWs, context, bootstrapRequests, WebSocket } = await env({ maxConnections: 1 })
    const first = await startLongConnection(context(), { WebSocket, handlers: {} })
    track(first.close)
    const error = await startLongConnection(context(), { WebSocket, handlers: {} }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(1000040350)
    expect(isLarkApiError(error) && error.httpStatus).toBe(514)
    await pause(FAST.ReconnectInterval * 1000 * 4)
    expect(bootstrapRequests()).toBe(2)
    expect(fakeWs.handshakes).toBe(2)
    expect(fakeWs.connections).toHaveLength(1)
  })

  it('stops on handshake 403 after a drop, reports it and leaves state closed', async () => {
    const { fakeWs, context, bootstrapRequests, WebSocket } = await env()
    const errors: unknown[] = []
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, onError: (e) => void errors.push(e) })
    fakeWs.refuse({ status: 403, times: 5 })
    fakeWs.drop()
    await conn.closed
    expect(conn.state).toBe('closed')
    expect(conn.error).toMatchObject({ name: 'LarkApiError', httpStatus: 403 })
    expect(errors).toEqual([conn.error])
    await pause(200)
    expect(bootstrapRequests()).toBe(2)
  })

  it('treats other bootstrap codes as client errors: no retry, and the secret is not in the error', async () => {
    const { context, bootstrapRequests, WebSocket } = await env()
    const error = await startLongConnection(context({ appSecret: 'wrong-secret-value' }), { WebSocket, handlers: {} }).catch((e: unknown) => e)
    expect(isLarkApiError(error) && error.code).toBe(99991543)
    expect(dumpError(error)).not.toContain('wrong-secret-value')
    await pause(200)
    expect(bootstrapRequests()).toBe(1)
  })

  it('gives up after ReconnectCount attempts in a row', async () => {
    const { fakeWs, context, WebSocket } = await env({ clientConfig: { ...FAST, ReconnectCount: 2 } })
    const reconnects: number[] = []
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, onReconnecting: (i) => void reconnects.push(i.attempt) })
    fakeWs.refuse({ status: 503, times: 10 })
    fakeWs.drop()
    await conn.closed
    expect(reconnects).toEqual([1, 2])
    expect(conn.error).toMatchObject({ httpStatus: 503 })
  })
})
