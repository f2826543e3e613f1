/**
 * `nodeFetch`: a small fetch over `node:http` / `node:https`, the default of contexts made on Node
 * (the root's `node` export condition, src/index.node.ts). Node 20's global `fetch` loads undici on
 * first use, which is most of a cold process's first call (measured in bench/RESULTS.md); this one
 * answers JSON calls and downloads without it. Bodies it does not handle itself (FormData, Blob,
 * streams, Request objects) go to the global `fetch`.
 *
 * @module
 */
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http'
import { pipeline, Readable } from 'node:stream'
import { tunnelAgentFor } from './proxy-env.ts'

type Send = (url: URL, options: RequestOptions) => ClientRequest

/**
 * `node:http` and `node:https` are each loaded on the first request of their protocol, not at
 * import: a process that only calls the platform (https) never loads `node:http`, which on Node 24
 * also loads undici and http2 (~25 ms here, against ~6 ms for `node:https`).
 */
const senders: { http?: Promise<Send>; https?: Promise<Send> } = {}
function sender(url: URL): Promise<Send> {
  // HTTPS_PROXY / HTTP_PROXY / NO_PROXY (src/node/proxy-env.ts): a tunnelling agent, or none.
  const agent = tunnelAgentFor(url)
  if (url.protocol === 'https:') senders.https ??= import('node:https').then((m) => m.request)
  else senders.http ??= import('node:http').then((m) => m.request)
  const send = (url.protocol === 'https:' ? senders.https : senders.http) as Promise<Send>
  if (agent === undefined) return send
  return Promise.all([send, agent]).then(([request, via]) => (u: URL, o: RequestOptions) => request(u, { ...o, agent: via }), (cause: unknown) => Promise.reject(new TypeError('fetch failed', { cause })))
}

type HeaderInit = Record<string, string> | [string, string][] | { forEach(cb: (value: string, key: string) => void): void }

/** The subset of `Headers` the SDK and most middleware use, over Node's raw header list. */
function headersOf(res: IncomingMessage): Headers {
  const map = new Map<string, string>()
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const name = (res.rawHeaders[i] as string).toLowerCase()
    const value = res.rawHeaders[i + 1] as string
    map.set(name, map.has(name) ? `${map.get(name)}, ${value}` : value)
  }
  const view = {
    get: (name: string) => map.get(name.toLowerCase()) ?? null,
    has: (name: string) => map.has(name.toLowerCase()),
    forEach: (cb: (value: string, key: string) => void) => map.forEach((v, k) => cb(v, k)),
    entries: () => map.entries(),
    keys: () => map.keys(),
    values: () => map.values(),
    [Symbol.iterator]: () => map.entries(),
  }
  return view as unknown as Headers
}

function flatHeaders(init: HeaderInit | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (init === undefined) return out
  if (Array.isArray(init)) for (const [k, v] of init) out[k.toLowerCase()] = v
  else if (typeof (init as { forEach?: unknown }).forEach === 'function') (init as { forEach(cb: (v: string, k: string) => void): void }).forEach((v, k) => (out[k.toLowerCase()] = v))
  else for (const [k, v] of Object.entries(init)) out[k.toLowerCase()] = v
  return out
}

async function readAll(source: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of source) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Content codings decoded as fetch decodes them; the first compressed answer loads node:zlib. */
const CODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br'])
let zlib: Promise<typeof import('node:zlib')> | undefined

/** The `content-encoding` to decode, or undefined for a body to read as sent. */
function codingOf(res: IncomingMessage, method: string): string | undefined {
  const coding = res.headers['content-encoding']?.trim().toLowerCase()
  const empty = method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304
  return coding !== undefined && CODINGS.has(coding) && !empty ? coding : undefined
}

/** A stream of the body with its content coding undone. */
async function decoded(res: IncomingMessage, coding: string): Promise<Readable> {
  const z = await (zlib ??= import('node:zlib'))
  const decoder = coding === 'br' ? z.createBrotliDecompress() : coding === 'deflate' ? z.createInflate() : z.createGunzip()
  return pipeline(res, decoder, () => {}) as Readable
}

