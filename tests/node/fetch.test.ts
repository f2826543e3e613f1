import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { batchGetUserId } from '../../src/api/contact/v3/index.ts'
import { createImage, getImage } from '../../src/api/im/v1/index.ts'
import { isLarkHttpError } from '../../src/core/errors.ts'
import { listen, nodeFetch } from '../../src/node/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

describe('nodeFetch (larkfn/node)', () => {
  it('carries a whole context: token, JSON call, upload (via the global fetch) and download stream', async () => {
    fake.seedUsers([{ email: 'ann@example.com', open_id: 'ou_ann' }])
    const ctx = server.context({ fetch: nodeFetch })
    const data = await batchGetUserId(ctx, { body: { emails: ['ann@example.com'] } })
    expect(data.user_list?.[0]?.user_id).toBe('ou_ann')
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3])
    const { image_key } = await createImage(ctx, { body: { image_type: 'message', image: new Blob([bytes], { type: 'image/png' }) } })
    const file = await getImage(ctx, { path: { image_key: image_key! } })
    expect(file.contentType).toContain('image/png')
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes)
    expect(fake.tokenRequests.tenant).toBe(1)
  })

  it('answers status, headers, text and json like fetch', async () => {
    const res = await nodeFetch(`${server.url}/open-apis/demo/v1/nothing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(404)
    expect(res.ok).toBe(false)
    expect(res.headers.get('X-Tt-Logid')).toMatch(/^\d{14}[0-9A-F]{20}$/)
    expect(res.headers.has('content-type')).toBe(true)
    const body = (await res.json()) as { code: number }
    expect(body.code).toBe(404)
    await expect(res.text()).rejects.toThrow(/already been read/)
  })

  it('rejects like fetch: TypeError on a refused connection, the signal reason on abort', async () => {
    const refused = await nodeFetch('http://127.0.0.1:1/x').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TypeError)
    expect((refused as Error).message).toBe('fetch failed')
    fake.fault({ path: '/open-apis/demo/v1/slow', kind: 'slow', delay: 5000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('stop now')), 50)
    await expect(nodeFetch(`${server.url}/open-apis/demo/v1/slow`, { signal: controller.signal })).rejects.toThrow('stop now')
  })

  it('lets the context time an attempt out', async () => {
    fake.route({ method: 'GET', path: '/open-apis/demo/v1/slow', handler: () => ({}) })
    fake.fault({ path: '/open-apis/demo/v1/slow', kind: 'slow', delay: 5000 })
    const { request } = await import('../../src/core/raw-request.ts')
    const error = await request(server.context({ fetch: nodeFetch, timeout: 100, retry: false }), { method: 'GET', path: '/open-apis/demo/v1/slow' }).catch((e: unknown) => e)
    expect(isLarkHttpError(error) && error.message).toContain('timed out after 100 ms')
  })
})

describe('the default fetch by runtime (the root entry’s `node` condition)', () => {
  it('Node’s root entry sends through nodeFetch unless a fetch is given; the plain entry through the global fetch', async () => {
    const { createContext: forNode } = await import('../../src/index.node.ts')
    const { createContext: plain } = await import('../../src/core/context.ts')
    const options = { appId: 'cli_a1b2c3d4e5f60718', appSecret: 'secret-self-built', domain: server.url }
    expect(forNode(options).fetch).toBe(nodeFetch)
    const own: typeof fetch = (input, init) => globalThis.fetch(input, init)
    expect(forNode({ ...options, fetch: own }).fetch).toBe(own)
    expect(plain(options).fetch).not.toBe(nodeFetch)
    // The package's exports map sends Node (and only Node: not Bun, not Deno) to that entry.
    const { exports } = (await import('../../package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown> }
    expect(exports['.']).toEqual({
      types: './dist/index.d.ts',
      bun: './dist/index.js',
      deno: './dist/index.js',
      node: './dist/index.node.js',
      default: './dist/index.js',
    })
    // Bad options are still named by the shared checks.
    expect(() => forNode({ ...options, timeout: -1 })).toThrow(/timeout/)
  })
})

describe('nodeFetch follows redirects as fetch does', () => {
  /** Echoes what arrived: method, body, authorization; `/go/<status>?to=<url>` redirects there first. */
  const echo = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const go = /^\/go\/(\d+)$/.exec(url.pathname)
    if (go) return new Response('moved', { status: Number(go[1]), headers: { location: url.searchParams.get('to') ?? '/echo' } })
    if (url.pathname === '/loop') return new Response(null, { status: 302, headers: { location: '/loop' } })
    const seen = { path: url.pathname, method: request.method, body: await request.text(), authorization: request.headers.get('authorization') }
    return Response.json(seen)
  }
  const post = { method: 'POST', headers: { authorization: 'Bearer t-1', 'content-type': 'application/json' }, body: '{"a":1}' }

  it('302 after a POST: GET without the body; 307: same method and body; the final URL and redirected are set', async () => {
    const other = await listen(echo)
    try {
      const moved = await nodeFetch(`${other.url}/go/302?to=/echo`, post)
      expect([moved.status, moved.redirected, moved.url]).toEqual([200, true, `${other.url}/echo`])
      expect(await moved.json()).toEqual({ path: '/echo', method: 'GET', body: '', authorization: 'Bearer t-1' })
      const kept = await nodeFetch(`${other.url}/go/307?to=/echo`, post)
      expect(await kept.json()).toEqual({ path: '/echo', method: 'POST', body: '{"a":1}', authorization: 'Bearer t-1' })
    } finally {
      await other.close()
    }
  })

  it('drops the authorization header when the redirect leaves the origin; manual and error modes; a loop fails', async () => {
    const a = await listen(echo)
    const b = await listen(echo)
    try {
      const away = await nodeFetch(`${a.url}/go/308?to=${encodeURIComponent(`${b.url}/echo`)}`, post)
      expect(await away.json()).toEqual({ path: '/echo', method: 'POST', body: '{"a":1}', authorization: null })
      const manual = await nodeFetch(`${a.url}/go/302?to=/echo`, { redirect: 'manual' })
      expect([manual.status, manual.headers.get('location'), manual.redirected]).toEqual([302, '/echo', false])
      await expect(nodeFetch(`${a.url}/go/302?to=/echo`, { redirect: 'error' })).rejects.toThrow(TypeError)
      const loop = await nodeFetch(`${a.url}/loop`).catch((e: unknown) => e)
      expect(loop).toBeInstanceOf(TypeError)
      expect(String((loop as Error).cause)).toContain('more than 20 redirects')
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})

describe('nodeFetch decodes compressed answers as fetch does', () => {
  const payload = { code: 0, msg: 'success', data: { user_list: [{ email: 'z@example.com', user_id: 'ou_zip' }] } }
  const encoders: Record<string, (bytes: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync }
  /** Answers the payload in the coding the path names, and echoes the accept-encoding it was sent. */
  const compressed = async (request: Request): Promise<Response> => {
    const coding = new URL(request.url).pathname.slice(1)
    const body = encoders[coding]!(Buffer.from(JSON.stringify({ ...payload, accepted: request.headers.get('accept-encoding') })))
    return new Response(new Uint8Array(body), { headers: { 'content-type': 'application/json', 'content-encoding': coding } })
  }

  it.each(['gzip', 'deflate', 'br'])('%s: asks for compression by default and reads the decoded JSON', async (coding) => {
    const other = await listen(compressed)
    try {
      const res = await nodeFetch(`${other.url}/${coding}`)
      expect(await res.json()).toEqual({ ...payload, accepted: 'gzip, deflate, br' })
      const own = await nodeFetch(`${other.url}/${coding}`, { headers: { 'Accept-Encoding': coding } })
      expect(((await own.json()) as { accepted: string }).accepted).toBe(coding)
    } finally {
      await other.close()
    }
  })

  it('a context call through the Node default decodes a gzip answer', async () => {
    fake.seedUsers([{ email: 'z@example.com', open_id: 'ou_zip' }])
    fake.route({
      method: 'POST',
      path: '/open-apis/contact/v3/users/batch_get_id',
      handler: () =>
        new Response(new Uint8Array(gzipSync(Buffer.from(JSON.stringify(payload)))), { headers: { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' } }),
    })
    const data = await batchGetUserId(server.context(), { body: { emails: ['z@example.com'] } })
    expect(data.user_list?.[0]?.user_id).toBe('ou_zip')
  })
})
