/**
 * The long-connection side of the fake Feishu server, runtime-neutral: the bootstrap route
 * (`POST /callback/ws/endpoint`) and a WebSocket session driven by "bytes in / bytes out"
 * callbacks. `listenWebSocket` (`larkfn/testing/node`) serves it on loopback; other runtimes can wire
 * `accept` to their own upgrade (e.g. `Deno.upgradeWebSocket`). Choices: see docs/ws.md.
 *
 * @module
 */
import { decodeFrame, encodeFrame, type Frame } from '../ws/codec.ts'
import { DEFAULT_CLIENT_CONFIG, dataFrames, headerOf, jsonBytes, mergeConfig, METHOD_CONTROL, METHOD_DATA, readAck } from '../ws/frames.ts'
import type { ClientConfig } from '../ws/frames.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET } from './defaults.ts'
import { buildV2Event } from './events.ts'
import type { FakeFeishu } from './fake-feishu.ts'
import { randomHex } from './ids.ts'
import { fakeJson } from './reply.ts'

/** Options of {@link createFakeLongConnection}. */
export interface FakeLongConnectionOptions {
  /** Sent in bootstrap replies and pongs (seconds; fractions are fine in tests). Default: the SDK defaults. */
  readonly clientConfig?: Partial<ClientConfig>
  /** Apps allowed to connect (default: the fake's default app). */
  readonly apps?: readonly { readonly appId: string; readonly appSecret: string }[]
  /** Live connections per app (default 50, as the platform). */
  readonly maxConnections?: number
  /** `ws://host:port` put in bootstrap URLs; default: that of the bootstrap request. */
  readonly origin?: string
  /** Answer pings with pongs (default true); `false` plays a platform that went silent. */
  readonly answerPings?: boolean
}

/** How the session talks to its socket. */
export interface FakeWsPeer {
  send(bytes: Uint8Array): void
  /** Ends the socket without a close handshake (a dropped connection). */
  terminate(): void
}

/** A handshake's outcome: refused (HTTP status and `Handshake-*` headers), or accepted. */
export type FakeHandshake =
  | { readonly ok: false; readonly status: number; readonly headers: Readonly<Record<string, string>> }
  | { readonly ok: true; open(peer: FakeWsPeer): { receive(bytes: Uint8Array): void; closed(): void } }

/** An ACK the fake received. */
export interface FakeWsAck {
  readonly deviceId: string
  readonly messageId: string
  readonly seqId: bigint
  readonly logId: bigint
  readonly headers: Readonly<Record<string, string>>
  readonly code: number
  /** The callback reply decoded from the base64 JSON `data`, if any. */
  readonly data: unknown
}

/** How `push` sends. */
export interface FakePushOptions {
  /** Split the payload into this many frames (default 1). */
  readonly fragments?: number
  /** Fragment indexes in sending order; default `reverse` (last part first). */
  readonly order?: 'in-order' | 'reverse' | readonly number[]
  /** `card` frames expect no ACK and are not re-pushed (default `event`). */
  readonly type?: 'event' | 'card'
  /** Device id of the connection to use (default: the newest). */
  readonly to?: string
}

/** One pushed message: re-pushed on each new connection until a code-200 ACK arrives. */
export interface FakePushed {
  readonly messageId: string
  /** Settles with the first ACK (never, for `card` frames). */
  readonly acked: Promise<FakeWsAck>
  /** Times it was sent, re-pushes included. */
  readonly deliveries: number
}

/** The long-connection side of a fake server. */
export interface FakeLongConnection {
  /** Decides a WebSocket handshake for a request URL (the transport glue calls it). */
  accept(url: string): FakeHandshake
  /** Sets the `ws://host:port` of bootstrap URLs. */
  useOrigin(origin: string): void
  /** Pushes an event body (v2 or v1 JSON) to a connection, or keeps it until one opens. */
  push(body: unknown, options?: FakePushOptions): FakePushed
  /** Pushes a v2 event (`buildV2Event`) with a fresh `event_id`. */
  pushEvent(eventType: string, event: Readonly<Record<string, unknown>>, options?: FakePushOptions): FakePushed & { readonly eventId: string }
  /** Cuts every live socket; returns how many. */
  drop(): number
  /** Refuses the next `times` handshakes (default 1), e.g. `{ status: 514, autherrcode: '1000040350' }`. */
  refuse(rule: { readonly status: number; readonly autherrcode?: string; readonly times?: number }): void
  /**
   * Changes what bootstrap replies and pongs carry. Values are sent as given (no bounds: the client
   * must clamp what a server says), non-finite numbers excepted.
   */
  setClientConfig(config: Partial<ClientConfig>): void
  /** Turns pong answers on or off for every connection. */
  setAnswerPings(on: boolean): void
  /** Sends bytes as one binary message to a connection (default: the newest): hostile frames in tests. Answers false when none is open. */
  sendRaw(bytes: Uint8Array, to?: string): boolean
  /** Cuts the next `times` sockets (default 1) right after their handshake: a server that accepts and drops. */
  dropOnOpen(times?: number): void
  readonly connections: readonly { readonly deviceId: string; readonly appId: string }[]
  readonly acks: readonly FakeWsAck[]
  /** Pings received on all connections. */
  readonly pings: number
  /** Bootstraps answered with code 0. */
  readonly bootstraps: number
  /** Handshakes tried, refused ones included. */
  readonly handshakes: number
}

