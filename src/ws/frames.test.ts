import { describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame } from './codec.ts'
import { ackFrame, base64Json, dataFrames, DEFAULT_CLIENT_CONFIG, mergeConfig, parseJson, pingFrame, readAck, withHeaders } from './frames.ts'

describe('frames', () => {
  it('builds an ACK that echoes ids, service, method and headers, adds biz_rt and replaces the payload', () => {
    const received = {
      seqId: 7n,
      logId: 9_007_199_254_740_993n,
      service: 33554678,
      method: 1,
      headers: [{ key: 'type', value: 'event' }, { key: 'message_id', value: 'm1' }],
      payload: new TextEncoder().encode('{"schema":"2.0"}'),
    }
    const ack = decodeFrame(encodeFrame(ackFrame(received, { code: 200 }, 12.4)))
    expect(ack).toMatchObject({ seqId: 7n, logId: 9_007_199_254_740_993n, service: 33554678, method: 1 })
    expect(ack.headers).toEqual([...received.headers, { key: 'biz_rt', value: '12' }])
    expect(parseJson(ack.payload)).toEqual({ code: 200 })
  })

  it('encodes a callback reply as base64 of its UTF-8 JSON', () => {
    // The recorded exchange's ACK data for a toast reply.
    expect(base64Json({ toast: { type: 'info', content: 'ok' } })).toBe('eyJ0b2FzdCI6eyJ0eXBlIjoiaW5mbyIsImNvbnRlbnQiOiJvayJ9fQ==')
    expect(atob(base64Json({ t: '好' }))).toBe(String.fromCharCode(...new TextEncoder().encode('{"t":"好"}')))
  })

  it('makes pings with zero ids and the service id', () => {
    expect(pingFrame(5)).toEqual({ seqId: 0n, logId: 0n, service: 5, method: 0, headers: [{ key: 'type', value: 'ping' }] })
  })

  it('replaces existing header keys in place and appends new ones', () => {
    const headers = [{ key: 'a', value: '1' }, { key: 'b', value: '2' }]
    expect(withHeaders(headers, { a: 'x', c: '3' })).toEqual([{ key: 'a', value: 'x' }, { key: 'b', value: '2' }, { key: 'c', value: '3' }])
    expect(headers[0]?.value).toBe('1')
  })

  it('adopts only numeric ClientConfig fields', () => {
    const next = mergeConfig(DEFAULT_CLIENT_CONFIG, { PingInterval: 5, ReconnectCount: '3', Other: 1 })
    expect(next).toEqual({ ...DEFAULT_CLIENT_CONFIG, PingInterval: 5 })
    expect(mergeConfig(DEFAULT_CLIENT_CONFIG, null)).toBe(DEFAULT_CLIENT_CONFIG)
  })

  it('reads an empty or broken payload as undefined', () => {
    expect(parseJson(undefined)).toBeUndefined()
    expect(parseJson(new Uint8Array(0))).toBeUndefined()
    expect(parseJson(new TextEncoder().encode('{'))).toBeUndefined()
    // A payload nested deeper than the bound is not handed on (a handler walking it would overflow).
    expect(parseJson(new TextEncoder().encode(`{"event":${'['.repeat(1000)}${']'.repeat(1000)}}`))).toBeUndefined()
    expect(parseJson(new TextEncoder().encode(`{"event":${'['.repeat(10)}${']'.repeat(10)}}`))).toBeDefined()
  })

  it('splits a pushed payload into fragment frames in the order asked, and reads ACKs back', () => {
    const payload = new TextEncoder().encode('abcdefg')
    const push = { seqId: 3n, logId: 4n, service: 9, type: 'event', messageId: 'm1', payload }
    const frames = dataFrames(push, 3, [2, 0, 1])
    expect(frames.map((f) => new TextDecoder().decode(f.payload))).toEqual(['g', 'abc', 'def'])
    expect(frames.map((f) => f.headers.find((h) => h.key === 'seq')?.value)).toEqual(['2', '0', '1'])
    expect(frames.every((f) => f.seqId === 3n && f.logId === 4n && f.method === 1)).toBe(true)
    expect(dataFrames(push)).toHaveLength(1)
    const reply = ackFrame(frames[0] as (typeof frames)[0], { code: 200, data: base64Json({ toast: { type: 'info' } }) }, 1)
    expect(readAck(reply)).toEqual({ code: 200, data: { toast: { type: 'info' } } })
    expect(readAck({ ...reply, payload: undefined })).toEqual({ code: 0, data: undefined })
  })
})
