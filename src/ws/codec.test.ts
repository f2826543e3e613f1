import { describe, expect, it } from 'vitest'
import { decodeFrame, encodeFrame, type Frame } from './codec.ts'

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** The data frame of the recorded exchange, written byte by byte from the proto2 rules. */
const KNOWN: Frame = {
  seqId: 7n,
  logId: 9n,
  service: 33554678,
  method: 1,
  headers: [{ key: 'type', value: 'event' }],
  payload: new TextEncoder().encode('{}'),
}
const KNOWN_BYTES = [
  0x08, 0x07, // field 1 (SeqID), varint 7
  0x10, 0x09, // field 2 (LogID), varint 9
  0x18, 0xf6, 0x81, 0x80, 0x10, // field 3 (service), varint 33554678 = 0x76 + 1·2^7 + 0·2^14 + 16·2^21
  0x20, 0x01, // field 4 (method), varint 1
  0x2a, 0x0d, // field 5 (headers), 13 bytes:
  0x0a, 0x04, ...ascii('type'), //   Header.key
  0x12, 0x05, ...ascii('event'), //   Header.value
  0x42, 0x02, 0x7b, 0x7d, // field 8 (payload), 2 bytes `{}`
]

describe('pbbp2 codec', () => {
  it('encodes a frame to the bytes the proto spec gives', () => {
    expect([...encodeFrame(KNOWN)]).toEqual(KNOWN_BYTES)
  })

  it('decodes hand-built bytes', () => {
    const frame = decodeFrame(new Uint8Array(KNOWN_BYTES))
    expect(frame).toMatchObject({ seqId: 7n, logId: 9n, service: 33554678, method: 1, headers: KNOWN.headers })
    expect(new TextDecoder().decode(frame.payload)).toBe('{}')
    expect(frame.payloadType).toBeUndefined()
  })

  it('round-trips every field, uint64 ids beyond 2^53 and a negative int32', () => {
    const frame: Frame = {
      seqId: 18_446_744_073_709_551_615n,
      logId: 9_007_199_254_740_993n,
      service: -2,
      method: 0,
      headers: [
        { key: 'type', value: 'ping' },
        { key: 'message_id', value: '消息-1' },
        { key: 'empty', value: '' },
      ],
      payloadEncoding: 'json',
      payloadType: 'event',
      payload: new Uint8Array([0, 255, 128]),
      logIdNew: '02174…',
    }
    const bytes = encodeFrame(frame)
    expect(decodeFrame(bytes)).toEqual(frame)
    // uint64 max and a negative int32 both take the full 10-byte varint.
    expect([...bytes.subarray(0, 11)]).toEqual([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])
  })

  it('writes a ping with zero ids and no payload, as the SDKs do', () => {
    const ping = encodeFrame({ seqId: 0n, logId: 0n, service: 1, method: 0, headers: [{ key: 'type', value: 'ping' }] })
    expect([...ping]).toEqual([0x08, 0, 0x10, 0, 0x18, 1, 0x20, 0, 0x2a, 0x0c, 0x0a, 4, ...ascii('type'), 0x12, 4, ...ascii('ping')])
  })

  it('skips unknown fields of every wire type', () => {
    const extra = [0x50, 0x96, 0x01, 0x59, 1, 2, 3, 4, 5, 6, 7, 8, 0x62, 0x01, 0x7a, 0x6d, 9, 9, 9, 9]
    const frame = decodeFrame(new Uint8Array([...extra, ...KNOWN_BYTES]))
    expect(frame.seqId).toBe(7n)
    expect(frame.headers).toEqual(KNOWN.headers)
  })

  it('reads missing required numbers as 0 and an empty message as an empty frame', () => {
    expect(decodeFrame(new Uint8Array(0))).toEqual({ seqId: 0n, logId: 0n, service: 0, method: 0, headers: [] })
  })

  it('rejects truncated input instead of reading past the end', () => {
    expect(() => decodeFrame(new Uint8Array(KNOWN_BYTES.slice(0, -1)))).toThrow(/truncated/)
    expect(() => decodeFrame(new Uint8Array([0x08, 0x80]))).toThrow(/truncated/)
    expect(() => decodeFrame(new Uint8Array([0x0b]))).toThrow(/wire type/)
  })
})
