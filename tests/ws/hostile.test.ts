// Hostile frames and configs from the server side of a long connection, over real loopback sockets
// (the fake's `sendRaw`, `answerPings`, `dropOnOpen`). Each `it` names its cases; bounds are checked
// by counting frames, handler runs and bootstraps, never by how long something took.
import { describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame, MAX_HEADERS, type Frame, type FrameHeader } from '../../src/ws/codec.ts'
import { CONFIG_BOUNDS, jsonBytes } from '../../src/ws/frames.ts'
import { FRAGMENT_LIMITS } from '../../src/ws/fragments.ts'
import { MAX_IN_FLIGHT } from '../../src/ws/link.ts'
import { startLongConnection, type ReconnectInfo } from '../../src/ws/index.ts'
import { buildV2Event } from '../../src/testing/index.ts'
import { captureLogger } from '../helpers.ts'
import { FAST, gate, pause, until, withCleanup } from './setup.ts'

const { env, track } = withCleanup()
const SERVICE = 33554678

/** A data frame as the platform sends one, with the given headers over the defaults. */
function data(headers: Record<string, string>, payload: Uint8Array, extra: FrameHeader[] = []): Uint8Array {
  const base: Record<string, string> = { type: 'event', message_id: 'msg_hostile', sum: '1', seq: '0', ...headers }
  const list = [...Object.entries(base).map(([key, value]) => ({ key, value })), ...extra]
  return encodeFrame({ seqId: 1n, logId: 2n, service: SERVICE, method: 1, headers: list, payload })
}

const eventBytes = (type: string, eventId: string) => jsonBytes(buildV2Event(type, { n: 1 }, { eventId }))

/** A connection whose `probe` handler records event ids; answers a check that a good event still goes through. */
async function connected(options: Parameters<typeof env>[0] = {}) {
  const e = await env(options)
  const seen: string[] = []
  const logger = captureLogger()
  const conn = await startLongConnection<{ probe: object }>(e.context({ logger, logLevel: 'debug' }), {
    WebSocket: e.WebSocket,
    handlers: { probe: async (event) => void seen.push(String(event.eventId)) },
    // The server and client share this process: a flood sent in one go blocks both for a while, and
    // the default watchdog (1 s with the test's ping interval) would count that as a dead link.
    pingTimeout: 20_000,
  })
  track(conn.close)
  /** Pushes a normal event and waits for its ACK: frames sent before it have been handled by then. */
  const stillWorks = async () => {
    const pushed = e.fakeWs.pushEvent('probe', {})
    expect((await pushed.acked).code).toBe(200)
    expect(seen).toContain(pushed.eventId)
    expect(conn.state).toBe('open')
    expect(e.bootstrapRequests()).toBe(1)
  }
  return { ...e, conn, seen, logger, stillWorks }
}

