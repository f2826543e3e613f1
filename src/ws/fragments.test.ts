import { describe, expect, it } from 'vitest'
import type { Frame } from './codec.ts'
import { createReassembler } from './fragments.ts'

const utf8 = new TextEncoder()

function part(id: string, seq: number, sum: number, text: string): Frame {
  const headers = [
    { key: 'type', value: 'event' },
    { key: 'message_id', value: id },
    { key: 'sum', value: String(sum) },
    { key: 'seq', value: String(seq) },
  ]
  return { seqId: BigInt(seq), logId: 1n, service: 1, method: 1, headers, payload: utf8.encode(text) }
}

describe('createReassembler', () => {
  it('passes an unfragmented frame through at once', () => {
    const whole = createReassembler().add(part('m', 0, 1, 'abc'))
    expect(new TextDecoder().decode(whole?.payload)).toBe('abc')
  })

  it('joins parts that arrive out of order, and answers the frame that completed them', () => {
    const parts = createReassembler()
    expect(parts.add(part('m', 2, 3, 'ghi'))).toBeUndefined()
    expect(parts.add(part('m', 0, 3, 'abc'))).toBeUndefined()
    expect(parts.pending).toBe(1)
    const whole = parts.add(part('m', 1, 3, 'def'))
    expect(new TextDecoder().decode(whole?.payload)).toBe('abcdefghi')
    expect(whole?.frame.seqId).toBe(1n)
    expect(parts.pending).toBe(0)
  })

  it('keeps messages apart by message_id and counts a repeated part once', () => {
    const parts = createReassembler()
    parts.add(part('a', 0, 2, 'a0'))
    parts.add(part('b', 1, 2, 'b1'))
    expect(parts.add(part('a', 0, 2, 'a0'))).toBeUndefined()
    expect(new TextDecoder().decode(parts.add(part('b', 0, 2, 'b0'))?.payload)).toBe('b0b1')
    expect(new TextDecoder().decode(parts.add(part('a', 1, 2, 'a1'))?.payload)).toBe('a0a1')
  })

  it('drops an incomplete message after its TTL, swept by the next add', () => {
    let now = 0
    const parts = createReassembler(5000, () => now)
    parts.add(part('old', 0, 2, 'x'))
    now = 5001
    parts.add(part('new', 0, 2, 'y'))
    expect(parts.pending).toBe(1)
    expect(parts.add(part('old', 1, 2, 'z'))).toBeUndefined()
  })

  it('ignores a part whose seq is outside 0…sum-1', () => {
    const parts = createReassembler()
    expect(parts.add(part('m', 2, 2, 'x'))).toBeUndefined()
    expect(parts.pending).toBe(0)
  })
})
