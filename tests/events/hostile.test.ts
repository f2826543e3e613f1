/**
 * Hostile webhook input, over real loopback HTTP where the answer is what matters: hanging stores
 * and handlers, malformed bodies, signature games, replays. Each `it` names its cases; the count of
 * cases is the number of hostile inputs asserted.
 */
import { connect } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import type { TokenStore } from '../../src/core/types.ts'
import { fromBase64, toBase64 } from '../../src/core/base64.ts'
import { concat } from '../../src/events/crypto.ts'
import { cardSignature, encryptEvent, eventSignature, type AtomicStore } from '../../src/events/index.ts'
import { buildV1Event, buildV2Event, createCardCallback, createChallenge, createEventDelivery, pushEvent } from '../../src/testing/index.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent, serveDispatcher } from './helpers.ts'

const open: Array<{ close(): Promise<void> }> = []
afterAll(() => Promise.all(open.map((s) => s.close())))

async function serve(options: Parameters<typeof serveDispatcher>[0] = {}) {
  const s = await serveDispatcher(options)
  open.push(s)
  return s
}

const never = () => new Promise<never>(() => {})
/** A Keyv-like store whose every call hangs forever. */
const hangingStore: TokenStore = { get: never, set: never, delete: never }
/** An atomic store whose every call hangs forever. */
const hangingAtomic: AtomicStore = { setIfAbsent: never, delete: never }

const v2 = (type = 'im.message.receive_v1', event: Record<string, unknown> = messageEvent(), eventId?: string) =>
  buildV2Event(type, event, { token: VERIFICATION_TOKEN, eventId })
const signed = (url: string, event: Record<string, unknown>, extra = {}) => createEventDelivery({ url, event, encryptKey: ENCRYPT_KEY, ...extra })

/** One push as the platform makes it: no answer within its 3 s deadline counts as status 0. */
async function platformPush(url: string, request: Request) {
  const { attempts } = await pushEvent(url, request, { retries: 0 })
  return attempts[0]!
}

describe('deadlines: one budget from arrival for app_ticket, claim and handler', () => {
  it('a Keyv store whose get/set never resolve, with a handler that never resolves: answered 200 within the platform deadline', async () => {
    const s = await serve({ store: hangingStore, ackAfter: 1000, handlers: { 'im.message.receive_v1': never } })
    const answer = await platformPush(s.url, await signed(s.url, v2()))
    expect(answer).toEqual({ status: 200, body: '{}' })
  })

  it('the same with the default budget', async () => {
    const s = await serve({ store: hangingStore, handlers: { 'im.message.receive_v1': never } })
    expect(await platformPush(s.url, await signed(s.url, v2()))).toEqual({ status: 200, body: '{}' })
  })

  it('an atomic store whose setIfAbsent never resolves: answered in time, and the handler still runs (at least once)', async () => {
    let ran = 0
    let background: Promise<unknown> | undefined
    const s = await serve({ store: hangingAtomic, ackAfter: 1000, handlers: { 'im.message.receive_v1': () => void ran++ } })
    const answer = await pushEvent((r) => s.dispatch(r, { waitUntil: (p) => (background = p) }), await signed(s.url, v2()), { retries: 0 })
    expect(answer.attempts).toEqual([{ status: 200, body: '{}' }])
    expect(background).toBeDefined()
    await background
    expect(ran).toBe(1)
    expect(s.logger.lines.some((l) => l.includes('de-dup store setIfAbsent failed'))).toBe(true)
  })

  it('an app_ticket whose token store never answers, with a handler that never resolves: answered in time', async () => {
    const { createContext } = await import('../../src/core/context.ts')
    const context = createContext({ appId: 'cli_hang', appSecret: 'x', tokenStore: hangingStore, logLevel: 'silent' })
    const s = await serve({ context, store: undefined, ackAfter: 1000, handlers: { app_ticket: never } })
    const ticket = buildV1Event('app_ticket', { app_id: 'cli_hang', app_ticket: 't-1' }, { token: VERIFICATION_TOKEN, appId: 'cli_hang' })
    expect(await platformPush(s.url, await signed(s.url, ticket))).toEqual({ status: 200, body: '{}' })
  })

  it('a card callback whose handler never resolves is answered {} in time, with a warning', async () => {
    const s = await serve({ ackAfter: 1000, handlers: { 'card.action.trigger': never } })
    const card = v2('card.action.trigger', { action: { tag: 'button', value: { k: 1 } }, token: 'c-upd' })
    expect(await platformPush(s.url, await signed(s.url, card))).toEqual({ status: 200, body: '{}' })
    expect(s.logger.lines.some((l) => l.startsWith('warn [larkfn] callback handler did not answer in time'))).toBe(true)
  })

  it('a card callback behind a hanging store with a hanging handler, default budget: answered {} in time', async () => {
    const s = await serve({ store: hangingStore, handlers: { 'card.action.trigger': never } })
    const card = v2('card.action.trigger', { action: { tag: 'button' } })
    expect(await platformPush(s.url, await signed(s.url, card))).toEqual({ status: 200, body: '{}' })
  })
})

