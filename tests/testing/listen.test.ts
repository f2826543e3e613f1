import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { listen, toNodeHandler } from '../../src/node/index.ts'
import { createFakeFeishu, dropConnection } from '../../src/testing/index.ts'

const encoder = new TextEncoder()

describe('listen', () => {
  it('serves a handler on 127.0.0.1 with a free port and reports its URL', async () => {
    const server = await listen(async (request) => new Response(`${request.method} ${new URL(request.url).pathname}`))
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
      expect(server.port).toBeGreaterThan(0)
      expect(await (await fetch(`${server.url}/a/b?c=1`)).text()).toBe('GET /a/b')
    } finally {
      await server.close()
    }
  })

  it('streams the request body into the handler', async () => {
    const server = await listen(async (request) => {
      const chunks: number[] = []
      const reader = (request.body as ReadableStream<Uint8Array>).getReader()
      for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value.byteLength)
      return Response.json({ chunks: chunks.length, total: chunks.reduce((a, b) => a + b, 0), type: request.headers.get('content-type') })
    })
    try {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          for (let i = 0; i < 3; i++) {
            controller.enqueue(encoder.encode('x'.repeat(1000)))
            await new Promise((resolve) => setTimeout(resolve, 10))
          }
          controller.close()
        },
      })
      const res = await fetch(server.url, { method: 'POST', body, headers: { 'content-type': 'text/plain' }, duplex: 'half' } as RequestInit)
      const seen = (await res.json()) as { chunks: number; total: number; type: string }
      expect(seen.total).toBe(3000)
      expect(seen.chunks).toBeGreaterThanOrEqual(1)
      expect(seen.type).toBe('text/plain')
    } finally {
      await server.close()
    }
  })

  it('streams the response body: the first chunk arrives before the handler writes the last', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const server = await listen(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode('first;'))
          await gate
          controller.enqueue(encoder.encode('last'))
          controller.close()
        },
      })
      return new Response(body, { headers: { 'content-type': 'text/plain' } })
    })
    try {
      const res = await fetch(server.url)
      const reader = (res.body as ReadableStream<Uint8Array>).getReader()
      const first = await reader.read()
      expect(new TextDecoder().decode(first.value)).toBe('first;')
      release()
      let rest = ''
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value)
      expect(rest).toBe('last')
    } finally {
      release()
      await server.close()
    }
  })

  it('sends every header, each set-cookie separately, and no body for HEAD', async () => {
    const server = await listen(async () => {
      const headers = new Headers({ 'x-one': '1', 'content-type': 'text/plain' })
      headers.append('set-cookie', 'a=1; Path=/')
      headers.append('set-cookie', 'b=2; Path=/; HttpOnly')
      return new Response('hello', { status: 201, headers })
    })
    try {
      const res = await fetch(server.url)
      expect(res.status).toBe(201)
      expect(res.headers.get('x-one')).toBe('1')
      expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/; HttpOnly'])
      expect(await res.text()).toBe('hello')
      const head = await fetch(server.url, { method: 'HEAD' })
      expect([head.status, await head.text()]).toEqual([201, ''])
    } finally {
      await server.close()
    }
  })

  it('destroys the socket when the handler throws a drop signal', async () => {
    const server = await listen(async () => {
      throw dropConnection()
    })
    try {
      const error: unknown = await fetch(server.url).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TypeError)
      expect((error as TypeError).message).toBe('fetch failed')
    } finally {
      await server.close()
    }
  })

  it('answers a generic 500 when the handler throws anything else, and reports the error to onError', async () => {
    const reported: unknown[] = []
    const failing = toNodeHandler(
      async () => {
        throw new Error('kaput: internal detail, db password in a connection string')
      },
      { onError: (error) => reported.push(error) },
    )
    const server = createServer(failing)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      expect([res.status, await res.text()]).toEqual([500, 'internal error'])
      expect((reported[0] as Error).message).toContain('kaput')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('aborts the request signal when the client goes away', async () => {
    let aborted: Promise<string> = Promise.resolve('not called')
    const server = await listen(async (request) => {
      aborted = new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(String((request.signal.reason as Error).name))))
      await aborted
      return new Response('late')
    })
    try {
      const controller = new AbortController()
      const pending = fetch(server.url, { signal: controller.signal }).catch((e: unknown) => e)
      await new Promise((resolve) => setTimeout(resolve, 50))
      controller.abort()
      expect(((await pending) as Error).name).toBe('AbortError')
      expect(await aborted).toBe('AbortError')
    } finally {
      await server.close()
    }
  })

  it('closes idle keep-alive connections at once, and close() can be called twice', async () => {
    const server = await listen(createFakeFeishu().handle)
    await (await fetch(`${server.url}/open-apis/none`)).text()
    const started = Date.now()
    await server.close()
    await server.close()
    expect(Date.now() - started).toBeLessThan(500)
    await expect(fetch(`${server.url}/open-apis/none`)).rejects.toThrow('fetch failed')
  })

  it('fails when the port is taken', async () => {
    const first = await listen(async () => new Response('x'))
    try {
      await expect(listen(async () => new Response('y'), { port: first.port })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await first.close()
    }
  })
})

describe('toNodeHandler', () => {
  it('mounts a Web handler inside an existing node:http server', async () => {
    const fake = createFakeFeishu()
    const web = toNodeHandler(fake.handle)
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/open-apis/')) return web(req, res)
      res.end('own route')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      expect(await (await fetch(`${base}/health`)).text()).toBe('own route')
      const res = await fetch(`${base}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ app_id: 'bad' }),
      })
      expect(await res.json()).toEqual({ code: 10003, msg: 'invalid param', data: {} })
      expect(fake.requests.map((r) => [r.path, r.headers.host])).toEqual([
        ['/open-apis/auth/v3/tenant_access_token/internal', base.slice('http://'.length)],
      ])
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