interface Conn {
  readonly deviceId: string
  readonly appId: string
  readonly peer: FakeWsPeer
}

interface Message {
  readonly id: string
  readonly appId: string
  readonly body: Uint8Array
  readonly options: FakePushOptions
  readonly seqId: bigint
  readonly logId: bigint
  /** ACKed with code 200 (or a card frame, which is never ACKed). */
  done: boolean
  /** Device id of the connection it was last sent to. */
  on?: string
  deliveries: number
  settle(ack: FakeWsAck): void
}

const SERVICE = 33554678

function refusal(status: number, msg: string, autherrcode?: string): FakeHandshake {
  const headers: Record<string, string> = { 'Handshake-Status': String(status), 'Handshake-Msg': msg }
  if (autherrcode !== undefined) headers['Handshake-Autherrcode'] = autherrcode
  return { ok: false, status, headers }
}

/**
 * Adds the long-connection side to a fake server: registers `POST /callback/ws/endpoint` on it and
 * returns the session logic and test knobs.
 *
 * @param fake The fake server.
 * @param options Client config, apps, connection limit, origin.
 * @returns The fake long connection; serve it with `listenWebSocket` from `larkfn/testing/node`.
 * @example
 * const fake = createFakeFeishu()
 * const platform = createFakeLongConnection(fake, { clientConfig: { PingInterval: 0.2, ReconnectNonce: 0 } })
 * const server = await listenWebSocket(platform, { handler: fake.handle }) // HTTP and WS on one port
 * const { acked } = platform.pushEvent('im.message.receive_v1', { message: { message_id: 'om_1' } })
 */