const enc = new TextEncoder()

/** A body sent as the platform would, with a valid signature over exactly these bytes. */
async function signedRaw(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000))
  const nonce = `n-${Math.random().toString(36).slice(2)}`
  const bytes = typeof body === 'string' ? enc.encode(body) : body
  const signature = await eventSignature({ timestamp, nonce, body: bytes }, ENCRYPT_KEY)
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce, 'x-lark-signature': signature, ...headers },
    body: bytes,
  })
}

/** AES-256-CBC of raw bytes with the app's key: base64(IV ‖ ciphertext), for plaintexts that are not text. */
async function encryptBytes(plain: Uint8Array<ArrayBuffer>, iv = new Uint8Array(16).fill(7)) {
  const raw = await crypto.subtle.digest('SHA-256', enc.encode(ENCRYPT_KEY))
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt'])
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, plain))
  return toBase64(concat(iv, cipher))
}

/** A one-block blob whose decryption ends in the padding byte 0x11 (> 16): invalid PKCS#7. */
async function badPaddingBlob() {
  const blob = fromBase64(await encryptBytes(enc.encode('hello world')))!
  blob[15]! ^= 0x05 ^ 0x11
  return toBase64(blob)
}

async function answer(request: Request) {
  const res = await fetch(request)
  return { status: res.status, body: await res.text() }
}

describe('late failures', () => {
  it('a callback handler that rejects after the deadline: {} in time, the late error logged', async () => {
    let background: Promise<unknown> | undefined
    const s = await serve({
      ackAfter: 200,
      handlers: { 'card.action.trigger': () => new Promise((_, reject) => setTimeout(() => reject(new Error('late card bug')), 400)) },
    })
    const card = await signed(s.url, v2('card.action.trigger', { action: { tag: 'button' } }))
    const res = await s.dispatch(card, { waitUntil: (p) => (background = p) })
    expect([res.status, await res.text()]).toEqual([200, '{}'])
    await background
    expect(s.logger.lines.some((l) => l.startsWith('error [larkfn] event handler failed') && l.includes('late card bug'))).toBe(true)
  })
})

