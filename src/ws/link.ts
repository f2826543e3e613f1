/**
 * One live socket: pings on the platform's interval, pongs adopted as config, data frames
 * reassembled, dispatched and ACKed; `card` frames dropped without an ACK, as the official SDKs do.
 *
 * @module
 */
import { log } from '../core/log.ts'
import type { Context } from '../core/types.ts'
import type { Frame } from './codec.ts'
import { decodeFrame, encodeFrame } from './codec.ts'
import type { AckBody, ClientConfig } from './frames.ts'
import { ackFrame, headerOf, METHOD_CONTROL, METHOD_DATA, mergeConfig, parseJson, pingFrame } from './frames.ts'
import { createReassembler, FRAGMENT_LIMITS } from './fragments.ts'
import type { OpenSocket } from './socket.ts'

/** How long `stop()` waits for handlers in flight: the platform re-pushes after 3 s anyway. */
const DRAIN_MS = 3000

/** Handlers running at once on one socket; past it an event is ACKed 500 at once (re-pushed later). */
export const MAX_IN_FLIGHT = 64

/** Largest binary message decoded: one message's payload plus room for ids and headers. */
export const MAX_FRAME_BYTES = FRAGMENT_LIMITS.messageBytes + 64 * 1024

/** The default pong watchdog: the ping interval, at most 30 s. */
export const PING_TIMEOUT_CAP_MS = 30_000

const BUSY: AckBody = { code: 500 }

/** What a link needs from its connection. */
export interface LinkInput {
  readonly ctx: Context
  readonly deviceId: string
  readonly service: number
  readonly config: () => ClientConfig
  readonly setConfig: (config: ClientConfig) => void
  readonly dispatch: (payload: Uint8Array) => Promise<AckBody>
  readonly fragmentTtl: number
  /** Milliseconds, `false` for no watchdog, undefined for the default (see {@link PING_TIMEOUT_CAP_MS}). */
  readonly pingTimeout: number | false | undefined
}

/** A running link. */
export interface Link {
  /** Receives the socket's bytes. */
  receive(bytes: Uint8Array): void
  /** Starts pinging over the opened socket. */
  start(socket: OpenSocket): void
  /** Settles with the close code when the socket is gone. */
  readonly ended: Promise<number>
  /** Takes no new events, lets handlers in flight finish (≤ 3 s), clears timers, closes the socket. */
  stop(): Promise<void>
}

/**
 * Makes the frame handling of one socket; `start` it once the socket is open.
 *
 * @param input Context, ids from the URL, config accessors, the dispatcher and timing options.
 * @returns The link.
 */
export function createLink(input: LinkInput): Link {
  const { ctx, deviceId } = input
  const fragments = createReassembler(input.fragmentTtl)
  const inFlight = new Set<Promise<void>>()
  let socket: OpenSocket | undefined
  let pingTimer: ReturnType<typeof setTimeout> | undefined
  let pongTimer: ReturnType<typeof setTimeout> | undefined
  let stopping = false
  let endedWith: (code: number) => void = () => {}
  const ended = new Promise<number>((r) => (endedWith = r))

  let drops = 0

  const send = (frame: Frame) => socket?.send(encodeFrame(frame)) ?? false

  /** Logs a refused frame: the first of a socket at `warn`, the rest at `debug` (a flood is one line). */
  const refused = (message: string, fields: Record<string, unknown>) => {
    log(ctx, drops++ === 0 ? 'warn' : 'debug', message, { deviceId, ...fields })
  }

  const ping = () => {
    if (stopping) return
    send(pingFrame(input.service))
    // Re-read each time: a pong may have changed the interval, which applies from the next ping.
    const interval = input.config().PingInterval * 1000
    const timeout = input.pingTimeout ?? Math.min(interval, PING_TIMEOUT_CAP_MS)
    if (timeout !== false && pongTimer === undefined) {
      pongTimer = setTimeout(() => {
        log(ctx, 'warn', 'ws: no pong in time; reconnecting', { deviceId, ms: timeout })
        void socket?.close(4000, 'ping timeout')
      }, timeout)
    }
    pingTimer = setTimeout(ping, interval)
  }

  const onControl = (frame: Frame) => {
    if (headerOf(frame, 'type') !== 'pong') return
    const raw = parseJson(frame.payload)
    if (raw !== undefined) input.setConfig(mergeConfig(input.config(), raw))
  }

  const onData = (frame: Frame) => {
    const type = headerOf(frame, 'type')
    if (type !== 'event') {
      log(ctx, 'debug', 'ws: frame dropped without ACK', { deviceId, type })
      return
    }
    const whole = fragments.add(frame)
    if (whole === undefined || stopping) return
    if ('dropped' in whole) return refused('ws: data frame dropped', { reason: whole.dropped })
    if (inFlight.size >= MAX_IN_FLIGHT) {
      refused('ws: too many handlers running; event ACKed with code 500 (the platform re-pushes it)', { limit: MAX_IN_FLIGHT })
      send(ackFrame(whole.frame, BUSY, 0))
      return
    }
    const started = Date.now()
    const job = input
      .dispatch(whole.payload)
      .then((ack) => {
        if (!send(ackFrame(whole.frame, ack, Date.now() - started))) {
          log(ctx, 'info', 'ws: socket gone before the ACK; the platform will re-push', { deviceId })
        }
      })
      .finally(() => inFlight.delete(job))
    inFlight.add(job)
  }

  return {
    receive(bytes) {
      // Any message shows the socket is alive: the pong watchdog starts again from the next ping.
      clearTimeout(pongTimer)
      pongTimer = undefined
      if (bytes.length > MAX_FRAME_BYTES) return refused('ws: frame over the size limit ignored', { bytes: bytes.length, limit: MAX_FRAME_BYTES })
      let frame: Frame
      try {
        frame = decodeFrame(bytes)
      } catch (error) {
        refused('ws: undecodable frame ignored', { reason: (error as Error).message })
        return
      }
      if (frame.method === METHOD_CONTROL) onControl(frame)
      else if (frame.method === METHOD_DATA) onData(frame)
    },
    start(open) {
      socket = open
      void open.ended.then((code) => {
        clearTimeout(pingTimer)
        clearTimeout(pongTimer)
        fragments.clear()
        endedWith(code)
      })
      // Like the node SDK, ping at once: the first pong brings the live config.
      ping()
    },
    ended,
    async stop() {
      stopping = true
      clearTimeout(pingTimer)
      clearTimeout(pongTimer)
      if (inFlight.size > 0) {
        let timer: ReturnType<typeof setTimeout> | undefined
        const late = new Promise<void>((r) => (timer = setTimeout(r, DRAIN_MS)))
        await Promise.race([Promise.allSettled([...inFlight]), late])
        clearTimeout(timer)
      }
      await socket?.close(1000, 'client closed')
    },
  }
}
