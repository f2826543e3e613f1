/**
 * Serving a Web-standard handler from `node:http`: IncomingMessage → Request and Response →
 * ServerResponse, both bodies streamed.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { isDropSignal } from '../core/drop.ts'
import { describeError } from '../core/log.ts'

/** Any Web-standard handler, e.g. the fake server's `handle` or an event dispatcher. */
export type WebHandler = (request: Request) => Promise<Response>

/** A `node:http` request listener. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

/** Options of {@link toNodeHandler}. */
export interface ToNodeHandlerOptions {
  /**
   * Gets what a handler threw (the caller is answered a generic 500, never the error's text).
   * Default: one `console.error` line with the error's name and message.
   */
  readonly onError?: (error: unknown) => void
}

function reportToConsole(error: unknown): void {
  console.error(`[larkfn] handler failed: ${describeError(error)}`)
}

/**
 * Adapts a Web-standard handler to a `node:http` request listener.
 *
 * The request's `signal` aborts when the client goes away. A handler that throws a drop signal
 * (`dropConnection()` from `larkfn/testing`) gets the socket destroyed without an answer; any other
 * throw answers a generic 500 (`internal error`: the error's text may be internal) and is passed
 * to `options.onError`.
 *
 * @param handler The Web-standard handler.
 * @param options `onError`, where a handler's error goes.
 * @returns A listener for `http.createServer` or an existing server's `request` event.
 * @example
 * import { createServer } from 'node:http'
 * createServer(toNodeHandler(async () => new Response('ok'))).listen(8080)
 */
export function toNodeHandler(handler: WebHandler, options: ToNodeHandlerOptions = {}): NodeHandler {
  const onError = options.onError ?? reportToConsole
  return (req, res) => {
    void serve(handler, req, res, onError)
  }
}

async function serve(handler: WebHandler, req: IncomingMessage, res: ServerResponse, onError: (error: unknown) => void): Promise<void> {
  const controller = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('The client closed the connection', 'AbortError'))
  })
  let response: Response
  try {
    response = await handler(toRequest(req, controller.signal))
  } catch (error) {
    if (isDropSignal(error) || controller.signal.aborted) {
      req.socket.destroy()
      return
    }
    try {
      onError(error)
    } catch {
      /* a failing reporter must not keep the caller waiting */
    }
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('internal error')
    return
  }
  await send(response, req.method === 'HEAD', res)
}

/**
 * Converts a Node request to a Web `Request`, streaming its body (`duplex: 'half'`).
 *
 * @param req The incoming message.
 * @param signal Aborts the request (e.g. when the client disconnects).
 * @returns The Web request.
 */
export function toRequest(req: IncomingMessage, signal?: AbortSignal): Request {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string)
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const method = req.method ?? 'GET'
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal }
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>
    init.duplex = 'half'
  }
  return new Request(url, init)
}

/**
 * Writes a Web `Response` to a Node response: status, every header (each `set-cookie` on its own
 * line), then the body as a stream.
 *
 * @param response The Web response.
 * @param headOnly `true` for HEAD requests: headers only.
 * @param res The Node response.
 * @returns When the body is written (or the client went away).
 */
export async function send(response: Response, headOnly: boolean, res: ServerResponse): Promise<void> {
  const headers: string[] = []
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.push(name, value)
  })
  for (const cookie of response.headers.getSetCookie()) headers.push('set-cookie', cookie)
  res.writeHead(response.status, response.statusText || undefined, headers)
  if (response.body === null || headOnly) {
    await response.body?.cancel()
    res.end()
    return
  }
  try {
    await pipeline(Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>), res)
  } catch {
    // The client went away mid-body; nothing is left to answer.
    res.destroy()
  }
}
