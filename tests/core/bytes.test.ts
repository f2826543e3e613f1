import { afterAll, describe, expect, it } from 'vitest'
import { request } from '../../src/core/raw-request.ts'
import type { LarkResponse, Middleware } from '../../src/core/types.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
afterAll(() => server.close())

describe('bytes in, text out', () => {
  it('sends a byte body as it is and keeps the text of the answer beside the parsed body', async () => {
    // A 64-bit id a JSON round trip would round: the bytes go out untouched, the text comes back whole.
    const id = '7205434215129743361'
    server.fake.route({
      method: 'POST',
      path: '/open-apis/x/v1/echo',
      handler: ({ request: req }) => req.text().then((text) => new Response(`{"code":0,"msg":"ok","data":{"got":${text}}}`, { headers: { 'content-type': 'application/json' } })),
    })
    let seen: LarkResponse | undefined
    const keep: Middleware = async (req, next) => (seen = await next(req))
    const ctx = server.context({ middleware: [keep] })
    const bytes = new TextEncoder().encode(`{"id":${id}}`)
    await request(ctx, { method: 'POST', path: '/open-apis/x/v1/echo', body: bytes }, { headers: { 'content-type': 'application/json' } })
    expect(seen?.text).toBe(`{"code":0,"msg":"ok","data":{"got":{"id":${id}}}}`)
    // The parsed body is what JSON.parse makes of it (rounded), which is why a proxy relays the text.
    expect(String((seen?.body as { data: { got: { id: number } } }).data.got.id)).not.toBe(id)
  })
})