describe('malformed bodies: one generic answer, details to the logger only', () => {
  it('signed bodies that are malformed in 11 different ways all get the same 400 bad request', async () => {
    const s = await serve()
    const blob = await encryptEvent('{"schema":"2.0"}', ENCRYPT_KEY)
    const cases: Array<[string, string | Uint8Array<ArrayBuffer>]> = [
      ['outer body not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
      ['outer body not JSON', '{"encrypt":'],
      ['outer body a JSON array', '[1,2,3]'],
      ['encrypt not a string', '{"encrypt":42}'],
      ['garbage base64', '{"encrypt":"!!!!%%%%"}'],
      ['truncated base64', JSON.stringify({ encrypt: blob.slice(0, -7) })],
      ['too short for IV and a block', JSON.stringify({ encrypt: toBase64(new Uint8Array(16)) })],
      ['wrong padding', JSON.stringify({ encrypt: await badPaddingBlob() })],
      ['plaintext not UTF-8', JSON.stringify({ encrypt: await encryptBytes(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])) })],
      ['plaintext not JSON', JSON.stringify({ encrypt: await encryptEvent('{"schema": "2.0", oops', ENCRYPT_KEY) })],
      ['plaintext JSON but not a delivery', JSON.stringify({ encrypt: await encryptEvent('{"schema":"2.0","header":{}}', ENCRYPT_KEY) })],
    ]
    const answers = new Set<string>()
    for (const [, body] of cases) answers.add(JSON.stringify(await answer(await signedRaw(s.url, body))))
    expect([...answers]).toEqual([JSON.stringify({ status: 400, body: '{"msg":"bad request"}' })])
    // The logger still tells them apart.
    const logged = s.logger.lines.join('\n')
    for (const reason of ['body is not UTF-8', 'not base64', 'wrong key or corrupted data', 'plaintext is not UTF-8', 'decrypted body is not JSON', 'header.event_type']) {
      expect(logged).toContain(reason)
    }
    expect(s.calls).toHaveLength(0)
  })

  it('the signature is checked over the raw bytes before decryption: 3 forged bodies get 401 and are never decrypted', async () => {
    const s = await serve()
    const forged = async (body: string) => {
      const request = await signedRaw(s.url, body)
      const headers = new Headers(request.headers)
      headers.set('x-lark-signature', 'f'.repeat(64))
      return new Request(s.url, { method: 'POST', headers, body })
    }
    for (const body of [JSON.stringify({ encrypt: await badPaddingBlob() }), '{"encrypt":"!!!!"}', JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(v2()), ENCRYPT_KEY) })]) {
      expect(await answer(await forged(body))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    }
    const logged = s.logger.lines.join('\n')
    expect(logged).toContain('bad signature')
    expect(logged).not.toMatch(/cannot decrypt|not base64/)
    expect(s.calls).toHaveLength(0)
  })

  it('4 unsigned encrypted bodies (bad padding, bad base64, not JSON, a real event) get the same 401: no decryption oracle without a signature', async () => {
    const s = await serve()
    const unsigned = (body: string) => new Request(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const bodies = [
      JSON.stringify({ encrypt: await badPaddingBlob() }),
      '{"encrypt":"!!!!"}',
      JSON.stringify({ encrypt: await encryptEvent('not json', ENCRYPT_KEY) }),
      JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(v2()), ENCRYPT_KEY) }),
    ]
    for (const body of bodies) expect(await answer(unsigned(body))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    expect(s.calls).toHaveLength(0)
  })
})

