// A real HTTP CONNECT proxy on loopback for the proxy tests: it opens each tunnel it is asked for
// (only to 127.0.0.1 targets) and records what it saw, so tests count tunnelled connections.
import { connect, createServer, type Socket } from 'node:net'

/** One CONNECT the proxy received. */
export interface Tunnel {
  /** `host:port` of the request line. */
  readonly target: string
  readonly proxyAuthorization: string | undefined
  /** The first line the client sent inside the tunnel (plain-text targets only; TLS shows bytes). */
  firstLine: string
}

/** How the proxy answers. */
export interface ProxyBehaviour {
  /** Answer this status instead of opening the tunnel (e.g. 407). */
  refuse?: number
  /** Answer with this many bytes of headers that never end. */
  flood?: number
  /** Demand this `Proxy-Authorization` value: anything else gets 407. */
  auth?: string
}

export async function startConnectProxy(behaviour: ProxyBehaviour = {}) {
  const tunnels: Tunnel[] = []
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    let head = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return head.length > 16_384 ? void client.destroy() : undefined
      client.off('data', onData)
      const lines = head.subarray(0, end).toString('latin1').split('\r\n')
      const [method, target] = (lines[0] ?? '').split(' ')
      const header = (name: string) => lines.find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim()
      const tunnel: Tunnel = { target: target ?? '', proxyAuthorization: header('proxy-authorization'), firstLine: '' }
      tunnels.push(tunnel)
      if (behaviour.flood) return void client.write(`HTTP/1.1 200 OK\r\nX-Pad: ${'a'.repeat(behaviour.flood)}`)
      const status = method !== 'CONNECT' || !target?.startsWith('127.0.0.1:') ? 405 : behaviour.refuse ?? (behaviour.auth !== undefined && tunnel.proxyAuthorization !== behaviour.auth ? 407 : 0)
      if (status) return void client.end(`HTTP/1.1 ${status} No\r\nContent-Length: 0\r\n\r\n`)
      const upstream = connect(Number(target.split(':')[1]), '127.0.0.1')
      sockets.add(upstream)
      upstream.on('close', () => sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        const rest = head.subarray(end + 4)
        if (rest.length > 0) upstream.write(rest)
        client.once('data', (first: Buffer) => void (tunnel.firstLine = first.toString('latin1').split('\r\n')[0] ?? ''))
        client.pipe(upstream)
        upstream.pipe(client)
      })
    }
    client.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Sets environment variables for one test; the returned function puts the old values back. */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', ...Object.keys(values)]
  const old = Object.fromEntries(names.map((n) => [n, process.env[n]]))
  for (const n of names) delete process.env[n]
  for (const [n, v] of Object.entries(values)) if (v !== undefined) process.env[n] = v
  return () => {
    for (const n of names) {
      if (old[n] === undefined) delete process.env[n]
      else process.env[n] = old[n]
    }
  }
}
