/**
 * `larkfn/testing/node`: the fake server's Node-only part. `listenWebSocket` serves the fake's
 * long-connection side (`createFakeLongConnection` from `larkfn/testing`) on loopback, with the
 * `ws` package (an optional peer dependency, loaded on first use), and optionally an HTTP handler
 * on the same port. Apart from `larkfn/node`, so production adapters load no test code.
 *
 * @module
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { FakeLongConnection } from './ws.ts'
import type { Listener } from '../node/listen.ts'
import { toNodeHandler, type WebHandler } from '../node/to-node-handler.ts'

/** Options of {@link listenWebSocket}. */
export interface ListenWebSocketOptions {
  /** Also serve this handler (e.g. `fake.handle`) for plain HTTP requests on the same port. */
  readonly handler?: WebHandler
  /** Default 0: a free port. */
  readonly port?: number
  /** Default `127.0.0.1`. */
  readonly host?: string
}

function refuse(socket: Socket, status: number, headers: Readonly<Record<string, string>>): void {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  socket.end(`HTTP/1.1 ${status} Handshake Refused\r\n${lines.join('')}Content-Length: 0\r\nConnection: close\r\n\r\n`)
}

function bytesOf(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/**
 * Serves a fake long connection over real WebSockets on loopback. Bootstrap URLs point at this
 * listener (`ws://127.0.0.1:<port>/ws/v2?…`).
 *
 * @param fakeWs The fake long connection.
 * @param options An HTTP handler for the same port, port and host.
 * @returns The URL (`http://…`), port and `close()`, which also cuts every WebSocket.
 * @throws {Error} When the `ws` package is not installed.
 * @example
 * const fake = createFakeFeishu()
 * const fakeWs = createFakeLongConnection(fake)
 * const server = await listenWebSocket(fakeWs, { handler: fake.handle })
 * const ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, domain: server.url })
 */
export async function listenWebSocket(fakeWs: FakeLongConnection, options: ListenWebSocketOptions = {}): Promise<Listener> {
  const { port = 0, host = '127.0.0.1', handler } = options
  const { WebSocketServer } = await import('ws')
  const wss = new WebSocketServer({ noServer: true })
  const server = createServer(handler ? toNodeHandler(handler) : (_req, res) => res.writeHead(404).end())
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // A client that gives up (a refused handshake, a close during a reconnect) resets the socket:
    // without a listener that reset would be an uncaught error in the test process.
    socket.on('error', () => socket.destroy())
    const decision = fakeWs.accept(req.url ?? '/')
    if (!decision.ok) return refuse(socket, decision.status, decision.headers)
    wss.handleUpgrade(req, socket, head, (ws) => {
      const session = decision.open({ send: (bytes) => ws.send(bytes), terminate: () => ws.terminate() })
      ws.on('error', () => ws.terminate())
      ws.on('message', (data) => session.receive(bytesOf(data)))
      ws.on('close', () => session.closed())
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const actual = (server.address() as AddressInfo).port
  const hostPart = host.includes(':') ? `[${host}]` : host
  fakeWs.useOrigin(`ws://${hostPart}:${actual}`)
  let closed: Promise<void> | undefined
  return {
    url: `http://${hostPart}:${actual}`,
    port: actual,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closed
    },
  }
}