describe('URL verification to a dispatcher with only an encrypt key', () => {
  it('refuses 3 plaintext checks that prove nothing (unsigned, any token, bad signature); answers signed and encrypted ones', async () => {
    const s = await serve({ verificationToken: undefined })
    const plain = (token: string) => new Request(s.url, { method: 'POST', body: JSON.stringify({ type: 'url_verification', challenge: 'c-x', token }) })
    expect(await answer(plain(''))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    expect(await answer(plain('anything'))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    const badSig = await signedRaw(s.url, JSON.stringify({ type: 'url_verification', challenge: 'c-x', token: '' }), { 'x-lark-signature': '0'.repeat(64) })
    expect(await answer(badSig)).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    // What the platform sends still works: signed plaintext, encrypted with or without headers.
    expect(await answer(await signedRaw(s.url, JSON.stringify({ type: 'url_verification', challenge: 'c-1', token: '' })))).toEqual({ status: 200, body: '{"challenge":"c-1"}' })
    for (const headers of [true, false]) {
      expect(await answer(await createChallenge({ url: s.url, challenge: 'c-2', encryptKey: ENCRYPT_KEY, headers }))).toEqual({ status: 200, body: '{"challenge":"c-2"}' })
    }
  })

  it('with a verification token as well, a plaintext check with the right token passes and a wrong one does not', async () => {
    const s = await serve()
    expect((await answer(await createChallenge({ url: s.url, challenge: 'c-3', verificationToken: VERIFICATION_TOKEN, headers: false }))).status).toBe(200)
    expect((await answer(await createChallenge({ url: s.url, challenge: 'c-3', verificationToken: 'nope', headers: false }))).status).toBe(401)
  })
})

describe('replayed and stale callbacks', () => {
  const cardBody = { open_id: 'ou_9', open_message_id: 'om_9', token: 'c-upd-9', action: { tag: 'button', value: { k: 'v' } } }

  async function serveCards(extra: Parameters<typeof serveDispatcher>[0] = {}) {
    const runs: string[] = []
    const s = await serve({
      handlers: {
        'card.action.trigger': (e) => {
          runs.push(`v2:${e.eventId}`)
          return { toast: { type: 'success', content: 'ok' } }
        },
        'card.action.trigger_v1': () => {
          runs.push('v1')
          return { elements: [] }
        },
      },
      ...extra,
    })
    return { ...s, runs }
  }

  it('a v2 card callback replayed 3 times (once at once, twice later) runs once; the replays get {}', async () => {
    const s = await serveCards()
    const request = await signed(s.url, v2('card.action.trigger', { action: { tag: 'button' } }, 'ev-card-1'))
    const first = await Promise.all([request.clone(), request.clone()].map(answer))
    expect(first.map((a) => a.body).sort()).toEqual(['{"toast":{"type":"success","content":"ok"}}', '{}'].sort())
    expect(await answer(request.clone())).toEqual({ status: 200, body: '{}' })
    expect(await answer(request)).toEqual({ status: 200, body: '{}' })
    expect(s.runs).toEqual(['v2:ev-card-1'])
  })

  it('an old card callback replayed, and replayed with its signature in upper case, runs once', async () => {
    const s = await serveCards()
    const request = await createCardCallback({ url: s.url, body: cardBody, verificationToken: VERIFICATION_TOKEN })
    expect((await answer(request.clone())).body).toBe('{"elements":[]}')
    expect(await answer(request.clone())).toEqual({ status: 200, body: '{}' })
    const headers = new Headers(request.headers)
    headers.set('x-lark-signature', headers.get('x-lark-signature')!.toUpperCase())
    expect(await answer(new Request(s.url, { method: 'POST', headers, body: await request.text() }))).toEqual({ status: 200, body: '{}' })
    expect(s.runs).toEqual(['v1'])
  })

  it('two dispatchers sharing one store: a callback replayed to the other instance runs once', async () => {
    const { createMemoryStore } = await import('../../src/core/token/memory-store.ts')
    const store = createMemoryStore()
    const a = await serveCards({ store, settle: 0 })
    const b = await serveCards({ store, settle: 0 })
    const request = await signed(a.url, v2('card.action.trigger', { action: { tag: 'button' } }, 'ev-card-2'))
    await answer(request.clone())
    expect(await answer(new Request(b.url, { method: 'POST', headers: request.headers, body: await request.text() }))).toEqual({ status: 200, body: '{}' })
    expect([...a.runs, ...b.runs]).toEqual(['v2:ev-card-2'])
  })

  it('a dispatcher without keys still de-duplicates an old card callback by token, timestamp and nonce', async () => {
    const s = await serveCards({ encryptKey: undefined, verificationToken: undefined })
    const request = await createCardCallback({ url: s.url, body: cardBody, verificationToken: 'unused' })
    const headers = new Headers(request.headers)
    headers.delete('x-lark-signature')
    const body = await request.text()
    const send = (h: Headers) => answer(new Request(s.url, { method: 'POST', headers: h, body }))
    expect((await send(headers)).body).toBe('{"elements":[]}')
    expect(await send(headers)).toEqual({ status: 200, body: '{}' })
    // Another nonce is another callback.
    const other = new Headers(headers)
    other.set('x-lark-request-nonce', 'another-nonce')
    expect((await send(other)).body).toBe('{"elements":[]}')
    expect(s.runs).toEqual(['v1', 'v1'])
  })

  it('2 stale callbacks (v2 and old card, 10 minutes old) are refused; an event that old is still taken', async () => {
    const s = await serveCards()
    const old = Math.floor(Date.now() / 1000) - 600
    const v2Card = await signed(s.url, v2('card.action.trigger', { action: { tag: 'button' } }), { timestamp: old })
    expect(await answer(v2Card)).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    const v1Card = await createCardCallback({ url: s.url, body: cardBody, verificationToken: VERIFICATION_TOKEN, timestamp: old })
    expect(await answer(v1Card)).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    expect(s.runs).toEqual([])
    const t = await serve()
    expect((await answer(await signed(t.url, v2(), { timestamp: old }))).status).toBe(200)
    expect(t.calls).toHaveLength(1)
  })
})

/** Sends a request head and part of a chunked body over a raw socket, never finishing it; the status of the answer, or 0 when none came within `wait` ms. */
function stalledUpload(url: string, firstChunk: string, wait: number): Promise<number> {
  const { hostname, port, pathname } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    const timer = setTimeout(() => finish(0), wait)
    let seen = ''
    const finish = (status: number) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(status)
    }
    socket.on('error', () => finish(0))
    socket.on('data', (data) => {
      seen += data.toString('latin1')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(seen)
      if (match) finish(Number(match[1]))
    })
    socket.write(`POST ${pathname} HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`)
    socket.write(`${firstChunk.length.toString(16)}\r\n${firstChunk}\r\n`)
  })
}

