// HTTPS_PROXY / HTTP_PROXY / NO_PROXY for nodeFetch, through a real CONNECT proxy on loopback.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { selfSignedCert } from '../../scripts/self-signed-cert.ts'
import { batchGetUserId } from '../../src/api/contact/v3/index.ts'
import { listen, nodeFetch } from '../../src/node/index.ts'
import { bypassesProxy, MAX_CONNECT_ANSWER_BYTES, proxyFor } from '../../src/node/proxy-env.ts'
import { createFakeFeishu } from '../../src/testing/index.ts'
import { dumpError, startFake } from '../helpers.ts'
import { setEnv, startConnectProxy } from './connect-proxy.ts'

const server = await startFake()
afterAll(() => server.close())
let cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
})
async function proxy(behaviour: Parameters<typeof startConnectProxy>[0] = {}) {
  const p = await startConnectProxy(behaviour)
  cleanup.push(p.close)
  return p
}
const env = (values: Record<string, string | undefined>) => void cleanup.push(setEnv(values))
const target = new URL(server.url)
const origin = `127.0.0.1:${target.port}`

describe('proxy settings: which proxy, and NO_PROXY (pure)', () => {
  const at = (url: string, values: Record<string, string>) => proxyFor(new URL(url), values)?.host

  it('takes HTTPS_PROXY for https: and wss:, HTTP_PROXY for http: and ws:, lowercase first', () => {
    const values = { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', HTTP_PROXY: 'plain:3' }
    expect(at('https://open.feishu.cn/x', values)).toBe('lower:2')
    expect(at('wss://msg-frontier.feishu.cn/ws', values)).toBe('lower:2')
    expect(at('http://127.0.0.1:9/x', values)).toBe('plain:3')
    expect(at('ws://127.0.0.1:9/x', { HTTPS_PROXY: 'http://s:1' })).toBeUndefined()
    expect(at('https://open.feishu.cn/x', { HTTPS_PROXY: '  ', HTTP_PROXY: 'http://h:1' })).toBeUndefined()
  })

  it('matches NO_PROXY hosts, subdomains, .suffixes, *, ports, IPv6 and IPv4 ranges', () => {
    const no = (url: string, list: string) => bypassesProxy(new URL(url), list)
    expect(no('https://open.feishu.cn/x', 'feishu.cn')).toBe(true)
    expect(no('https://feishu.cn/x', 'feishu.cn')).toBe(true)
    expect(no('https://notfeishu.cn/x', 'feishu.cn')).toBe(false)
    expect(no('https://open.example.com/x', '.example.com')).toBe(true)
    expect(no('https://example.com/x', '.example.com')).toBe(false)
    expect(no('https://a.b.example.com/x', '*.example.com')).toBe(true)
    expect(no('https://anything.test/x', 'x.org, *')).toBe(true)
    expect(no('https://OPEN.Feishu.CN./x', 'open.feishu.cn')).toBe(true)
    expect(no('https://example.com:8443/x', 'example.com:8443')).toBe(true)
    expect(no('https://example.com/x', 'example.com:8443')).toBe(false)
    expect(no('https://example.com/x', 'example.com:443')).toBe(true)
    expect(no('http://[::1]:8080/x', '[::1]')).toBe(true)
    expect(no('http://[::1]:8080/x', '[::1]:9090')).toBe(false)
    expect(no('http://10.1.2.3/x', '10.0.0.0/8')).toBe(true)
    expect(no('http://11.1.2.3/x', '10.0.0.0/8')).toBe(false)
    expect(no('http://127.0.0.1:5/x', 'localhost 127.0.0.1')).toBe(true)
    expect(no('http://127.0.0.1:5/x', '')).toBe(false)
  })

  // Hostile settings: 4 cases.
  it('refuses settings it cannot use, without repeating them (they may hold a password)', () => {
    for (const value of ['socks5://user:hunter2@127.0.0.1:1080', 'https://user:hunter2@127.0.0.1:443', 'http://user:hunter2@[bad']) {
      let error: unknown
      try {
        proxyFor(new URL('https://open.feishu.cn/'), { HTTPS_PROXY: value })
      } catch (e) {
        error = e
      }
      expect(error).toMatchObject({ name: 'ProxyError', message: expect.stringContaining('HTTPS_PROXY') })
      expect(dumpError(error)).not.toContain('hunter2')
    }
    // A NO_PROXY of a million entries is read up to its bound, not choked on.
    expect(bypassesProxy(new URL('https://z.test/'), `${'a.test,'.repeat(1_000_000)}z.test`)).toBe(false)
  })
})

describe('nodeFetch through HTTP_PROXY / HTTPS_PROXY (real CONNECT proxy on loopback)', () => {
  it('tunnels a whole context (token + call) through HTTP_PROXY', async () => {
    const p = await proxy()
    env({ HTTP_PROXY: p.url })
    server.fake.seedUsers([{ email: 'via@example.com', open_id: 'ou_via' }])
    const ctx = server.context({ fetch: nodeFetch })
    const data = await batchGetUserId(ctx, { body: { emails: ['via@example.com'] } })
    expect(data.user_list?.[0]?.user_id).toBe('ou_via')
    expect(p.tunnels.length).toBeGreaterThanOrEqual(1)
    expect(p.tunnels.every((t) => t.target === origin)).toBe(true)
    expect(p.tunnels[0]?.firstLine).toMatch(/^POST \/open-apis\/auth\/v3\/tenant_access_token\/internal HTTP\/1\.1$/)
  })

  it('goes direct when NO_PROXY names the host (by name, by host:port, or *)', async () => {
    const p = await proxy()
    for (const list of ['127.0.0.1', `example.com, 127.0.0.1:${target.port}`, '*']) {
      const restore = setEnv({ HTTP_PROXY: p.url, NO_PROXY: list })
      const res = await nodeFetch(`${server.url}/open-apis/demo/v1/nothing`, { method: 'POST', body: '{}' })
      restore()
      expect(res.status).toBe(404)
    }
    const restore = setEnv({ HTTP_PROXY: p.url, no_proxy: '127.0.0.1:1' })
    await nodeFetch(`${server.url}/open-apis/demo/v1/nothing`, { method: 'POST', body: '{}' })
    restore()
    expect(p.tunnels).toHaveLength(1)
  })

  it('sends Proxy-Authorization from the URL, decoded, and to the proxy only', async () => {
    const auth = `Basic ${Buffer.from('bot:p@ss:word').toString('base64')}`
    const p = await proxy({ auth })
    env({ HTTP_PROXY: `http://bot:p%40ss%3Aword@127.0.0.1:${p.port}` })
    const res = await nodeFetch(`${server.url}/open-apis/demo/v1/nothing`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(404)
    expect(p.tunnels.map((t) => t.proxyAuthorization)).toEqual([auth])
    expect(server.fake.requests.at(-1)?.headers?.['proxy-authorization']).toBeUndefined()
  })

  // Hostile proxies: 4 cases.
  it('a refused tunnel (407), a proxy flooding headers, a proxy that is not there and a bad setting fail clearly, without the password', async () => {
    const refusing = await proxy({ auth: 'Basic nope' })
    const flooding = await proxy({ flood: MAX_CONNECT_ANSWER_BYTES * 4 })
    const cases: [string, RegExp][] = [
      [`http://bot:hunter2@127.0.0.1:${refusing.port}`, /refused the tunnel \(HTTP 407\)/],
      [`http://bot:hunter2@127.0.0.1:${flooding.port}`, /over 16384 bytes/],
      ['http://bot:hunter2@127.0.0.1:1', /cannot connect/],
      ['socks5://bot:hunter2@127.0.0.1:1', /only http:\/\/ proxies/],
    ]
    for (const [value, message] of cases) {
      const restore = setEnv({ HTTP_PROXY: value })
      const error = await nodeFetch(`${server.url}/open-apis/demo/v1/nothing`, { method: 'POST', body: '{}' }).catch((e: unknown) => e)
      restore()
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).cause).toMatchObject({ name: 'ProxyError', message })
      expect(dumpError(error)).not.toContain('hunter2')
    }
  })
})

