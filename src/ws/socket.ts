/**
 * Opening a WebSocket in any runtime: binary messages as bytes whatever the implementation hands
 * over (ArrayBuffer, Node Buffer, Blob), in arrival order; handshake refusals classified as §7.3
 * of the protocol says (514 + `Handshake-Autherrcode: 1000040350` and 403 are fatal).
 *
 * @module
 */
import { createLarkApiError, createLarkHttpError } from '../core/errors.ts'
import type { Outcome } from './bootstrap.ts'
import type { WebSocketConstructor, WebSocketLike } from './types.ts'

const ENDPOINT = 'WS /ws/v2'
/** Over the app's 50-connection limit. */
const TOO_MANY_CONNECTIONS = '1000040350'

/** An open socket. */
export interface OpenSocket {
  /** Sends bytes; false when the socket is no longer open. */
  send(bytes: Uint8Array): boolean
  /** Settles with the close code once the socket is closed, by either side. */
  readonly ended: Promise<number>
  /** Closes (and waits up to 2 s for the close handshake, then gives up on it). */
  close(code?: number, reason?: string): Promise<void>
}

/** A refused handshake as the `ws` package reports it (`unexpected-response`): status and headers. */
interface Refusal {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
}

type Emitter = { on?: (event: string, listener: (...args: never[]) => void) => unknown; terminate?: () => void }

function toBytes(data: unknown): Uint8Array | Promise<Uint8Array> | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (typeof Blob !== 'undefined' && data instanceof Blob) return data.arrayBuffer().then((b) => new Uint8Array(b))
  return undefined
}

function refusalError(refusal: Refusal): Outcome<never> {
  const header = (name: string) => {
    const value = refusal.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  const status = Number(header('handshake-status') ?? refusal.status)
  const authCode = header('handshake-autherrcode')
  const error = createLarkApiError({
    endpoint: ENDPOINT,
    code: Number(authCode ?? status),
    msg: header('handshake-msg') ?? 'handshake refused',
    logId: header('x-tt-logid'),
    httpStatus: status,
    detail: { handshakeStatus: status, handshakeAutherrcode: authCode },
  })
  return { ok: false, error, fatal: status === 403 || (status === 514 && authCode === TOO_MANY_CONNECTIONS) }
}

/**
 * Dials a WebSocket URL and waits for it to open.
 *
 * @param WebSocket The constructor to use.
 * @param url The URL from the bootstrap (never logged: it holds a ticket).
 * @param onMessage Gets each binary message, in order.
 * @param timeoutMs Longest handshake.
 * @param signal Aborts the dial.
 * @returns The open socket, or why it did not open. Only the `ws` package exposes a refused
 *   handshake's headers; elsewhere a refusal reads as a network error and is retried.
 */
export function dial(
  WebSocket: WebSocketConstructor,
  url: string,
  onMessage: (bytes: Uint8Array) => void,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Outcome<OpenSocket>> {
  return new Promise((resolve) => {
    const failure = (reason: string, cause?: unknown): Outcome<never> => {
      const error = createLarkHttpError({ endpoint: ENDPOINT, httpStatus: 0, logId: undefined, bodyText: undefined, reason }, cause)
      return { ok: false, error, fatal: false }
    }
    let socket: WebSocketLike
    try {
      socket = new WebSocket(url)
      socket.binaryType = 'arraybuffer'
    } catch (cause) {
      resolve(failure('cannot open a WebSocket', cause))
      return
    }
    let refusal: Refusal | undefined
    let opened = false
    let endedWith: (code: number) => void = () => {}
    const ended = new Promise<number>((r) => (endedWith = r))
    const emitter = socket as unknown as Emitter
    emitter.on?.('unexpected-response', (_req: never, res: { statusCode?: number; headers?: Refusal['headers'] }) => {
      refusal = { status: res.statusCode ?? 0, headers: res.headers ?? {} }
      socket.close()
    })
    const giveUp = (reason: string, cause?: unknown) => {
      cleanup()
      resolve(refusal ? refusalError(refusal) : failure(reason, cause))
    }
    const timer = setTimeout(() => {
      giveUp(`handshake timed out after ${timeoutMs} ms`)
      socket.close()
    }, timeoutMs)
    const onAbort = () => {
      giveUp('aborted')
      socket.close()
    }
    signal.addEventListener('abort', onAbort, { once: true })
    const cleanup = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
    }
    // Blob data converts asynchronously: a queue keeps messages in arrival order.
    let queue: Promise<void> = Promise.resolve()
    socket.addEventListener('message', (event) => {
      const bytes = toBytes(event.data)
      if (bytes === undefined) return
      queue = queue.then(async () => onMessage(await bytes)).catch(() => {})
    })
    socket.addEventListener('open', () => {
      opened = true
      cleanup()
      const open: OpenSocket = {
        send(bytes) {
          if (socket.readyState !== 1) return false
          socket.send(bytes)
          return true
        },
        ended,
        async close(code = 1000, reason = '') {
          if (socket.readyState < 2) socket.close(code, reason)
          let timer: ReturnType<typeof setTimeout> | undefined
          const late = new Promise<void>((r) => (timer = setTimeout(r, 2000)))
          await Promise.race([ended, late])
          clearTimeout(timer)
          // The `ws` package would otherwise keep a 30 s timer waiting for the peer's close frame.
          if (socket.readyState !== 3) emitter.terminate?.()
        },
      }
      if (signal.aborted) void open.close()
      resolve(signal.aborted ? { ok: false, error: new Error('aborted'), fatal: true } : { ok: true, value: open })
    })
    socket.addEventListener('error', (event) => {
      if (!opened) giveUp('WebSocket handshake failed', event.error)
    })
    socket.addEventListener('close', (event) => {
      if (!opened) giveUp('WebSocket closed during the handshake')
      endedWith(event.code ?? 1006)
    })
  })
}