describe('long connection: hostile frames', () => {
  it('drops fragments with a huge sum (3 cases), an out-of-range or negative seq (2), and keeps working', async () => {
    const { fakeWs, seen, stillWorks } = await connected()
    const body = eventBytes('probe', 'evt_sum')
    for (const sum of ['4000000000', '400000000', String(FRAGMENT_LIMITS.parts + 1)]) fakeWs.sendRaw(data({ sum, seq: '0' }, body))
    fakeWs.sendRaw(data({ sum: '2', seq: '2' }, body))
    fakeWs.sendRaw(data({ sum: '2', seq: '-1' }, body))
    await stillWorks()
    expect(seen).not.toContain('evt_sum')
    expect(fakeWs.acks.filter((a) => a.messageId === 'msg_hostile')).toHaveLength(0)
  })

  it('a repeated fragment keeps the first copy (1 case)', async () => {
    const { fakeWs, seen, stillWorks } = await connected()
    const body = eventBytes('probe', 'evt_dup')
    const cut = Math.floor(body.length / 2)
    fakeWs.sendRaw(data({ sum: '2', seq: '0' }, body.subarray(0, cut)))
    fakeWs.sendRaw(data({ sum: '2', seq: '0' }, new TextEncoder().encode('not json at all')))
    fakeWs.sendRaw(data({ sum: '2', seq: '1' }, body.subarray(cut)))
    await stillWorks()
    expect(seen).toContain('evt_dup')
    expect(fakeWs.acks.find((a) => a.messageId === 'msg_hostile')?.code).toBe(200)
  })

  it('20 000 unfinished messages (1 case) do not stop a complete one', async () => {
    const { fakeWs, stillWorks } = await connected()
    for (let i = 0; i < 20_000; i++) fakeWs.sendRaw(data({ message_id: `m${i}`, sum: '2', seq: '0' }, new Uint8Array([0x7b])))
    await stillWorks()
  })

  it(`refuses a frame with more than ${MAX_HEADERS} headers (1 case)`, async () => {
    const { fakeWs, seen, logger, stillWorks } = await connected()
    const many = Array.from({ length: MAX_HEADERS }, (_, i) => ({ key: `x${i}`, value: 'v' }))
    fakeWs.sendRaw(data({}, eventBytes('probe', 'evt_headers'), many))
    await stillWorks()
    expect(seen).not.toContain('evt_headers')
    expect(logger.lines.join('\n')).toContain(`more than ${MAX_HEADERS} headers`)
  })

  it('refuses payloads over 1 MiB, whole (1 case) or across fragments (1 case), and a 2 MiB message before decoding it (1 case)', async () => {
    const { fakeWs, seen, logger, stillWorks } = await connected()
    fakeWs.sendRaw(data({}, new Uint8Array(2 * FRAGMENT_LIMITS.messageBytes)))
    const big = new Uint8Array(FRAGMENT_LIMITS.messageBytes + 10).fill(0x20)
    fakeWs.sendRaw(data({}, big))
    const half = big.subarray(0, FRAGMENT_LIMITS.messageBytes / 2 + 5)
    fakeWs.sendRaw(data({ message_id: 'msg_big', sum: '3', seq: '0' }, half))
    fakeWs.sendRaw(data({ message_id: 'msg_big', sum: '3', seq: '1' }, half))
    fakeWs.sendRaw(data({ message_id: 'msg_big', sum: '3', seq: '2' }, eventBytes('probe', 'evt_big')))
    await stillWorks()
    expect(seen).toHaveLength(1)
    expect(fakeWs.acks.filter((a) => a.messageId === 'msg_hostile' || a.messageId === 'msg_big')).toHaveLength(0)
    expect(logger.lines.join('\n')).toContain('frame over the size limit')
  })

  it('ignores unknown methods (1 case) and data types (1 case), and control frames that are not pongs (1 case)', async () => {
    const { fakeWs, seen, conn, stillWorks } = await connected()
    const config = conn.config
    fakeWs.sendRaw(encodeFrame({ seqId: 1n, logId: 1n, service: SERVICE, method: 7, headers: [{ key: 'type', value: 'event' }], payload: eventBytes('probe', 'evt_m7') }))
    fakeWs.sendRaw(data({ type: 'surprise' }, eventBytes('probe', 'evt_type')))
    fakeWs.sendRaw(encodeFrame({ seqId: 0n, logId: 0n, service: SERVICE, method: 0, headers: [{ key: 'type', value: 'ping' }], payload: jsonBytes({ PingInterval: 0 }) }))
    await stillWorks()
    expect(seen.filter((id) => id.startsWith('evt_'))).toEqual([])
    expect(conn.config).toEqual(config)
    expect(fakeWs.acks.filter((a) => a.messageId === 'msg_hostile')).toHaveLength(0)
  })

  it('ignores malformed protobuf: truncated (3 cases), varint over 64 bits (1), field 0 (1), group wire type (1), garbage (1)', async () => {
    const { fakeWs, logger, stillWorks } = await connected()
    const good = data({}, eventBytes('probe', 'evt_trunc'))
    const samples = [
      good.subarray(0, good.length - 1), // payload cut short
      new Uint8Array([0x08]), // a tag without its varint
      new Uint8Array([0x2a, 0xff, 0xff, 0xff, 0xff, 0x0f]), // headers of 4 GiB declared in 6 bytes
      new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), // 70-bit SeqID
      new Uint8Array([0x02, 0x00]), // field number 0
      new Uint8Array([0x0b, 0x0c]), // start/end group
      Uint8Array.from({ length: 512 }, (_, i) => (i * 97 + 13) & 0xff),
    ]
    for (const bytes of samples) fakeWs.sendRaw(bytes)
    await stillWorks()
    const text = logger.lines.join('\n')
    for (const reason of ['truncated', 'varint overflows 64 bits', 'field number 0', 'wire type']) expect(text).toContain(reason)
  })

  it('decodes hostile bytes to errors, not to frames (5 cases, plus 2 at the bounds that still read; unit level)', () => {
    const overflow = [0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02]
    expect(() => decodeFrame(new Uint8Array(overflow))).toThrow(/overflows/)
    // Exactly 2^64 − 1 still reads.
    expect(decodeFrame(new Uint8Array([0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).logId).toBe(2n ** 64n - 1n)
    expect(() => decodeFrame(new Uint8Array([0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toThrow(/varint/)
    expect(() => decodeFrame(new Uint8Array([0x00, 0x01]))).toThrow(/field number 0/)
    expect(() => decodeFrame(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00]))).toThrow(/field key/)
    const headers: FrameHeader[] = Array.from({ length: MAX_HEADERS + 1 }, () => ({ key: 'k', value: 'v' }))
    const frame: Frame = { seqId: 0n, logId: 0n, service: 0, method: 0, headers }
    expect(() => decodeFrame(encodeFrame(frame))).toThrow(/headers/)
    expect(decodeFrame(encodeFrame({ ...frame, headers: headers.slice(1) })).headers).toHaveLength(MAX_HEADERS)
  })

  it(`runs at most ${MAX_IN_FLIGHT} handlers at once; the rest are ACKed 500 at once (1 case)`, async () => {
    const { fakeWs, context, WebSocket } = await env()
    const hold = gate()
    let running = 0
    let most = 0
    const conn = await startLongConnection<{ slow: object }>(context(), {
      WebSocket,
      handlers: {
        slow: async () => {
          most = Math.max(most, ++running)
          await hold.promise
          running--
        },
      },
    })
    track(conn.close)
    const pushed = Array.from({ length: MAX_IN_FLIGHT + 6 }, () => fakeWs.pushEvent('slow', {}))
    await until(() => fakeWs.acks.length === 6, 'the ACKs of the events over the limit')
    expect(fakeWs.acks.every((a) => a.code === 500)).toBe(true)
    expect(running).toBe(MAX_IN_FLIGHT)
    hold.open()
    await Promise.all(pushed.slice(0, MAX_IN_FLIGHT).map((p) => p.acked))
    await until(() => fakeWs.acks.length === MAX_IN_FLIGHT + 6, 'every ACK')
    expect(fakeWs.acks.filter((a) => a.code === 200)).toHaveLength(MAX_IN_FLIGHT)
    expect(most).toBe(MAX_IN_FLIGHT)
  })
})

describe('long connection: hostile timings', () => {
  it('clamps a pong config of negative, huge and fractional values (5 cases); ignores a pong that is not JSON (1 case) and a number sent as a string (1 case)', async () => {
    const { fakeWs, conn, stillWorks } = await connected()
    const pong = (payload: Uint8Array) =>
      encodeFrame({ seqId: 0n, logId: 0n, service: SERVICE, method: 0, headers: [{ key: 'type', value: 'pong' }], payload })
    fakeWs.sendRaw(pong(jsonBytes({ PingInterval: -5, ReconnectInterval: 1e308, ReconnectNonce: -1, ReconnectCount: -7.5 })))
    await stillWorks()
    expect(conn.config).toEqual({
      PingInterval: CONFIG_BOUNDS.PingInterval.min,
      ReconnectInterval: CONFIG_BOUNDS.ReconnectInterval.max,
      ReconnectNonce: 0,
      ReconnectCount: -1,
    })
    fakeWs.sendRaw(pong(new TextEncoder().encode('{"PingInterval":')))
    fakeWs.sendRaw(pong(jsonBytes({ ReconnectCount: 2.9, PingInterval: '0' })))
    await stillWorks()
    expect(conn.config).toMatchObject({ PingInterval: CONFIG_BOUNDS.PingInterval.min, ReconnectCount: 2 })
  })

  it('PingInterval 0 from the server: at most one ping a second (1 case)', async () => {
    const { fakeWs, context, WebSocket } = await env({ clientConfig: { ...FAST, PingInterval: 0 } })
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    track(conn.close)
    expect(conn.config.PingInterval).toBe(1)
    const before = fakeWs.pings
    await pause(1500)
    // Before the floor, this was hundreds of pings a second.
    expect(fakeWs.pings - before).toBeLessThanOrEqual(3)
  })

  it('a PingInterval past the timer range (1e9 s) does not fire at once (1 case)', async () => {
    const { fakeWs, context, WebSocket } = await env({ clientConfig: { ...FAST, PingInterval: 1e9 } })
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, pingTimeout: false })
    track(conn.close)
    expect(conn.config.PingInterval).toBe(CONFIG_BOUNDS.PingInterval.max)
    await pause(500)
    expect(fakeWs.pings).toBe(1)
  })

  it('ReconnectInterval 0 (1 case) and −3 (1 case) with failing handshakes: a failed attempt waits at least 1 s', async () => {
    for (const interval of [0, -3]) {
      const { fakeWs, context, WebSocket, bootstrapRequests } = await env({ clientConfig: { ...FAST, ReconnectInterval: interval } })
      const delays: number[] = []
      const conn = await startLongConnection(context(), { WebSocket, handlers: {}, onReconnecting: (i) => void delays.push(i.delay) })
      track(conn.close)
      fakeWs.refuse({ status: 503, times: 1_000_000 })
      fakeWs.drop()
      await pause(2500)
      await conn.close()
      // Before the floor: thousands of bootstraps (each with the app secret) in this time.
      expect(bootstrapRequests()).toBeLessThanOrEqual(5)
      expect(delays.length).toBeGreaterThanOrEqual(2)
      expect(delays.slice(1).every((d) => d === 1000)).toBe(true)
    }
  })

  it('a huge ReconnectNonce (1 case) waits at most its ceiling, not a timer that fires at once', async () => {
    const { fakeWs, context, WebSocket } = await env({ clientConfig: { ...FAST, ReconnectNonce: 1e12 } })
    const delays: ReconnectInfo[] = []
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, onReconnecting: (i) => void delays.push(i) })
    track(conn.close)
    fakeWs.drop()
    await until(() => delays.length === 1, 'the reconnect wait')
    // Before the ceiling: a wait of up to 10^15 ms, past the timer range, so it fired at once.
    expect(delays[0]!.delay).toBeLessThanOrEqual(CONFIG_BOUNDS.ReconnectNonce.max * 1000)
    expect(conn.config.ReconnectNonce).toBe(CONFIG_BOUNDS.ReconnectNonce.max)
  })

  it('a server that drops every socket right after the handshake (1 case): backed off, not a bootstrap per handshake', async () => {
    const { fakeWs, context, WebSocket, bootstrapRequests } = await env()
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    track(conn.close)
    fakeWs.dropOnOpen(1_000_000)
    fakeWs.drop()
    await pause(2500)
    await conn.close()
    // 1 s after the second quick drop, then 1 s again (FAST's ReconnectInterval, clamped to 1 s).
    expect(bootstrapRequests()).toBeLessThanOrEqual(5)
  })

  it('the pong watchdog is on by default: a silent server (1 case) gets a new socket', async () => {
    const { fakeWs, context, WebSocket, bootstrapRequests } = await env({ answerPings: false })
    const conn = await startLongConnection(context(), { WebSocket, handlers: {} })
    track(conn.close)
    const first = conn.deviceId
    await until(() => bootstrapRequests() >= 2 && conn.state === 'open' && conn.deviceId !== first, 'a reconnect after no pong')
    expect(fakeWs.handshakes).toBeGreaterThanOrEqual(2)
  })

  it('pingTimeout: false keeps a silent socket (1 case)', async () => {
    const { fakeWs, context, WebSocket, bootstrapRequests } = await env({ answerPings: false })
    const conn = await startLongConnection(context(), { WebSocket, handlers: {}, pingTimeout: false })
    track(conn.close)
    await until(() => fakeWs.pings >= 3, 'three pings without a pong')
    expect(bootstrapRequests()).toBe(1)
    expect(conn.state).toBe('open')
  })

  it('refuses timing options that are zero, negative, not numbers or past the timer range (6 cases)', async () => {
    const { context, WebSocket, bootstrapRequests } = await env()
    const bad = [{ pingTimeout: 0 }, { pingTimeout: -1 }, { pingTimeout: Number.NaN }, { connectTimeout: 1e12 }, { fragmentTtl: Number.POSITIVE_INFINITY }, { connectTimeout: '5' as unknown as number }]
    for (const options of bad) {
      await expect(startLongConnection(context(), { WebSocket, handlers: {}, ...options })).rejects.toMatchObject({ name: 'LarkValidationError' })
    }
    expect(bootstrapRequests()).toBe(0)
  })
})
