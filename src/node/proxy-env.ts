/**
 * Proxy settings from the environment, for Node code paths only (`nodeFetch` and the long
 * connection's `ws` WebSocket): `HTTPS_PROXY` / `https_proxy` for `https:` and `wss:` targets,
 * `HTTP_PROXY` / `http_proxy` for `http:` and `ws:` ones, `NO_PROXY` / `no_proxy` for exceptions.
 * The lowercase name wins when both are set; an empty value is unset. Every target is reached
 * through an HTTP `CONNECT` tunnel (TLS to the target then runs inside it), so the proxy never sees
 * a request or its credentials. Rules: docs/runtimes.md, "Proxies".
 *
 * `node:net`, `node:tls`, `node:http` and `node:https` are loaded only when a proxy is in use.
 *
 * @module
 */
import type { Agent } from 'node:http'
import type { Socket } from 'node:net'

/** What the environment holds (`process.env` by default). */
export type Env = Readonly<Record<string, string | undefined>>

/**
 * A `ProxyError`: a proxy setting that cannot be used, or a proxy that refused or failed the tunnel.
 * Made by a factory like the SDK's other errors (no classes).
 */
export function proxyError(message: string, cause?: unknown): Error {
  const error = new Error(message, cause === undefined ? undefined : { cause })
  error.name = 'ProxyError'
  return error
}

/** Longest proxy answer to `CONNECT` read (status line and headers). */
export const MAX_CONNECT_ANSWER_BYTES = 16 * 1024
/** Longest wait for the proxy to connect and answer `CONNECT`. */
export const CONNECT_TIMEOUT_MS = 30_000
/** Entries of `NO_PROXY` looked at (the rest are ignored). */
const MAX_NO_PROXY_ENTRIES = 256

function read(env: Env, name: string): string | undefined {
  const value = env[name.toLowerCase()] || env[name.toUpperCase()]
  return value?.trim() || undefined
}

/** `host` without brackets or a final dot, lowercase. */
function bare(host: string): string {
  return host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase()
}

function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' || url.protocol === 'wss:' ? '443' : '80')
}

function ipv4(host: string): number | undefined {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256)) return undefined
  return parts.reduce((n, p) => n * 256 + Number(p), 0)
}

/** One `NO_PROXY` entry against a host and port. */
function matches(entry: string, host: string, port: string): boolean {
  let name = entry
  let wantPort: string | undefined
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(name)
  if (v6) {
    name = v6[1] as string
    wantPort = v6[2]
  } else if (/^[^:]+:\d+$/.test(name)) {
    const at = name.lastIndexOf(':')
    wantPort = name.slice(at + 1)
    name = name.slice(0, at)
  }
  if (wantPort !== undefined && wantPort !== port) return false
  name = bare(name)
  const cidr = /^([\d.]+)\/(\d{1,2})$/.exec(name)
  if (cidr) {
    const base = ipv4(cidr[1] as string)
    const bits = Number(cidr[2])
    const ip = ipv4(host)
    if (base === undefined || ip === undefined || bits > 32) return false
    const size = 2 ** (32 - bits)
    return Math.floor(ip / size) === Math.floor(base / size)
  }
  // `.example.com` and `*.example.com`: subdomains only; `example.com`: the host and its subdomains.
  if (name.startsWith('*.')) name = name.slice(1)
  if (name.startsWith('.')) return host.endsWith(name)
  return host === name || host.endsWith(`.${name}`)
}

/**
 * Whether `NO_PROXY` exempts a target.
 *
 * @param target The URL to reach.
 * @param noProxy The `NO_PROXY` value: entries split by commas or spaces; `*` exempts everything.
 * @returns True for a direct connection.
 */
export function bypassesProxy(target: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false
  const host = bare(target.hostname)
  const port = defaultPort(target)
  // Read entry by entry up to the bound: a huge value is never split whole.
  const entry = /[^\s,]+/g
  for (let i = 0; i < MAX_NO_PROXY_ENTRIES; i++) {
    const found = entry.exec(noProxy)
    if (found === null) return false
    if (found[0] === '*' || matches(found[0].toLowerCase(), host, port)) return true
  }
  return false
}

/**
 * The proxy for a target, from the environment.
 *
 * @param target An `http:`, `https:`, `ws:` or `wss:` URL.
 * @param env The environment (default `process.env`).
 * @returns The proxy's URL (`http://[user:pass@]host:port`), or undefined for a direct connection.
 * @throws {Error} A `ProxyError` when the setting is not an `http://` URL (its value is not repeated: it may
 *   hold a password).
 */