/** A Response-like object: status, headers, body stream and the usual readers. */
function responseOf(res: IncomingMessage, source: Readable, url: string, redirected: boolean): Response {
  let used = false
  const take = () => {
    if (used) throw new TypeError('Body is unusable: Body has already been read')
    used = true
    return readAll(source)
  }
  const status = res.statusCode ?? 0
  const view = {
    status,
    statusText: res.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url,
    redirected,
    type: 'basic',
    headers: headersOf(res),
    get bodyUsed() {
      return used
    },
    get body() {
      used = true
      return Readable.toWeb(source)
    },
    text: async () => (await take()).toString('utf8'),
    json: async () => JSON.parse((await take()).toString('utf8')),
    arrayBuffer: async () => {
      const buf = await take()
      return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
    },
    blob: async () => new Blob([new Uint8Array(await take())], { type: res.headers['content-type'] ?? '' }),
  }
  return view as unknown as Response
}

/**
 * A fetch for Node that skips undici for plain requests. Contexts made on Node use it unless given a
 * `fetch`; pass it yourself where Node's export condition is not applied (code bundled without the
 * `node` condition but run on Node), or to be explicit.
 *
 * @param input An absolute URL (string or URL); a `Request` goes to the global fetch.
 * @param init Method, headers, a string or byte body, and `signal`; other bodies go to the global fetch.
 * @returns A Response-like object (status, headers with get/has/forEach, body, text/json/arrayBuffer/blob).
 * @example
 * import { nodeFetch } from 'larkfn/node'
 * const ctx = createContext({ appId, appSecret, fetch: nodeFetch })
 */
export function nodeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const body = init.body
  const plain = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array
  if (!plain || (typeof input !== 'string' && !(input instanceof URL))) return globalThis.fetch(input, init)
  // Like fetch: compressed answers are asked for and decoded (unless the caller says otherwise).
  const headers = { 'accept-encoding': 'gzip, deflate, br', ...flatHeaders(init.headers as HeaderInit | undefined) }
  return exchange(new URL(input), init.method ?? 'GET', headers, body ?? undefined, init, 0)
}

/** Redirects followed like fetch's `redirect: 'follow'`, at most this many. */
const MAX_REDIRECTS = 20
const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Headers that carry the caller's credentials: not sent on to another origin after a redirect. */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization']

/** One request; a redirect is followed as fetch does (method and body kept for 307/308, GET otherwise). */
function exchange(url: URL, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined, init: RequestInit, hops: number): Promise<Response> {
  const signal = init.signal ?? undefined
  return sender(url).then((send) => new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const sent = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
    const req = send(url, { method, headers: sent })
    const onAbort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'))
    signal?.addEventListener('abort', onAbort, { once: true })
    const fail = (cause: unknown) => reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause }))
    req.once('response', (res) => {
      res.once('close', () => signal?.removeEventListener('abort', onAbort))
      const location = res.headers.location
      if (!REDIRECTS.has(res.statusCode ?? 0) || location === undefined || init.redirect === 'manual') {
        const coding = codingOf(res, method)
        const answer = (source: Readable) => responseOf(res, source, url.href, hops > 0)
        // Most answers are read as sent: no extra turn of the event loop for them.
        return resolve(coding === undefined ? answer(res) : decoded(res, coding).then(answer))
      }
      res.resume() // the redirect's own body is not read
      signal?.removeEventListener('abort', onAbort)
      if (init.redirect === 'error') return fail(new Error(`redirected to ${location} with redirect: 'error'`))
      if (hops >= MAX_REDIRECTS) return fail(new Error(`more than ${MAX_REDIRECTS} redirects`))
      const next = new URL(location, url)
      const keep = res.statusCode === 307 || res.statusCode === 308 || (res.statusCode !== 303 && method !== 'POST') || method === 'HEAD'
      const nextHeaders = { ...headers }
      if (!keep) for (const name of ['content-type', 'content-length']) delete nextHeaders[name]
      if (next.origin !== url.origin) for (const name of CREDENTIALS) delete nextHeaders[name]
      resolve(exchange(next, keep ? method : 'GET', nextHeaders, keep ? body : undefined, init, hops + 1))
    })
    req.once('error', (error) => {
      signal?.removeEventListener('abort', onAbort)
      fail(error)
    })
    req.end(body)
  }))
}