describe('https through HTTPS_PROXY (a Node process that trusts the test certificate)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'larkfn-proxy-'))
  const tls = selfSignedCert(dir)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('the default context of the Node root tunnels TLS through the proxy (the proxy sees no request)', async () => {
    const fake = createFakeFeishu()
    fake.seedUsers([{ email: 'tls@example.com', open_id: 'ou_tls' }])
    const https = await listen(fake.handle, { tls })
    cleanup.push(https.close)
    const p = await proxy()
    const child = fileURLToPath(new URL('./https-child.ts', import.meta.url))
    const childEnv = { ...process.env, NODE_EXTRA_CA_CERTS: tls.certFile, HTTPS_PROXY: p.url, NO_PROXY: 'example.com' }
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', child, https.url, 'tls@example.com'], { env: childEnv, timeout: 30_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      ),
    )
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ transport: 'nodeFetch', userId: 'ou_tls' })
    expect(p.tunnels.length).toBeGreaterThanOrEqual(1)
    expect(p.tunnels.every((t) => t.target === `127.0.0.1:${https.port}`)).toBe(true)
    // Inside the tunnel: a TLS ClientHello (0x16), not a readable request.
    expect(p.tunnels.every((t) => !t.firstLine.includes('HTTP/1.1'))).toBe(true)
  })
})