export function proxyFor(target: URL, env: Env = process.env): URL | undefined {
  const secure = target.protocol === 'https:' || target.protocol === 'wss:'
  const name = secure ? 'https_proxy' : 'http_proxy'
  const value = read(env, name)
  if (value === undefined || bypassesProxy(target, read(env, 'no_proxy'))) return undefined
  let proxy: URL
  try {
    proxy = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`)
  } catch {
    throw proxyError(`${name.toUpperCase()} is not a URL`)
  }
  if (proxy.protocol !== 'http:') throw proxyError(`${name.toUpperCase()}: only http:// proxies are supported, not ${proxy.protocol}//`)
  return proxy
}

/** Whether any proxy variable is set (a cheap check before loading anything). */
export function proxyEnvSet(env: Env = process.env): boolean {
  return read(env, 'https_proxy') !== undefined || read(env, 'http_proxy') !== undefined
}

type Modules = {
  net: typeof import('node:net')
  tls: typeof import('node:tls')
  http: typeof import('node:http')
  https: typeof import('node:https')
}
let modules: Promise<Modules> | undefined
let loaded: Modules | undefined

/** Loads the Node modules tunnels need (once); after it, {@link tunnelAgentSync} works. */
export function loadProxySupport(): Promise<Modules> {
  return (modules ??= Promise.all([import('node:net'), import('node:tls'), import('node:http'), import('node:https')]).then(
    ([net, tls, http, https]) => (loaded = { net, tls, http, https }),
  ))
}

function unescape(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Opens a `CONNECT` tunnel to `host:port` through `proxy`; the socket is the tunnel once it resolves. */
function openTunnel(m: Modules, proxy: URL, host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = m.net.connect({ host: bare(proxy.hostname), port: Number(proxy.port || 80) })
    const authority = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`
    let answer = Buffer.alloc(0)
    let done = false
    const fail = (message: string, cause?: unknown) => {
      if (done) return
      done = true
      socket.destroy()
      reject(proxyError(`proxy ${proxy.host}: ${message}`, cause))
    }
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => fail(`no answer to CONNECT within ${CONNECT_TIMEOUT_MS} ms`))
    socket.once('error', (error) => fail('cannot connect', error))
    socket.once('close', () => fail('closed the connection before answering CONNECT'))
    socket.once('connect', () => {
      const user = unescape(proxy.username)
      const auth = user || proxy.password ? `Proxy-Authorization: Basic ${Buffer.from(`${user}:${unescape(proxy.password)}`).toString('base64')}\r\n` : ''
      socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`)
    })
    const onData = (chunk: Buffer) => {
      answer = Buffer.concat([answer, chunk])
      const end = answer.indexOf('\r\n\r\n')
      if (end < 0) {
        if (answer.length > MAX_CONNECT_ANSWER_BYTES) fail(`answer to CONNECT over ${MAX_CONNECT_ANSWER_BYTES} bytes`)
        return
      }
      socket.off('data', onData)
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer.subarray(0, Math.min(end, 64)).toString('latin1'))?.[1]
      if (status === undefined || !status.startsWith('2')) return fail(status ? `refused the tunnel (HTTP ${status})` : 'answered CONNECT with something that is not HTTP')
      done = true
      socket.setTimeout(0)
      socket.removeAllListeners('error').removeAllListeners('close')
      const rest = answer.subarray(end + 4)
      if (rest.length > 0) socket.unshift(rest)
      resolve(socket)
    }
    socket.on('data', onData)
  })
}

/** TLS options of a request that are passed on to the tunnelled TLS connection. */
const TLS_KEYS = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'rejectUnauthorized', 'checkServerIdentity', 'minVersion', 'maxVersion', 'ciphers', 'servername', 'ALPNProtocols', 'session'] as const

const agents = new Map<string, Agent>()

/**
 * An agent (keep-alive, cached per proxy) whose every connection is a `CONNECT` tunnel through
 * `proxy`, with TLS inside for `secure` targets. Needs {@link loadProxySupport} to have settled.
 *
 * @param proxy From {@link proxyFor}.
 * @param secure True for `https:` / `wss:` targets.
 * @returns An `http.Agent` (or `https.Agent` when secure) for `request(…, { agent })`.
 * @throws {Error} When the Node modules are not loaded yet.
 */
export function tunnelAgentSync(proxy: URL, secure: boolean): Agent {
  if (loaded === undefined) throw new Error('proxy support not loaded: await loadProxySupport() first')
  const m: Modules = loaded
  const key = `${secure ? 's' : 'p'} ${proxy.href}`
  const cached = agents.get(key)
  if (cached) return cached
  const Base = (secure ? m.https.Agent : m.http.Agent) as typeof m.http.Agent
  type Options = Record<string, unknown> & { host?: string | null; hostname?: string | null; port?: number | string | null }
  class TunnelAgent extends Base {
    // Node's Agent takes the socket from the callback when this returns nothing.
    override createConnection(options: Options, callback?: (error: Error | null, socket: Socket) => void): undefined {
      const done = callback as (error: Error | null, socket?: Socket) => void
      const host = bare(String(options.hostname ?? options.host ?? 'localhost'))
      const port = Number(options.port ?? (secure ? 443 : 80))
      openTunnel(m, proxy, host, port).then(
        (socket) => {
          if (!secure) return done(null, socket)
          // The TLS socket reports errors from here on; this keeps one on the raw socket from throwing.
          socket.on('error', () => {})
          // `host` is what the certificate is checked against (no connection is made to it).
          const tlsOptions: Record<string, unknown> = { socket, host }
          for (const name of TLS_KEYS) if (options[name] !== undefined) tlsOptions[name] = options[name]
          tlsOptions.servername ??= m.net.isIP(host) ? undefined : host
          done(null, m.tls.connect(tlsOptions))
        },
        (error: Error) => done(error),
      )
      return undefined
    }
  }
  const agent = new TunnelAgent({ keepAlive: true }) as Agent
  agents.set(key, agent)
  return agent
}

/**
 * The agent to use for a target according to the environment, or undefined for a direct connection.
 *
 * @param target The URL to reach.
 * @param env The environment (default `process.env`).
 * @returns A promise of the tunnelling agent (rejected with a `ProxyError` when the setting is
 *   not usable), or undefined (no proxy, or `NO_PROXY` exempts the target).
 */
export function tunnelAgentFor(target: URL, env: Env = process.env): Promise<Agent> | undefined {
  let proxy: URL | undefined
  try {
    proxy = proxyFor(target, env)
  } catch (error) {
    return Promise.reject(error)
  }
  if (proxy === undefined) return undefined
  const secure = target.protocol === 'https:' || target.protocol === 'wss:'
  return loadProxySupport().then(() => tunnelAgentSync(proxy, secure))
}
