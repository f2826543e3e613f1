/**
 * Reassembly of fragmented messages: the platform splits a large payload into `sum` frames with the
 * same `message_id` and a 0-based `seq`, which may arrive in any order.
 *
 * @module
 */
import type { Frame } from './codec.ts'
import { headerOf } from './frames.ts'

/** A message whose every part has arrived. */
export interface Whole {
  readonly payload: Uint8Array
  /** The frame that completed the message: its ids are echoed in the ACK. */
  readonly frame: Frame
}

/** Collects fragments per `message_id`. */
export interface Reassembler {
  /**
   * Adds a data frame.
   *
   * @returns The whole message once complete (at once for unfragmented frames), else undefined.
   */
  add(frame: Frame): Whole | undefined
  /** Messages waiting for parts. */
  readonly pending: number
}

interface Entry {
  readonly parts: (Uint8Array | undefined)[]
  received: number
  readonly started: number
}

/**
 * Makes a reassembler. Unfinished messages are dropped `ttlMs` after their first part (Go and Python
 * use 5 s, node about 10 s); they are swept on each `add`, so no timer is left running.
 *
 * @param ttlMs How long to wait for the missing parts of a message (default 10 000).
 * @param now The clock (default `Date.now`).
 * @returns The reassembler.
 * @example
 * const parts = createReassembler()
 * const whole = parts.add(frame) // undefined until every part is in
 */
export function createReassembler(ttlMs = 10_000, now: () => number = Date.now): Reassembler {
  const open = new Map<string, Entry>()
  return {
    add(frame) {
      const sum = Number(headerOf(frame, 'sum') ?? '1')
      const seq = Number(headerOf(frame, 'seq') ?? '0')
      const payload = frame.payload ?? new Uint8Array(0)
      const id = headerOf(frame, 'message_id')
      if (!(sum > 1) || id === undefined) return { payload, frame }
      if (!Number.isInteger(sum) || !Number.isInteger(seq) || seq < 0 || seq >= sum) return undefined
      const t = now()
      for (const [key, entry] of open) if (t - entry.started > ttlMs) open.delete(key)
      let entry = open.get(id)
      if (entry === undefined || entry.parts.length !== sum) {
        entry = { parts: new Array<Uint8Array | undefined>(sum).fill(undefined), received: 0, started: t }
        open.set(id, entry)
      }
      // A repeated part replaces the earlier copy; it does not count twice.
      if (entry.parts[seq] === undefined) entry.received++
      entry.parts[seq] = payload.slice()
      if (entry.received < sum) return undefined
      open.delete(id)
      const size = entry.parts.reduce((n, p) => n + (p as Uint8Array).length, 0)
      const whole = new Uint8Array(size)
      let at = 0
      for (const part of entry.parts as Uint8Array[]) {
        whole.set(part, at)
        at += part.length
      }
      return { payload: whole, frame }
    },
    get pending() {
      return open.size
    },
  }
}
