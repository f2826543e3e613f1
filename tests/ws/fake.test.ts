import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID, FAKE_APP_SECRET } from '../../src/testing/index.ts'
import { decodeFrame, encodeFrame } from '../../src/ws/codec.ts'
import { parseJson, pingFrame } from '../../src/ws/frames.ts'
import { FAST, withCleanup } from './setup.ts'

const { env, track } = withCleanup()

async function bootstrap(url: string, body: unknown) {
  const res = await fetch(`${url}/callback/ws/endpoint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as { code: number; msg: string; data?: { URL: string; ClientConfig: unknown } }
}

/** Opens a raw socket and reports either `open` or the refused handshake's status and headers. */
function dial(url: string): Promise<{ socket: WebSocket } | { status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url)
    socket.on('open', () => resolve({ socket }))
    socket.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
      res.resume()
      socket.terminate()
    })
    socket.on('error', () => {})
  })
}

describe('fake long connection (the platform side)', () => {
  it('bootstraps with a loopback URL carrying device_id, service_id and a ticket, plus the ClientConfig', async () => {
    const { url } = await env()
    const reply = await bootstrap(url, { AppID: FAKE_APP_ID, AppSecret: FAKE_APP_SECRET })
    expect(reply.code).toBe(0)
    const wsUrl = new URL(reply.data?.URL ?? '')
    expect(wsUrl.origin).toBe(url.replace('http', 'ws'))
    expect(wsUrl.pathname).toBe('/ws/v2')
    expect(wsUrl.searchParams.get('service_id')).toBe('33554678')
    expect(wsUrl.searchParams.get('device_id')).toMatch(/^dev_/)
    expect(wsUrl.searchParams.get('ticket')).toBeTruthy()
    expect(reply.data?.ClientConfig).toEqual(FAST)
  })

  it('refuses wrong or missing credentials with a non-retryable code', async () => {
    const { url } = await env()
    expect((await bootstrap(url, { AppID: FAKE_APP_ID, AppSecret: 'nope' })).code).toBe(99991543)
    expect((await bootstrap(url, { AppID: FAKE_APP_ID })).code).toBe(1000040344)
  })

  it('answers a ping with a pong carrying the ClientConfig, echoing the service id', async () => {
    const { url, fakeWs } = await env()
    const opened = await dial((await bootstrap(url, { AppID: FAKE_APP_ID, AppSecret: FAKE_APP_SECRET })).data?.URL ?? '')
    if (!('socket' in opened)) throw new Error('refused')
    const pong = new Promise<Buffer>((resolve) => opened.socket.once('message', (data) => resolve(data as Buffer)))
    opened.socket.send(encodeFrame(pingFrame(33554678)))
    const frame = decodeFrame(new Uint8Array(await pong))
    expect(frame).toMatchObject({ method: 0, service: 33554678, headers: [{ key: 'type', value: 'pong' }] })
    expect(parseJson(frame.payload)).toEqual(FAST)
    expect(fakeWs.pings).toBe(1)
    opened.socket.close()
  })

  it('refuses a used ticket with 403 and the 51st connection with 514 + Handshake-Autherrcode 1000040350', async () => {
    const { url, fakeWs } = await env({ maxConnections: 2 })
    const sockets: WebSocket[] = []
    track(async () => sockets.forEach((s) => s.terminate()))
    const urls = await Promise.all([1, 2, 3].map(async () => (await bootstrap(url, { AppID: FAKE_APP_ID, AppSecret: FAKE_APP_SECRET })).data?.URL ?? ''))
    for (const wsUrl of urls.slice(0, 2)) {
      const opened = await dial(wsUrl)
      if ('socket' in opened) sockets.push(opened.socket)
    }
    expect(fakeWs.connections).toHaveLength(2)
    expect(await dial(urls[2] as string)).toMatchObject({
      status: 514,
      headers: { 'handshake-status': '514', 'handshake-autherrcode': '1000040350' },
    })
    expect(await dial(urls[0] as string)).toMatchObject({ status: 403, headers: { 'handshake-status': '403' } })
  })
})
