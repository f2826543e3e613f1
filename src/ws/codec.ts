/**
 * A tiny proto2 codec for the two messages of the long-connection protocol, `pbbp2.Frame` and
 * `pbbp2.Header`: varints, length-delimited fields, nothing else. Unknown fields are skipped.
 *
 * @see https://protobuf.dev/programming-guides/encoding/
 * @module
 */

/** One `pbbp2.Header`: both fields are required strings. */
export interface FrameHeader {
  readonly key: string
  readonly value: string
}

/** One `pbbp2.Frame`. `SeqID` and `LogID` are uint64, kept as `bigint` so echoes are exact. */
export interface Frame {
  readonly seqId: bigint
  readonly logId: bigint
  /** int32 `service`: the `service_id` of the connection URL. */
  readonly service: number
  /** int32 `method`: 0 = control (ping/pong), 1 = data. */
  readonly method: number
  readonly headers: readonly FrameHeader[]
  readonly payloadEncoding?: string
  readonly payloadType?: string
  readonly payload?: Uint8Array
  readonly logIdNew?: string
}

const VARINT = 0
const I64 = 1
const LEN = 2
const I32 = 5

/** Most headers one frame may carry (the platform sends about 8). */
export const MAX_HEADERS = 64

const utf8 = /*#__PURE__*/ new TextEncoder()
const text = /*#__PURE__*/ new TextDecoder()

type Out = number[] | Uint8Array

function varint(out: number[], value: bigint): void {
  let v = BigInt.asUintN(64, value)
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80)
    v >>= 7n
  }
  out.push(Number(v))
}

function tag(parts: Out[], field: number, wire: number): number[] {
  const head: number[] = []
  varint(head, BigInt((field << 3) | wire))
  parts.push(head)
  return head
}

function bytesField(parts: Out[], field: number, bytes: Uint8Array): void {
  varint(tag(parts, field, LEN), BigInt(bytes.length))
  parts.push(bytes)
}

function concat(parts: readonly Out[]): Uint8Array {
  let size = 0
  for (const part of parts) size += part.length
  const out = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function encodeHeader(header: FrameHeader): Uint8Array {
  const parts: Out[] = []
  bytesField(parts, 1, utf8.encode(header.key))
  bytesField(parts, 2, utf8.encode(header.value))
  return concat(parts)
}

/**
 * Encodes a frame to protobuf bytes, fields in number order.
 *
 * @param frame The frame; optional fields left undefined are not written.
 * @returns The bytes of one binary WebSocket message.
 * @example
 * const bytes = encodeFrame({ seqId: 0n, logId: 0n, service: 1, method: 0, headers: [{ key: 'type', value: 'ping' }] })
 */
export function encodeFrame(frame: Frame): Uint8Array {
  const parts: Out[] = []
  varint(tag(parts, 1, VARINT), frame.seqId)
  varint(tag(parts, 2, VARINT), frame.logId)
  // int32: negative values are sign-extended to 64 bits, as proto2 requires.
  varint(tag(parts, 3, VARINT), BigInt(frame.service | 0))
  varint(tag(parts, 4, VARINT), BigInt(frame.method | 0))
  for (const header of frame.headers) bytesField(parts, 5, encodeHeader(header))
  if (frame.payloadEncoding !== undefined) bytesField(parts, 6, utf8.encode(frame.payloadEncoding))
  if (frame.payloadType !== undefined) bytesField(parts, 7, utf8.encode(frame.payloadType))
  if (frame.payload !== undefined) bytesField(parts, 8, frame.payload)
  if (frame.logIdNew !== undefined) bytesField(parts, 9, utf8.encode(frame.logIdNew))
  return concat(parts)
}

interface Reader {
  readonly buf: Uint8Array
  pos: number
}

function fail(what: string): never {
  throw new Error(`pbbp2: ${what}`)
}

function readVarint(r: Reader): bigint {
  let result = 0n
  for (let shift = 0n; shift < 70n; shift += 7n) {
    if (r.pos >= r.buf.length) fail('truncated varint')
    const byte = r.buf[r.pos++] as number
    // The 10th byte holds bit 63 only: anything more does not fit in 64 bits.
    if (shift === 63n && byte > 1) fail('varint overflows 64 bits')
    result |= BigInt(byte & 0x7f) << shift
    if (byte < 0x80) return result
  }
  return fail('varint longer than 10 bytes')
}

function readBytes(r: Reader): Uint8Array {
  const length = Number(readVarint(r))
  const end = r.pos + length
  if (end > r.buf.length) fail('truncated field')
  const bytes = r.buf.subarray(r.pos, end)
  r.pos = end
  return bytes
}

/** Reads every field of one message, calling `onField` with its number and a reader positioned at its value. */
function readFields(buf: Uint8Array, onField: (field: number, wire: number, r: Reader) => boolean): void {
  const r: Reader = { buf, pos: 0 }
  while (r.pos < buf.length) {
    const key = readVarint(r)
    if (key > 0xffffffffn) fail('field key out of range')
    const field = Number(key >> 3n)
    const wire = Number(key & 7n)
    if (field === 0) fail('field number 0')
    if (onField(field, wire, r)) continue
    if (wire === VARINT) readVarint(r)
    else if (wire === LEN) readBytes(r)
    else if (wire === I64 || wire === I32) r.pos += wire === I64 ? 8 : 4
    else fail(`unsupported wire type ${wire}`)
    if (r.pos > buf.length) fail('truncated field')
  }
}

function decodeHeader(buf: Uint8Array): FrameHeader {
  let key = ''
  let value = ''
  readFields(buf, (field, wire, r) => {
    if (wire !== LEN || (field !== 1 && field !== 2)) return false
    if (field === 1) key = text.decode(readBytes(r))
    else value = text.decode(readBytes(r))
    return true
  })
  return { key, value }
}

/**
 * Decodes protobuf bytes into a frame. Missing required numbers read as 0.
 *
 * @param bytes One binary WebSocket message.
 * @returns The frame; `payload` is a view into `bytes` (copy it to keep it past the message).
 * @throws {Error} When the bytes are not a well-formed message: truncated, a varint over 64 bits, field
 *   number 0, an unknown wire type, or more than 64 headers (`MAX_HEADERS`).
 */
export function decodeFrame(bytes: Uint8Array): Frame {
  const frame: { -readonly [K in keyof Frame]: Frame[K] } = { seqId: 0n, logId: 0n, service: 0, method: 0, headers: [] }
  const headers: FrameHeader[] = []
  readFields(bytes, (field, wire, r) => {
    if (field <= 4) {
      if (wire !== VARINT) return false
      const v = readVarint(r)
      if (field === 1) frame.seqId = v
      else if (field === 2) frame.logId = v
      else if (field === 3) frame.service = Number(BigInt.asIntN(32, v))
      else frame.method = Number(BigInt.asIntN(32, v))
      return true
    }
    if (wire !== LEN || field > 9) return false
    const value = readBytes(r)
    if (field === 5) {
      if (headers.length >= MAX_HEADERS) fail(`more than ${MAX_HEADERS} headers`)
      headers.push(decodeHeader(value))
    }
    else if (field === 8) frame.payload = value
    else if (field === 6) frame.payloadEncoding = text.decode(value)
    else if (field === 7) frame.payloadType = text.decode(value)
    else frame.logIdNew = text.decode(value)
    return true
  })
  frame.headers = headers
  return frame
}
