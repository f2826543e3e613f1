/**
 * Reassembly of fragmented messages: the platform splits a large payload into `sum` frames with the
 * same `message_id` and a 0-based `seq`, which may arrive in any order.
 *
 * Everything a frame can ask for is bounded: `sum` (at most {@link FRAGMENT_LIMITS}`.parts`), the
 * bytes of one message, the bytes and the number of messages waiting for parts. Unfinished messages
 * expire in arrival order: the oldest is the first to go, so an `add` looks only at those that
 * expired, never at every pending message.
 *
 * @module
 */
import type { Frame } from './codec.ts'
import { headerOf } from './frames.ts'

/** Bounds of reassembly. A frame past them is dropped (and logged by the link). */
export const FRAGMENT_LIMITS = {
  /** Largest `sum` taken. */
  parts: 1024,
  /** Largest payload of one message, whole or fragmented (bytes). */
  messageBytes: 1024 * 1024,
  /** Bytes of all unfinished messages together; past it the oldest are dropped. */
  pendingBytes: 4 * 1024 * 1024,
  /** Unfinished messages at once; past it the oldest is dropped. */
  pendingMessages: 64,
} as const

/** A message whose every part has arrived. */
export interface Whole {
  readonly payload: Uint8Array
  /** The frame that completed the message: its ids are echoed in the ACK. */
  readonly frame: Frame
}

/** Why a frame gave no message: still waiting for parts, or refused (with the reason). */
export type Added = Whole | { readonly dropped: string } | undefined

/** Collects fragments per `message_id`. */
export interface Reassembler {
  /**
   * Adds a data frame.
   *
   * @returns The whole message once complete (at once for unfragmented frames); `{ dropped }` for a
   *   frame that breaks a bound or names an impossible part; else undefined (waiting for parts).
   */
  add(frame: Frame): Added
  /** Messages waiting for parts. */
  readonly pending: number
  /** Bytes held by the messages waiting for parts. */
  readonly pendingBytes: number
  /** Drops every unfinished message. */
  clear(): void
}

interface Entry {
  readonly sum: number
  readonly parts: (Uint8Array | undefined)[]
  received: number
  bytes: number
  readonly started: number
}

/** A decimal integer header, or NaN (no exponent, sign, fraction or hex: `1e3`, `0x10` are refused). */
function integer(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN
}

/**
 * Makes a reassembler. Unfinished messages are dropped `ttlMs` after their first part (Go and Python
 * use 5 s, node about 10 s), checked from the oldest on each `add`: no timer is left running.
 *
 * @param ttlMs How long to wait for the missing parts of a message (default 10 000).
 * @param now The clock (default `Date.now`).
 * @returns The reassembler.
 * @example
 * const parts = createReassembler()
 * const whole = parts.add(frame) // undefined until every part is in
 */
export function createReassembler(ttlMs = 10_000, now: () => number = Date.now): Reassembler {
  // Insertion order is arrival order of first parts: the first entry is always the oldest.
  const open = new Map<string, Entry>()
  let held = 0

  const remove = (id: string, entry: Entry) => {
    open.delete(id)
    held -= entry.bytes
  }
  const dropOldest = () => {
    const [id, entry] = open.entries().next().value as [string, Entry]
    remove(id, entry)
  }

  return {
    add(frame) {
      const payload = frame.payload ?? new Uint8Array(0)
      const sum = integer(headerOf(frame, 'sum'), 1)
      const seq = integer(headerOf(frame, 'seq'), 0)
      const id = headerOf(frame, 'message_id')
      if (payload.length > FRAGMENT_LIMITS.messageBytes) return { dropped: 'payload over the message size limit' }
      if (!Number.isInteger(sum) || sum < 1) return { dropped: 'sum is not a decimal integer of at least 1' }
      if (sum === 1) return { payload, frame }
      if (!Number.isInteger(seq)) return { dropped: 'seq is not a decimal integer' }
      if (id === undefined) return { dropped: 'fragment without message_id' }
      if (sum > FRAGMENT_LIMITS.parts) return { dropped: `sum over ${FRAGMENT_LIMITS.parts}` }
      if (seq >= sum) return { dropped: 'seq outside 0…sum-1' }
      const t = now()
      for (const [key, entry] of open) {
        if (t - entry.started <= ttlMs) break
        remove(key, entry)
      }
      let entry = open.get(id)
      if (entry !== undefined && entry.sum !== sum) {
        // Same id, other shape: a new message; the old one cannot complete any more.
        remove(id, entry)
        entry = undefined
      }
      if (entry === undefined) {
        while (open.size >= FRAGMENT_LIMITS.pendingMessages) dropOldest()
        // The parts array grows with the parts that came, not with `sum`.
        entry = { sum, parts: [], received: 0, bytes: 0, started: t }
        open.set(id, entry)
      }
      // A repeated part is ignored: the first copy stays and counts once.
      if (entry.parts[seq] !== undefined) return undefined
      if (entry.bytes + payload.length > FRAGMENT_LIMITS.messageBytes) {
        remove(id, entry)
        return { dropped: 'message over the message size limit' }
      }
      entry.parts[seq] = payload.slice()
      entry.received++
      entry.bytes += payload.length
      held += payload.length
      if (entry.received < sum) {
        while (held > FRAGMENT_LIMITS.pendingBytes) dropOldest()
        return open.has(id) ? undefined : { dropped: 'pending bytes over the limit' }
      }
      remove(id, entry)
      const whole = new Uint8Array(entry.bytes)
      let at = 0
      for (let i = 0; i < sum; i++) {
        const part = entry.parts[i] as Uint8Array
        whole.set(part, at)
        at += part.length
      }
      return { payload: whole, frame }
    },
    get pending() {
      return open.size
    },
    get pendingBytes() {
      return held
    },
    clear() {
      open.clear()
      held = 0
    },
  }
}
