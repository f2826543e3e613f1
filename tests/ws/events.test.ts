import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { startLongConnection, type EventHandlers, type LarkEvent, type LongConnection, type WebSocketConstructor } from '../../src/ws/index.ts'
import { startFakeWs, until, withCleanup } from './setup.ts'

const { track } = withCleanup()

/** Test-only event types, typed like new platform events a user adds. */
type Extra = { big: { text: string }; n: { i: number }; bad: object; later: object; t: object }

async function connect(handlers: EventHandlers<Extra>, WebSocketImpl: WebSocketConstructor = WebSocket) {
  const env = await startFakeWs()
  const conn: LongConnection = await startLongConnection<Extra>(env.context(), { handlers, WebSocket: WebSocketImpl })
  track(env.close, conn.close)
  return { ...env, conn }
}

describe('long connection: events and ACKs', () => {
  it('hands a v2 event to its handler and ACKs it with the frame ids echoed', async () => {
    const seen: LarkEvent<'im.message.receive_v1'>[] = []
    const { fakeWs } = await connect({ 'im.message.receive_v1': async (e) => void seen.push(e) })
    const pushed = fakeWs.pushEvent('im.message.receive_v1', { message: { message_id: 'om_1', content: '{"text":"hi"}' } })
    const ack = await pushed.acked
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ type: 'im.message.receive_v1', schema: '2.0', eventId: pushed.eventId, event: { message: { message_id: 'om_1' } } })
    expect(ack.code).toBe(200)
    expect(ack.data).toBeUndefined()
    expect(ack.messageId).toBe(pushed.messageId)
    // LogID is above 2^53: the echo is exact only if uint64 is kept whole.
    expect(ack.logId).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER))
    const frame = fakeWs.acks[0]
    expect(frame?.headers).toMatchObject({ type: 'event', message_id: pushed.messageId, sum: '1', seq: '0' })
    expect(Number(frame?.headers.biz_rt)).toBeGreaterThanOrEqual(0)
  })

  it('echoes SeqID and LogID of each message separately', async () => {
    const { fakeWs } = await connect({ t: async () => undefined })
    const a = fakeWs.push({ uuid: 'u1', type: 'event_callback', event: { type: 't' } })
    const b = fakeWs.push({ uuid: 'u2', type: 'event_callback', event: { type: 't' } })
    const [ackA, ackB] = await Promise.all([a.acked, b.acked])
    expect(ackB.seqId - ackA.seqId).toBe(1n)
    expect(ackB.logId - ackA.logId).toBe(1n)
  })

  it('reassembles a fragmented message that arrives out of order and ACKs it once', async () => {
    const bodies: LarkEvent<'big', Extra['big']>[] = []
    const { fakeWs } = await connect({ big: async (e) => void bodies.push(e) })
    const text = '长'.repeat(3000)
    const pushed = fakeWs.push({ schema: '2.0', header: { event_id: 'e-big', event_type: 'big' }, event: { text } }, { fragments: 3, order: [2, 0, 1] })
    const ack = await pushed.acked
    expect(bodies).toHaveLength(1)
    expect(bodies[0]?.event.text).toBe(text)
    // The ACK echoes the frame that completed the message.
    expect(ack.headers).toMatchObject({ sum: '3', seq: '1' })
    await fakeWs.pushEvent('big', {}).acked
    expect(fakeWs.acks.filter((a) => a.messageId === pushed.messageId)).toHaveLength(1)
  })

  it('ACKs a callback with its reply as base64 JSON', async () => {
    const { fakeWs } = await connect({
      'card.action.trigger': async ({ event }) => ({ toast: { type: 'success', content: `got ${String(event.action?.value)}` } }),
    })
    const ack = await fakeWs.pushEvent('card.action.trigger', { action: { tag: 'button', value: 'yes' } }).acked
    expect(ack.code).toBe(200)
    expect(ack.data).toEqual({ toast: { type: 'success', content: 'got yes' } })
  })

  it('ACKs code 500 when the handler throws', async () => {
    const { fakeWs } = await connect({ bad: async () => Promise.reject(new Error('handler bug')) })
    const ack = await fakeWs.pushEvent('bad', {}).acked
    expect(ack.code).toBe(500)
    expect(ack.data).toBeUndefined()
  })

  it('drops card frames without an ACK', async () => {
    let cards = 0
    const { fakeWs } = await connect({ 'card.action.trigger': async () => void cards++, later: async () => undefined })
    const card = fakeWs.pushEvent('card.action.trigger', { action: {} }, { type: 'card' })
    await fakeWs.pushEvent('later', {}).acked
    expect(cards).toBe(0)
    expect(fakeWs.acks.map((a) => a.messageId)).not.toContain(card.messageId)
  })

  it('ACKs an event type without a handler, so the platform does not re-push it', async () => {
    const { fakeWs } = await connect({})
    expect((await fakeWs.pushEvent('nobody.listens_v1', {}).acked).code).toBe(200)
  })

  for (const binaryType of ['nodebuffer', 'blob'] as const) {
    it(`reads binary messages delivered as ${binaryType === 'blob' ? 'Blob' : 'Buffer'}, in order`, async () => {
      // A socket that ignores `binaryType = 'arraybuffer'`, as some implementations do.
      class Stubborn extends WebSocket {
        constructor(url: string) {
          super(url)
          this.binaryType = binaryType as 'nodebuffer'
          Object.defineProperty(this, 'binaryType', { get: () => binaryType, set: () => {} })
        }
      }
      const order: number[] = []
      const { fakeWs } = await connect({ n: async ({ event }) => void order.push(Number(event.i)) }, Stubborn)
      const pushed = [1, 2, 3, 4, 5].map((i) => fakeWs.pushEvent('n', { i }, { fragments: i % 2 ? 2 : 1 }))
      await Promise.all(pushed.map((p) => p.acked))
      await until(() => order.length === 5)
      expect(order).toEqual([1, 2, 3, 4, 5])
    })
  }
})
