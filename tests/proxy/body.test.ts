import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { batchGetUserId } from '../../src/api/contact/v3/index.ts'
import { listen } from '../../src/node/index.ts'
import { isLarkValidationError } from '../../src/core/errors.ts'
import { createProxy } from '../../src/proxy/index.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
const origin = 'https://tool.example.com'
const MAX = 64 * 1024
const proxied = await listen(createProxy(server.context(), { allow: [batchGetUserId], cors: { origins: [origin] }, maxBodyBytes: MAX }))
afterAll(async () => {
  await proxied.close()
  await server.close()
})
beforeEach(() => fake.clearRequests())

/** A valid JSON body of about `size` bytes, streamed in 16 KiB chunks with no declared length. */
function chunked(size: number): { stream: ReadableStream<Uint8Array> } {
  const encoder = new TextEncoder()
  const head = encoder.encode('{"emails":["')
  const tail = encoder.encode('"]}')
  const filler = encoder.encode('a'.repeat(16 * 1024))
  let sent = 0
  let phase = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (phase === 0) (phase = 1), controller.enqueue(head)
      else if (sent < size) (sent += filler.length), controller.enqueue(filler)
      else if (phase === 1) (phase = 2), controller.enqueue(tail)
      else controller.close()
    },
  })
  return { stream }
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${proxied.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { origin, 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit)

describe('maxBodyBytes', () => {
  it('counts a chunked body while it streams and answers 413, forwarding nothing', async () => {
    const { stream } = chunked(4 * 1024 * 1024)
    const res = await post(stream)
    expect([res.status, await res.json()]).toEqual([413, { code: 413, msg: 'request body too large' }])
    expect(fake.requests).toHaveLength(0)
  })

  it('answers 413 for a declared length over the limit', async () => {
    const res = await post('x'.repeat(MAX + 1))
    expect(res.status).toBe(413)
    expect(fake.requests).toHaveLength(0)
  })

  it('passes a chunked body under the limit', async () => {
    fake.seedUsers([{ email: 'a'.repeat(16 * 1024), open_id: 'ou_long' }])
    const res = await post(chunked(16 * 1024).stream)
    expect(res.status).toBe(200)
    expect(fake.requests.filter((r) => r.path === '/open-apis/contact/v3/users/batch_get_id')).toHaveLength(1)
  })

  it.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY])('refuses maxBodyBytes %s at creation (it would leave bodies unbounded)', (maxBodyBytes) => {
    const errorOf = () => {
      try {
        createProxy(server.context(), { allow: [batchGetUserId], maxBodyBytes })
      } catch (error) {
        return isLarkValidationError(error) ? error.message : 'not a validation error'
      }
      return 'no error'
    }
    expect(errorOf()).toBe('createProxy: invalid input: maxBodyBytes: must be a whole number of bytes, 0 or more')
  })
})

describe('a slow body', () => {
  it("is given up on after the context's timeout: 408, nothing forwarded", async () => {
    const slow = await listen(createProxy(server.context({ timeout: 300 }), { allow: [batchGetUserId], cors: { origins: [origin] } }))
    try {
      // The body starts and never ends.
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"emails":['))
        },
      })
      const res = await fetch(`${slow.url}/open-apis/contact/v3/users/batch_get_id`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: stalled, duplex: 'half' } as RequestInit)
      expect([res.status, await res.json()]).toEqual([408, { code: 408, msg: 'request body not received in time' }])
      expect(fake.requests).toHaveLength(0)
    } finally {
      await slow.close()
    }
  })
})
