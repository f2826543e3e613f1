import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { buildV1Event, buildV2Event, createChallenge, createEventDelivery } from '../../src/testing/index.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent, post, serveDispatcher } from './helpers.ts'

const server = await serveDispatcher()
const { url, calls, logger } = server
afterAll(() => server.close())
beforeEach(() => {
  calls.length = 0
  logger.lines.length = 0
})

const v2 = (type = 'im.message.receive_v1', event = messageEvent(), extra = {}) =>
  buildV2Event(type, event, { token: VERIFICATION_TOKEN, ...extra })
const signed = (event: Record<string, unknown>, extra = {}) => createEventDelivery({ url, event, encryptKey: ENCRYPT_KEY, ...extra })

describe('URL verification', () => {
  it('answers a plain check with its challenge', async () => {
    const res = await post(await createChallenge({ url, challenge: 'ajls384kdjx98XX', verificationToken: VERIFICATION_TOKEN }))
    expect(res).toEqual({ status: 200, body: { challenge: 'ajls384kdjx98XX' } })
  })

  it('answers an encrypted check with or without signature headers', async () => {
    for (const headers of [true, false]) {
      const req = await createChallenge({ url, challenge: 'c-1', verificationToken: VERIFICATION_TOKEN, encryptKey: ENCRYPT_KEY, headers })
      expect(await post(req)).toEqual({ status: 200, body: { challenge: 'c-1' } })
    }
  })

  it('refuses a check with the wrong verification token or encrypted with another key', async () => {
    expect((await post(await createChallenge({ url, verificationToken: 'other' }))).status).toBe(401)
    // Signed with the other key too: refused on the signature, before any decryption.
    const wrongKey = await createChallenge({ url, verificationToken: VERIFICATION_TOKEN, encryptKey: 'another key' })
    expect(await post(wrongKey)).toEqual({ status: 401, body: { msg: 'unauthorized' } })
    const wrongKeyUnsigned = await createChallenge({ url, verificationToken: VERIFICATION_TOKEN, encryptKey: 'another key', headers: false })
    expect(await post(wrongKeyUnsigned)).toEqual({ status: 401, body: { msg: 'unauthorized' } })
  })
})

describe('events', () => {
  it('decrypts and verifies a v2 event and hands the handler the flattened shape', async () => {
    const event = v2('im.message.receive_v1', messageEvent('hello'), { eventId: 'ev-1', createTime: Date.now() - 1000 })
    const res = await post(await signed(event))
    expect(res).toEqual({ status: 200, body: {} })
    expect(calls).toHaveLength(1)
    const [call] = calls
    expect(call).toEqual({
      type: 'im.message.receive_v1',
      schema: '2.0',
      eventId: 'ev-1',
      appId: (event['header'] as Record<string, string>)['app_id'],
      tenantKey: (event['header'] as Record<string, string>)['tenant_key'],
      createTime: Number((event['header'] as Record<string, string>)['create_time']),
      event: messageEvent('hello'),
    })
    expect(JSON.stringify(call)).not.toContain(VERIFICATION_TOKEN)
  })

  it('takes a v1 event, plain or encrypted', async () => {
    const v1 = buildV1Event('message', { text: 'legacy' }, { token: VERIFICATION_TOKEN, eventId: 'u-1', createTime: 1_700_000_000_500 })
    const dispatch = await serveDispatcher({ encryptKey: undefined, now: () => 1_700_000_001_000 })
    expect((await post(await createEventDelivery({ url: dispatch.url, event: v1, timestamp: 1_700_000_001 }))).status).toBe(200)
    expect(dispatch.calls[0]).toMatchObject({ type: 'message', schema: '1.0', eventId: 'u-1', createTime: 1_700_000_000_500 })
    expect(dispatch.calls[0]?.event).toMatchObject({ type: 'message', text: 'legacy' })
    await dispatch.close()
    expect((await post(await signed(buildV1Event('message', {}, { token: VERIFICATION_TOKEN }))))).toEqual({ status: 200, body: {} })
    expect(calls).toHaveLength(1)
  })

  it('acknowledges a type with no handler without calling anything', async () => {
    const res = await post(await signed(v2('drive.file.deleted_v1', { file_token: 'x' })))
    expect(res).toEqual({ status: 200, body: {} })
    expect(calls).toHaveLength(0)
    expect(logger.lines.some((l) => l.includes('no handler for this event type'))).toBe(true)
  })

  it('finds no handler for types named like Object.prototype members', async () => {
    for (const type of ['constructor', '__proto__', 'toString', '__defineGetter__', 'hasOwnProperty']) {
      expect(await post(await signed(v2(type, {})))).toEqual({ status: 200, body: {} })
    }
    expect(calls).toHaveLength(0)
  })

  it('refuses an event whose type is missing or not a string', async () => {
    for (const eventType of [undefined, 42, '', null]) {
      const event = v2()
      ;(event['header'] as Record<string, unknown>)['event_type'] = eventType
      const res = await post(await signed(event))
      expect(res).toEqual({ status: 400, body: { msg: 'bad request' } })
    }
    expect(calls).toHaveLength(0)
    expect(logger.lines.filter((l) => l.includes('header.event_type is missing or not a string'))).toHaveLength(4)
  })
})

