/**
 * `listen`: serves a Web-standard handler on loopback with `node:http` (or `node:https` with `tls`).
 *
 * @module
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { WebHandler } from './to-node-handler.ts'
import { toNodeHandler } from './to-node-handler.ts'

/** Where `listen` is, and how to stop it. */
export interface Listener {
  /** E.g. `http://127.0.0.1:49152` (`https://` with `tls`), no trailing slash. */
  readonly url: string
  readonly port: number
  /** Stops listening and closes every connection, idle keep-alive ones included. Safe to call twice. */
  close(): Promise<void>
}

/** Options of {@link listen}. */
export interface ListenOptions {
  /** Default 0: a free port. */
  readonly port?: number
  /** Default `127.0.0.1`. */
  readonly host?: string
  /** Serve https with this key and certificate (PEM); `node:https` is loaded only then. */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer }
}

/**
 * Serves a Web-standard handler over real HTTP.
 *
 * @param handler `(Request) => Promise<Response>`, e.g. `fake.handle`.
 * @param options Port, host, and `tls` for https.
 * @returns The URL, the port and `close()`.
 * @example
 * const fake = createFakeFeishu()
 * const server = await listen(fake.handle)
 * const res = await fetch(`${server.url}/open-apis/authen/v1/user_info`)
 * await server.close()
 */
export async function listen(handler: WebHandler, options: ListenOptions = {}): Promise<Listener> {
  const { port = 0, host = '127.0.0.1', tls } = options
  const server: Server = tls
    ? (await import('node:https')).createServer({ key: tls.key, cert: tls.cert }, toNodeHandler(handler))
    : createServer(toNodeHandler(handler))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `${tls ? 'https' : 'http'}://${urlHost(host)}:${address.port}`
  let closed: Promise<void> | undefined
  return {
    url,
    port: address.port,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets of a test's fetch would hold close() open for seconds.
        server.closeAllConnections()
      })
      return closed
    },
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}