describe('slow and huge bodies', () => {
  it('a body that starts and never ends is answered 408, whatever ackAfter (2500, 0, Infinity)', async () => {
    for (const ackAfter of [2500, 0, Infinity]) {
      const s = await serve({ ackAfter })
      // The read gives up 3 s after arrival; 8 s is a generous bound for the answer to be there.
      expect(await stalledUpload(s.url, '{"encrypt":"', 8000)).toBe(408)
      expect(s.calls).toHaveLength(0)
    }
  }, 30_000)

  it('ackAfter 0 still reads a whole body that arrives in pieces, and acknowledges at once', async () => {
    const s = await serve({ ackAfter: 0 })
    const request = await signed(s.url, v2())
    const bytes = new Uint8Array(await request.clone().arrayBuffer())
    let at = 0
    const trickle = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (at >= bytes.length) return c.close()
        await new Promise((r) => setTimeout(r, 5))
        c.enqueue(bytes.slice(at, at + 40))
        at += 40
      },
    })
    const res = await fetch(s.url, { method: 'POST', headers: request.headers, body: trickle, duplex: 'half' } as RequestInit)
    expect([res.status, await res.text()]).toEqual([200, '{}'])
    await expect.poll(() => s.calls.length).toBe(1)
  })

  it('3 oversized bodies over real HTTP (4 MiB chunked without a length, 100 KiB with its length, 10 GiB declared and never sent) get 413; the server still answers after', async () => {
    const s = await serve({ maxBodySize: 64 * 1024 })
    let sent = 0
    const chunked = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 4 * 1024 * 1024) return c.close()
        sent += 64 * 1024
        c.enqueue(new Uint8Array(64 * 1024).fill(0x20))
      },
    })
    const res = await fetch(s.url, { method: 'POST', body: chunked, duplex: 'half' } as RequestInit)
    expect([res.status, await res.text()]).toEqual([413, '{"msg":"body too large"}'])
    expect(await answer(new Request(s.url, { method: 'POST', body: `{"encrypt":"${'A'.repeat(100 * 1024)}"}` }))).toEqual({ status: 413, body: '{"msg":"body too large"}' })
    expect(await stalledUploadDeclared(s.url, 10 * 1024 * 1024 * 1024)).toBe(413)
    expect((await answer(await signed(s.url, v2()))).status).toBe(200)
    expect(s.calls).toHaveLength(1)
  })
})

/** A request head declaring `length` bytes, with none sent: the answer's status, or 0. */
function stalledUploadDeclared(url: string, length: number): Promise<number> {
  const { hostname, port, pathname } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    const timer = setTimeout(() => finish(0), 3000)
    let seen = ''
    const finish = (status: number) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(status)
    }
    socket.on('error', () => finish(0))
    socket.on('data', (data) => {
      seen += data.toString('latin1')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(seen)
      if (match) finish(Number(match[1]))
    })
    socket.write(`POST ${pathname} HTTP/1.1\r\nhost: ${hostname}\r\ncontent-length: ${length}\r\n\r\n`)
  })
}

