import { afterAll, describe, expect, it } from 'vitest'
import { decryptEvent, verifyCardSignature, verifySignature } from '../../src/events/index.ts'
import { listen } from '../../src/node/index.ts'
import { buildV1Event, buildV2Event, createCardCallback, createChallenge, createEventDelivery, pushEvent } from '../../src/testing/index.ts'

const url = 'http://127.0.0.1:9/hook'
const parts = async (r: Request) => ({
  timestamp: r.headers.get('x-lark-request-timestamp')!,
  nonce: r.headers.get('x-lark-request-nonce')!,
  body: new Uint8Array(await r.clone().arrayBuffer()),
})

describe('createEventDelivery', () => {
  it('sends compact JSON, encrypted with a fresh IV, signed over the exact bytes', async () => {
    const event = buildV2Event('im.message.receive_v1', { message: { text: 'a  b' } }, { token: 'vt' })
    const a = await createEventDelivery({ url, event, encryptKey: 'k' })
    const b = await createEventDelivery({ url, event, encryptKey: 'k' })
    const text = await a.clone().text()
    expect(text).toBe(JSON.stringify(JSON.parse(text)))
    expect(text).not.toBe(await b.clone().text())
    expect(a.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await verifySignature(await parts(a), a.headers.get('x-lark-signature')!, 'k')).toBe(true)
    const inner = await decryptEvent((JSON.parse(text) as { encrypt: string }).encrypt, 'k')
    expect(inner).toBe(JSON.stringify(event))
  })

  it('writes the verification token into the v2 header or the v1 envelope, and takes fixed headers', async () => {
    const v2 = await createEventDelivery({ url, event: buildV2Event('x', {}), verificationToken: 'vt', timestamp: 1700000000, nonce: 'n' })
    expect(JSON.parse(await v2.text())).toMatchObject({ header: { token: 'vt' } })
    expect(v2.headers.get('x-lark-request-timestamp')).toBe('1700000000')
    expect(v2.headers.get('x-lark-signature')).toBeNull()
    const v1 = await createEventDelivery({ url, event: buildV1Event('message', {}), verificationToken: 'vt' })
    expect(JSON.parse(await v1.text())).toMatchObject({ token: 'vt', type: 'event_callback', event: { type: 'message' } })
  })

  it('createCardCallback signs with SHA-1, createChallenge can leave the headers out', async () => {
    const card = await createCardCallback({ url, body: { action: { tag: 'button' } }, verificationToken: 'vt' })
    expect(await verifyCardSignature(await parts(card), card.headers.get('x-lark-signature')!, 'vt')).toBe(true)
    const bare = await createChallenge({ url, challenge: 'c', encryptKey: 'k', headers: false })
    expect(bare.headers.has('x-lark-signature')).toBe(false)
    expect(await decryptEvent((JSON.parse(await bare.text()) as { encrypt: string }).encrypt, 'k')).toContain('"challenge":"c"')
  })
})

/** Answers with the next status of `statuses`; 0 means a 200 that comes too late. */
const statuses: number[] = []
let served = 0
const server = await listen(async (r) => {
  await r.arrayBuffer()
  const status = statuses[served++] ?? 200
  if (status === 0) await new Promise((resolve) => setTimeout(resolve, 300))
  return new Response('{}', { status: status === 0 ? 200 : status })
})
afterAll(() => server.close())

describe('pushEvent', () => {

  it('re-pushes the same bytes on anything but 200, up to the retry count', async () => {
    statuses.splice(0, statuses.length, 500, 404, 200)
    served = 0
    const delivery = await createEventDelivery({ url: server.url, event: buildV2Event('x', {}), encryptKey: 'k' })
    const result = await pushEvent(server.url, delivery, { delays: [1, 1, 1, 1] })
    expect(result).toMatchObject({ delivered: true, attempts: [{ status: 500 }, { status: 404 }, { status: 200 }] })
    expect(await delivery.text()).toContain('encrypt')
  })

  it('counts a reply slower than the timeout as a failure, and gives up after the retries', async () => {
    statuses.splice(0, statuses.length, 0, 503, 503)
    served = 0
    const delivery = await createEventDelivery({ url: server.url, event: buildV2Event('x', {}) })
    const result = await pushEvent(server.url, delivery, { retries: 2, delays: 1, timeout: 100 })
    expect(result.delivered).toBe(false)
    expect(result.attempts.map((a) => a.status)).toEqual([0, 503, 503])
  })

  it('pushes to a handler function as well', async () => {
    const seen: string[] = []
    const result = await pushEvent(async (r) => (seen.push(await r.text()), new Response(null, { status: seen.length < 2 ? 500 : 200 })), await createEventDelivery({ url, event: { a: 1 } }), { delays: 1 })
    expect(result.attempts).toHaveLength(2)
    expect(seen[0]).toBe('{"a":1}')
    expect(seen[1]).toBe(seen[0])
  })
})
