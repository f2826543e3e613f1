import { describe, expect, it } from 'vitest'
import type { Frame } from './codec.ts'
import { createReassembler, FRAGMENT_LIMITS, type Added } from './fragments.ts'

const utf8 = new TextEncoder()
const text = (added: Added) => (added !== undefined && 'payload' in added ? new TextDecoder().decode(added.payload) : added)

function part(id: string, seq: number | string, sum: number | string, body: string | Uint8Array): Frame {
  const headers = [
    { key: 'type', value: 'event' },
    { key: 'message_id', value: id },
    { key: 'sum', value: String(sum) },
    { key: 'seq', value: String(seq) },
  ]
  return { seqId: 1n, logId: 1n, service: 1, method: 1, headers, payload: typeof body === 'string' ? utf8.encode(body) : body }
}

describe('createReassembler', () => {
  it('passes an unfragmented frame through at once', () => {
    expect(text(createReassembler().add(part('m', 0, 1, 'abc')))).toBe('abc')
  })

  it('joins parts that arrive out of order, and answers the frame that completed them', () => {
    const parts = createReassembler()
    expect(parts.add(part('m', 2, 3, 'ghi'))).toBeUndefined()
    expect(parts.add(part('m', 0, 3, 'abc'))).toBeUndefined()
    expect(parts.pending).toBe(1)
    expect(parts.pendingBytes).toBe(6)
    const last = { ...part('m', 1, 3, 'def'), seqId: 42n }
    const whole = parts.add(last)
    expect(text(whole)).toBe('abcdefghi')
    expect(whole !== undefined && 'frame' in whole && whole.frame.seqId).toBe(42n)
    expect(parts.pending).toBe(0)
    expect(parts.pendingBytes).toBe(0)
  })

  it('keeps messages apart by message_id; a repeated part keeps the first copy and counts once', () => {
    const parts = createReassembler()
    parts.add(part('a', 0, 2, 'a0'))
    parts.add(part('b', 1, 2, 'b1'))
    expect(parts.add(part('a', 0, 2, 'XX'))).toBeUndefined()
    expect(text(parts.add(part('b', 0, 2, 'b0')))).toBe('b0b1')
    expect(text(parts.add(part('a', 1, 2, 'a1')))).toBe('a0a1')
  })

  it('drops an incomplete message after its TTL, oldest first, on the next add', () => {
    let now = 0
    const parts = createReassembler(5000, () => now)
    parts.add(part('old', 0, 2, 'x'))
    now = 3000
    parts.add(part('mid', 0, 2, 'x'))
    now = 5001
    parts.add(part('new', 0, 2, 'y'))
    expect(parts.pending).toBe(2)
    expect(parts.add(part('old', 1, 2, 'z'))).toBeUndefined() // starts afresh, waits for part 0 again
    expect(text(parts.add(part('mid', 1, 2, 'z')))).toBe('xz')
  })

  it('refuses a part whose seq is outside 0…sum-1', () => {
    const parts = createReassembler()
    expect(parts.add(part('m', 2, 2, 'x'))).toEqual({ dropped: 'seq outside 0…sum-1' })
    expect(parts.pending).toBe(0)
  })

  // Hostile input: each case is one frame or one flood the platform would never send.
  it('refuses a huge sum without sizing anything by it', () => {
    const parts = createReassembler()
    for (const sum of [1025, 100_000, 4_000_000_000]) expect(parts.add(part('m', 0, sum, 'x'))).toMatchObject({ dropped: expect.stringMatching(/sum/) })
    expect(parts.pending).toBe(0)
  })

  it('takes a sum of exactly the limit', () => {
    const parts = createReassembler()
    for (let i = 0; i < FRAGMENT_LIMITS.parts - 1; i++) expect(parts.add(part('m', i, FRAGMENT_LIMITS.parts, 'x'))).toBeUndefined()
    expect(text(parts.add(part('m', FRAGMENT_LIMITS.parts - 1, FRAGMENT_LIMITS.parts, 'x')))).toBe('x'.repeat(FRAGMENT_LIMITS.parts))
  })

  it('refuses sum and seq that are not plain decimal integers', () => {
    const parts = createReassembler()
    for (const [seq, sum] of [[0, '1e3'], [0, '0x10'], [0, '-2'], [0, '2.5'], [0, '0'], [0, ''], ['-1', 2], ['1.0', 2], [' 1', 2]] as const) {
      expect(parts.add(part('m', seq, sum, 'x'))).toHaveProperty('dropped')
    }
    expect(parts.pending).toBe(0)
  })

  it('refuses a fragment without message_id', () => {
    const frame = part('m', 0, 2, 'x')
    expect(createReassembler().add({ ...frame, headers: frame.headers.filter((h) => h.key !== 'message_id') })).toEqual({ dropped: 'fragment without message_id' })
  })

  it('holds at most 64 unfinished messages: 20 000 first parts leave the newest 64', () => {
    const parts = createReassembler()
    for (let i = 0; i < 20_000; i++) parts.add(part(`m${i}`, 0, 2, 'x'))
    expect(parts.pending).toBe(FRAGMENT_LIMITS.pendingMessages)
    expect(parts.pendingBytes).toBe(FRAGMENT_LIMITS.pendingMessages)
    expect(text(parts.add(part('m19999', 1, 2, 'y')))).toBe('xy')
    expect(parts.add(part('m0', 1, 2, 'y'))).toBeUndefined()
  })

  it('refuses a message over 1 MiB, whole or across fragments', () => {
    const parts = createReassembler()
    const half = new Uint8Array(FRAGMENT_LIMITS.messageBytes / 2 + 1)
    expect(parts.add(part('big', 0, 1, new Uint8Array(FRAGMENT_LIMITS.messageBytes + 1)))).toHaveProperty('dropped')
    expect(parts.add(part('big', 0, 2, half))).toBeUndefined()
    expect(parts.add(part('big', 1, 2, half))).toEqual({ dropped: 'message over the message size limit' })
    expect(parts.pending).toBe(0)
    expect(parts.pendingBytes).toBe(0)
  })

  it('holds at most 4 MiB of unfinished parts, dropping the oldest messages', () => {
    const parts = createReassembler()
    const chunk = new Uint8Array(FRAGMENT_LIMITS.messageBytes / 2)
    for (let i = 0; i < 12; i++) parts.add(part(`m${i}`, 0, 3, chunk))
    expect(parts.pendingBytes).toBeLessThanOrEqual(FRAGMENT_LIMITS.pendingBytes)
    expect(parts.pending).toBe(FRAGMENT_LIMITS.pendingBytes / chunk.length)
    expect(parts.add(part('m0', 1, 3, 'x'))).toBeUndefined()
  })

  it('a message id seen again with another sum starts afresh', () => {
    const parts = createReassembler()
    parts.add(part('m', 0, 3, 'a'))
    parts.add(part('m', 1, 2, 'b'))
    expect(parts.pending).toBe(1)
    expect(text(parts.add(part('m', 0, 2, 'c')))).toBe('cb')
  })

  it('clear() forgets every unfinished message', () => {
    const parts = createReassembler()
    parts.add(part('m', 0, 2, 'a'))
    parts.clear()
    expect([parts.pending, parts.pendingBytes]).toEqual([0, 0])
  })
})