describe('JSON bombs and envelope games', () => {
  it('6 hostile JSON shapes, unsigned to a token-only dispatcher: 400, no handler, no crash', async () => {
    const s = await serve({ encryptKey: undefined })
    const deep = '['.repeat(400_000) + ']'.repeat(400_000)
    const deepObject = '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000)
    const wide = `{${Array.from({ length: 60_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`
    const bodies = [
      deep,
      deepObject,
      wide,
      '{"__proto__":{"type":"url_verification","challenge":"x"}}',
      JSON.stringify({ schema: '2.0', header: JSON.parse('{"__proto__":{"event_type":"im.message.receive_v1","event_id":"e"}}'), event: {} }),
    ]
    for (const [i, body] of bodies.entries()) expect(await answer(new Request(s.url, { method: 'POST', body })), String(i)).toEqual({ status: 400, body: '{"msg":"bad request"}' })
    // A UTF-8 BOM is dropped by the decoder: the check is then judged on its token (none here).
    expect(await answer(new Request(s.url, { method: 'POST', body: '\uFEFF{"type":"url_verification","challenge":"bom"}' }))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    expect(s.calls).toHaveLength(0)
    expect(({} as Record<string, unknown>)['type']).toBeUndefined()
  })

  it('a valid event with a field nested 1,000 deep, signed and encrypted: 400, the handler never sees it', async () => {
    const s = await serve()
    let nested: unknown = 'bottom'
    for (let i = 0; i < 1_000; i++) nested = [nested]
    const event = v2('im.message.receive_v1', { ...messageEvent(), extra: nested })
    expect(await answer(await signed(s.url, event))).toEqual({ status: 400, body: '{"msg":"bad request"}' })
    // 100 levels (the bound) still pass.
    nested = 'bottom'
    for (let i = 0; i < 90; i++) nested = [nested]
    expect((await answer(await signed(s.url, v2('im.message.receive_v1', { ...messageEvent(), extra: nested })))).status).toBe(200)
    expect(s.calls).toHaveLength(1)
  })

  it('5 bad UTF-8 byte sequences (lone continuation, overlong, surrogate half, truncated, 0xFF) in a signed body: 400', async () => {
    const s = await serve()
    const wrap = (bad: number[]) => new Uint8Array([...enc.encode('{"x":"'), ...bad, ...enc.encode('"}')])
    for (const bad of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0xff]]) {
      expect(await answer(await signedRaw(s.url, wrap(bad)))).toEqual({ status: 400, body: '{"msg":"bad request"}' })
    }
  })

  it('6 malformed envelopes, signed and encrypted (long type, long id, id not a string, event an array, challenge too long, challenge a number): 400', async () => {
    const s = await serve()
    const bodies = [
      v2('x'.repeat(129)),
      buildV2Event('im.message.receive_v1', messageEvent(), { token: VERIFICATION_TOKEN, eventId: 'e'.repeat(257) }),
      { ...v2(), header: { ...(v2()['header'] as object), event_id: 42 } },
      { ...v2(), event: [1, 2] },
      { type: 'url_verification', challenge: 'c'.repeat(1025), token: VERIFICATION_TOKEN },
      { type: 'url_verification', challenge: 7, token: VERIFICATION_TOKEN },
    ]
    for (const body of bodies) expect(await answer(await signed(s.url, body))).toEqual({ status: 400, body: '{"msg":"bad request"}' })
    expect(s.calls).toHaveLength(0)
  })
})

