import { afterAll, describe, expect, it, vi } from 'vitest'
import { createEventDispatcher } from '../../src/events/index.ts'
import { buildV2Event, createEventDelivery, pushEvent } from '../../src/testing/index.ts'
import { captureLogger } from '../helpers.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent, post, serveDispatcher } from './helpers.ts'

const open: Array<{ close(): Promise<void> }> = []
afterAll(() => Promise.all(open.map((s) => s.close())))

async function serve(handler: (e: unknown) => unknown, extra = {}) {
  const s = await serveDispatcher({ handlers: { 'im.message.receive_v1': handler }, ...extra })
  open.push(s)
  return s
}
const delivery = (url: string, eventId?: string) =>
  createEventDelivery({ url, encryptKey: ENCRYPT_KEY, event: buildV2Event('im.message.receive_v1', messageEvent(), { token: VERIFICATION_TOKEN, eventId }) })

describe('a failing handler', () => {
  it('gets a generic 500, its error logged without the payload or secrets', async () => {
    const s = await serve(() => {
      throw new Error('db down at 10.0.0.7')
    })
    const res = await post(await delivery(s.url))
    expect(res).toEqual({ status: 500, body: { msg: 'internal error' } })
    const line = s.logger.lines.find((l) => l.startsWith('error [larkfn] event handler failed'))
    expect(line).toContain('db down at 10.0.0.7')
    expect(line).toContain('im.message.receive_v1')
    expect(s.logger.lines.join('\n')).not.toMatch(new RegExp(`${ENCRYPT_KEY}|${VERIFICATION_TOKEN}|"content"`))
  })

  it('runs again when the platform re-pushes after the failure, then acknowledges', async () => {
    let n = 0
    const s = await serve(async () => {
      n++
      if (n < 3) throw new Error('flaky')
    })
    const result = await pushEvent(s.url, await delivery(s.url, 'ev-retry'), { delays: 5 })
    expect(result.delivered).toBe(true)
    expect(result.attempts.map((a) => a.status)).toEqual([500, 500, 200])
    expect(n).toBe(3)
    // A further repeat of the delivered event is acknowledged without a run.
    expect((await post(await delivery(s.url, 'ev-retry'))).status).toBe(200)
    expect(n).toBe(3)
  })

  it('a synchronous throw and a rejected non-Error are caught too', async () => {
    for (const thrower of [() => { throw 'plain string' }, () => Promise.reject({ secret: 1 })]) {
      const s = await serve(thrower)
      expect((await post(await delivery(s.url))).status).toBe(500)
    }
  })
})

describe('early acknowledgement', () => {
  it('answers 200 after ackAfter while a slow handler finishes in the background (waitUntil)', async () => {
    let finished = false
    const dispatch = createEventDispatcher({
      encryptKey: ENCRYPT_KEY,
      ackAfter: 50,
      logger: captureLogger(),
      handlers: {
        'im.message.receive_v1': async () => {
          await new Promise((r) => setTimeout(r, 300))
          finished = true
        },
      },
    })
    const waitUntil = vi.fn<(p: Promise<unknown>) => void>()
    const started = Date.now()
    const res = await dispatch(await delivery('http://x/'), { waitUntil })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(250)
    expect(finished).toBe(false)
    expect(waitUntil).toHaveBeenCalledTimes(1)
    await waitUntil.mock.calls[0]![0]
    expect(finished).toBe(true)
  })

  it('releases the claim when a handler fails after the early acknowledgement', async () => {
    let runs = 0
    const logger = captureLogger()
    const dispatch = createEventDispatcher({
      encryptKey: ENCRYPT_KEY,
      ackAfter: 10,
      logger,
      handlers: {
        'im.message.receive_v1': async () => {
          runs++
          await new Promise((r) => setTimeout(r, 50))
          if (runs === 1) throw new Error('late failure')
        },
      },
    })
    let background: Promise<unknown> | undefined
    expect((await dispatch(await delivery('http://x/', 'ev-late'), { waitUntil: (p) => (background = p) })).status).toBe(200)
    await background
    expect(logger.lines.some((l) => l.includes('late failure'))).toBe(true)
    expect((await dispatch(await delivery('http://x/', 'ev-late'))).status).toBe(200)
    expect(runs).toBe(2)
  })
})

describe('limits and methods', () => {
  it('refuses bodies over maxBodySize, declared or streamed, and non-POST methods', async () => {
    const s = await serve(() => undefined, { maxBodySize: 1024 })
    const big = JSON.stringify({ encrypt: 'A'.repeat(2000) })
    expect(await post(new Request(s.url, { method: 'POST', body: big }))).toEqual({ status: 413, body: { msg: 'body too large' } })
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new Uint8Array(200).fill(32))
        c.close()
      },
    })
    const res = await s.dispatch(new Request('http://x/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit))
    expect(res.status).toBe(413)
    expect((await fetch(s.url)).status).toBe(405)
    expect(s.calls).toHaveLength(0)
  })

  it('refuses bad options at creation', () => {
    expect(() => createEventDispatcher({ encryptKey: '', handlers: {} })).toThrow(/encryptKey/)
    expect(() => createEventDispatcher({ handlers: { 'im.message.receive_v1': 'x' as never } })).toThrow(/handlers/)
    expect(() => createEventDispatcher({ handlers: {}, maxAge: -1 })).toThrow(/maxAge/)
    expect(() => createEventDispatcher({ handlers: {}, store: {} as never })).toThrow(/store/)
  })
})