describe('authentication', () => {
  it('refuses missing signature headers, a bad signature and a tampered body', async () => {
    const good = await signed(v2())
    const noSig = new Request(good.url, { method: 'POST', body: await good.clone().text() })
    expect(await post(noSig)).toEqual({ status: 401, body: { msg: 'unauthorized' } })
    const headers = new Headers(good.headers)
    headers.set('x-lark-signature', '0'.repeat(64))
    expect((await post(new Request(good.url, { method: 'POST', headers, body: await good.clone().text() }))).status).toBe(401)
    // Whitespace after the JSON: still decrypts and parses, but the signed bytes changed.
    const tampered = `${await good.clone().text()} `
    expect((await post(new Request(good.url, { method: 'POST', headers: good.headers, body: tampered }))).status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('refuses a wrong verification token in v2 and v1 envelopes', async () => {
    expect(await post(await signed(buildV2Event('im.message.receive_v1', messageEvent(), { token: 'nope' })))).toEqual({
      status: 401,
      body: { msg: 'unauthorized' },
    })
    expect(logger.lines.some((l) => l.includes('bad verification token'))).toBe(true)
    expect((await post(await signed(buildV1Event('message', {}, { token: 'nope' })))).status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('refuses an encrypted body when no encrypt key is configured', async () => {
    const plainOnly = await serveDispatcher({ encryptKey: undefined })
    const res = await post(await createEventDelivery({ url: plainOnly.url, event: v2(), encryptKey: ENCRYPT_KEY }))
    expect(res.status).toBe(400)
    expect(plainOnly.calls).toHaveLength(0)
    await plainOnly.close()
  })
})

describe('replay window', () => {
  const now = 1_800_000_000_000
  const at = (offsetMs: number) => String(Math.floor((now + offsetMs) / 1000))

  it('accepts timestamps up to 8 hours old, refuses older ones and ones far in the future', async () => {
    const s = await serveDispatcher({ now: () => now })
    const send = async (ts: string) => (await post(await createEventDelivery({ url: s.url, event: v2(), encryptKey: ENCRYPT_KEY, timestamp: ts }))).status
    expect(await send(at(-7.9 * 3_600_000))).toBe(200)
    expect(await send(at(-8.1 * 3_600_000))).toBe(401)
    expect(await send(at(4 * 60_000))).toBe(200)
    expect(await send(at(10 * 60_000))).toBe(401)
    expect(await send('yesterday')).toBe(400)
    expect(s.calls).toHaveLength(2)
    await s.close()
  })

  it('honours a configured window, and uses the event time when there is no header', async () => {
    const s = await serveDispatcher({ encryptKey: undefined, now: () => now, maxAge: 60_000 })
    const plain = (createTime: number) => new Request(s.url, { method: 'POST', body: JSON.stringify(v2(undefined, undefined, { createTime })) })
    expect((await post(plain(now - 30_000))).status).toBe(200)
    expect((await post(plain(now - 90_000))).status).toBe(401)
    await s.close()
  })
})

describe('secrets', () => {
  it('never puts the encrypt key or the verification token in responses or logs', async () => {
    const bodies: string[] = []
    for (const req of [await signed(v2()), await signed(v2(), { encryptKey: 'wrong' }), await createChallenge({ url, verificationToken: 'bad' })]) {
      bodies.push(await (await fetch(req)).text())
    }
    const everything = [...bodies, ...logger.lines].join('\n')
    expect(everything).not.toContain(ENCRYPT_KEY)
    expect(everything).not.toContain(VERIFICATION_TOKEN)
  })
})