describe('tokens, timestamps, signatures, headers', () => {
  it('7 wrong verification tokens in a validly signed event (wrong, empty, missing, number, array, prefix, longer): 401', async () => {
    const s = await serve()
    const withToken = (token: unknown) => {
      const event = v2()
      const header = { ...(event['header'] as Record<string, unknown>) }
      if (token === undefined) delete header['token']
      else header['token'] = token
      return { ...event, header }
    }
    for (const token of ['nope', '', undefined, 42, [VERIFICATION_TOKEN], VERIFICATION_TOKEN.slice(0, -1), `${VERIFICATION_TOKEN}x`]) {
      expect(await answer(await signed(s.url, withToken(token)))).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    }
    expect(s.calls).toHaveLength(0)
  })

  it('7 bad timestamps, each validly signed: stale (9 h), future (10 min), not digits, empty, negative, exponent, 17 digits', async () => {
    const s = await serve()
    const now = Math.floor(Date.now() / 1000)
    const cases: Array<[string, number]> = [
      [String(now - 9 * 3600), 401],
      [String(now + 600), 401],
      ['yesterday', 400],
      ['', 400],
      ['-1', 400],
      ['1.7e9', 400],
      ['1'.repeat(17), 400],
    ]
    for (const [timestamp, status] of cases) {
      expect((await answer(await signed(s.url, v2(), { timestamp }))).status, timestamp).toBe(status)
    }
    expect(s.calls).toHaveLength(0)
  })

  it('8 signature games on a real delivery: each refused 401 and never run', async () => {
    const s = await serve()
    const good = await signed(s.url, v2())
    const body = await good.clone().text()
    const sig = good.headers.get('x-lark-signature')!
    const variant = (change: (h: Headers) => void, text = body) => {
      const headers = new Headers(good.headers)
      change(headers)
      return new Request(s.url, { method: 'POST', headers, body: text })
    }
    const sha1WithToken = await cardSignature({ timestamp: good.headers.get('x-lark-request-timestamp')!, nonce: good.headers.get('x-lark-request-nonce')!, body }, VERIFICATION_TOKEN)
    const games = [
      variant((h) => h.set('x-lark-signature', '')),
      variant((h) => h.set('x-lark-signature', sig.slice(0, -1))),
      variant((h) => h.set('x-lark-signature', `${sig.slice(0, 32)} ${sig.slice(32)}`)),
      variant((h) => h.append('x-lark-signature', sig)), // two values: "sig, sig"
      variant((h) => h.set('x-lark-request-nonce', 'other-nonce')),
      variant((h) => h.set('x-lark-request-timestamp', String(Number(h.get('x-lark-request-timestamp')) + 1))),
      variant(() => {}, `${body}\n`),
      // Knowing the Verification Token alone (the old card SHA-1) does not sign an event.
      variant((h) => h.set('x-lark-signature', sha1WithToken)),
    ]
    for (const request of games) expect(await answer(request)).toEqual({ status: 401, body: '{"msg":"unauthorized"}' })
    expect(s.calls).toHaveLength(0)
    // The untouched delivery still goes through.
    expect((await answer(good)).status).toBe(200)
  })

  it('3 header spellings still verify (upper-case names, mixed-case names, upper-case hex)', async () => {
    const s = await serve()
    for (const transform of [(n: string) => n.toUpperCase(), (n: string) => n.replace(/(^|-)(\w)/g, (m) => m.toUpperCase()), (n: string) => n]) {
      const good = await signed(s.url, v2())
      const headers: Record<string, string> = {}
      good.headers.forEach((value, name) => {
        headers[transform(name)] = name === 'x-lark-signature' && transform(name) === name ? value.toUpperCase() : value
      })
      expect(await answer(new Request(s.url, { method: 'POST', headers, body: await good.text() }))).toEqual({ status: 200, body: '{}' })
    }
    expect(s.calls).toHaveLength(3)
  })

  it('an event replayed 4 times (2 at once, then with the signature upper-cased, then after the handler ran) runs once', async () => {
    const s = await serve()
    const request = await signed(s.url, v2('im.message.receive_v1', messageEvent(), 'ev-replay'))
    const body = await request.clone().text()
    await Promise.all([answer(request.clone()), answer(request.clone())])
    const headers = new Headers(request.headers)
    headers.set('x-lark-signature', headers.get('x-lark-signature')!.toUpperCase())
    expect(await answer(new Request(s.url, { method: 'POST', headers, body }))).toEqual({ status: 200, body: '{}' })
    expect(await answer(request)).toEqual({ status: 200, body: '{}' })
    expect(s.calls.map((c) => c.eventId)).toEqual(['ev-replay'])
  })

  it('4 other methods get 405 and run nothing', async () => {
    const s = await serve()
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) expect((await fetch(s.url, { method })).status).toBe(405)
    expect(s.calls).toHaveLength(0)
  })
})