export function createFakeLongConnection(fake: Pick<FakeFeishu, 'route'>, options: FakeLongConnectionOptions = {}): FakeLongConnection {
  const apps = new Map((options.apps ?? [{ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET }]).map((a) => [a.appId, a.appSecret]))
  const firstApp = [...apps.keys()][0] ?? ''
  let config = mergeConfig(DEFAULT_CLIENT_CONFIG, options.clientConfig)
  let origin = options.origin
  const tickets = new Map<string, { appId: string; deviceId: string }>()
  const live: Conn[] = []
  const messages: Message[] = []
  const acks: FakeWsAck[] = []
  const refusals: { status: number; autherrcode?: string; times: number }[] = []
  const counts = { pings: 0, bootstraps: 0, handshakes: 0, seq: 0n, dropOnOpen: 0 }
  let answerPings = options.answerPings ?? true

  fake.route({
    method: 'POST',
    path: '/callback/ws/endpoint',
    tokens: [],
    handler: ({ body, request }) => {
      const { AppID, AppSecret } = (body ?? {}) as { AppID?: unknown; AppSecret?: unknown }
      if (!AppID || !AppSecret) return fakeJson({ code: 1000040344, msg: 'AppID or AppSecret missing' })
      if (apps.get(String(AppID)) !== AppSecret) return fakeJson({ code: 99991543, msg: 'app_id or app_secret is invalid' })
      const deviceId = `dev_${randomHex(8)}`
      const ticket = randomHex(16)
      tickets.set(ticket, { appId: String(AppID), deviceId })
      counts.bootstraps++
      const base = origin ?? new URL(request.url).origin.replace(/^http/, 'ws')
      const query = `device_id=${deviceId}&access_key=${randomHex(8)}&service_id=${SERVICE}&ticket=${ticket}`
      return fakeJson({ code: 0, msg: 'ok', data: { URL: `${base}/ws/v2?fpid=493&aid=552564&${query}`, ClientConfig: config } })
    },
  })

  const deliver = (m: Message, conn: Conn) => {
    const sum = Math.max(1, Math.floor(m.options.fragments ?? 1))
    const order = m.options.order ?? 'reverse'
    const indexes = order === 'in-order' ? undefined : order === 'reverse' ? Array.from({ length: sum }, (_, i) => sum - 1 - i) : order
    m.on = conn.deviceId
    m.deliveries++
    const push = { seqId: m.seqId, logId: m.logId, service: SERVICE, type: m.options.type ?? 'event', messageId: m.id, payload: m.body }
    for (const frame of dataFrames(push, sum, indexes)) conn.peer.send(encodeFrame(frame))
  }

  const receive = (conn: Conn, frame: Frame) => {
    if (frame.method === METHOD_CONTROL && headerOf(frame, 'type') === 'ping') {
      counts.pings++
      if (answerPings) conn.peer.send(encodeFrame({ ...frame, headers: [{ key: 'type', value: 'pong' }], payload: jsonBytes(config) }))
      return
    }
    if (frame.method !== METHOD_DATA) return
    const headers = Object.fromEntries(frame.headers.map((h) => [h.key, h.value]))
    const ack: FakeWsAck = { deviceId: conn.deviceId, messageId: headers.message_id ?? '', seqId: frame.seqId, logId: frame.logId, headers, ...readAck(frame) }
    acks.push(ack)
    const message = messages.find((m) => m.id === ack.messageId)
    if (message && ack.code === 200) message.done = true
    message?.settle(ack)
  }

  const push = (body: unknown, pushOptions: FakePushOptions = {}): FakePushed => {
    let settle: (ack: FakeWsAck) => void = () => {}
    const acked = new Promise<FakeWsAck>((resolve) => (settle = resolve))
    const conn = pushOptions.to ? live.find((c) => c.deviceId === pushOptions.to) : live.at(-1)
    const seqId = ++counts.seq
    // LogID beyond 2^53: the client must echo uint64 ids exactly.
    const m: Message = {
      id: `msg_${randomHex(8)}`,
      appId: conn?.appId ?? firstApp,
      body: jsonBytes(body),
      options: pushOptions,
      seqId,
      logId: 9_007_199_254_740_993n + seqId,
      done: pushOptions.type === 'card',
      deliveries: 0,
      settle: (ack) => settle(ack),
    }
    messages.push(m)
    if (conn) deliver(m, conn)
    return { messageId: m.id, acked, get deliveries() { return m.deliveries } }
  }

  return {
    accept(url) {
      counts.handshakes++
      const rule = refusals[0]
      if (rule) {
        if (--rule.times <= 0) refusals.shift()
        return refusal(rule.status, 'refused by the fake', rule.autherrcode)
      }
      const ticket = new URL(url, 'ws://fake').searchParams.get('ticket') ?? ''
      const grant = tickets.get(ticket)
      if (!grant) return refusal(403, 'unknown or used ticket')
      tickets.delete(ticket)
      const open = live.filter((c) => c.appId === grant.appId).length
      if (open >= (options.maxConnections ?? 50)) return refusal(514, 'too many connections', '1000040350')
      return {
        ok: true,
        open(peer) {
          const conn: Conn = { ...grant, peer }
          if (counts.dropOnOpen > 0) {
            counts.dropOnOpen--
            peer.terminate()
            return { receive: () => {}, closed: () => {} }
          }
          live.push(conn)
          // Like the platform: what was not ACKed with code 200 on a lost socket comes again here.
          for (const m of messages) if (!m.done && m.appId === conn.appId && !live.some((c) => c.deviceId === m.on)) deliver(m, conn)
          return {
            receive: (bytes) => receive(conn, decodeFrame(bytes)),
            closed() {
              const at = live.indexOf(conn)
              if (at >= 0) live.splice(at, 1)
            },
          }
        },
      }
    },
    useOrigin(value) {
      origin = value
    },
    push,
    pushEvent(eventType, event, pushOptions) {
      const eventId = randomHex(16)
      return Object.assign(push(buildV2Event(eventType, { ...event }, { eventId, appId: firstApp }), pushOptions), { eventId })
    },
    drop() {
      const cut = [...live]
      for (const conn of cut) conn.peer.terminate()
      return cut.length
    },
    refuse(rule) {
      refusals.push({ ...rule, times: rule.times ?? 1 })
    },
    setClientConfig(next) {
      config = mergeConfig(config, next)
    },
    setAnswerPings(on) {
      answerPings = on
    },
    sendRaw(bytes, to) {
      const conn = to ? live.find((c) => c.deviceId === to) : live.at(-1)
      conn?.peer.send(bytes)
      return conn !== undefined
    },
    dropOnOpen(times = 1) {
      counts.dropOnOpen += times
    },
    get connections() {
      return live.map(({ deviceId, appId }) => ({ deviceId, appId }))
    },
    get acks() {
      return [...acks]
    },
    get pings() {
      return counts.pings
    },
    get bootstraps() {
      return counts.bootstraps
    },
    get handshakes() {
      return counts.handshakes
    },
  }
}
