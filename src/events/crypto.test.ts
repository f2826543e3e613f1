import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from '../core/base64.ts'
import { decryptEvent, encryptEvent, importEventKey, safeEqual } from './crypto.ts'
import { cardSignature, eventSignature, verifyCardSignature, verifySignature } from './signature.ts'

// Vectors from the platform's documented encryption and signature examples (reproduced against node-sdk 1.74.0).
const BLOB = 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk='
const SIGNED = { timestamp: '1700000000', nonce: 'n0nce', body: `{"encrypt":"${BLOB}"}` }
const EVENT_SIGNATURE = 'bed8fdd3e4bbc581364c140b572ec676edff3db612d57bbc07a24d062c40ddf3'
const CARD = { timestamp: '1700000000', nonce: 'n0nce', body: '{"open_id":"ou_1","token":"c-1","action":{"tag":"button","value":{"k":"v"}}}' }
const CARD_SIGNATURE = 'b7648b84f2d8cb2faed607070c6039f6822ed711'

describe('decryptEvent', () => {
  it('decrypts the §6.3 vector', async () => {
    expect(await decryptEvent(BLOB, 'test key')).toBe('hello world')
    expect(await decryptEvent(BLOB, await importEventKey('test key'))).toBe('hello world')
  })

  it('round-trips with encryptEvent, with a fresh IV each time', async () => {
    const a = await encryptEvent('{"x":"é中"}', 'k')
    const b = await encryptEvent('{"x":"é中"}', 'k')
    expect(a).not.toBe(b)
    expect(await decryptEvent(a, 'k')).toBe('{"x":"é中"}')
  })

  it.each([
    ['not base64', '!!!!'],
    ['too short', toBase64(new Uint8Array(16))],
    ['not whole blocks', toBase64(new Uint8Array(40))],
    ['empty', ''],
  ])('refuses %s without leaking the key', async (_, blob) => {
    await expect(decryptEvent(blob, 'test key')).rejects.toThrow(/^cannot decrypt: /)
  })

  it('refuses a wrong key and a flipped byte with a message free of secrets', async () => {
    const error = await decryptEvent(BLOB, 'other key').catch((e: Error) => e)
    expect(String(error)).toMatch(/cannot decrypt/)
    expect(String(error)).not.toMatch(/other key|test key/)
    const bytes = fromBase64(BLOB)!
    bytes[bytes.length - 1]! ^= 0x01
    await expect(decryptEvent(toBase64(bytes), 'test key')).rejects.toThrow(/cannot decrypt/)
  })
})

describe('signatures', () => {
  it('computes and accepts the §6.4 event vector', async () => {
    expect(await eventSignature(SIGNED, 'test key')).toBe(EVENT_SIGNATURE)
    expect(await verifySignature(SIGNED, EVENT_SIGNATURE, 'test key')).toBe(true)
    expect(await verifySignature(SIGNED, EVENT_SIGNATURE.toUpperCase(), 'test key')).toBe(true)
    expect(await verifySignature({ ...SIGNED, body: new TextEncoder().encode(SIGNED.body) }, EVENT_SIGNATURE, 'test key')).toBe(true)
  })

  it('refuses a changed byte, header or key', async () => {
    expect(await verifySignature({ ...SIGNED, body: `${SIGNED.body} ` }, EVENT_SIGNATURE, 'test key')).toBe(false)
    expect(await verifySignature({ ...SIGNED, nonce: 'n0ncf' }, EVENT_SIGNATURE, 'test key')).toBe(false)
    expect(await verifySignature(SIGNED, EVENT_SIGNATURE, 'test kez')).toBe(false)
    expect(await verifySignature(SIGNED, EVENT_SIGNATURE.slice(1), 'test key')).toBe(false)
  })

  it('computes and accepts the §6.7 SHA-1 card vector', async () => {
    expect(await cardSignature(CARD, 'vtoken')).toBe(CARD_SIGNATURE)
    expect(await verifyCardSignature(CARD, CARD_SIGNATURE, 'vtoken')).toBe(true)
    expect(await verifyCardSignature(CARD, CARD_SIGNATURE, 'vtokem')).toBe(false)
  })
})

describe('safeEqual', () => {
  it('compares whole strings of any length', () => {
    expect(safeEqual('abc', 'abc')).toBe(true)
    expect(safeEqual('abc', 'abd')).toBe(false)
    expect(safeEqual('abc', 'abcd')).toBe(false)
    expect(safeEqual('', '')).toBe(true)
    expect(safeEqual('a\u0000', 'a')).toBe(false)
  })
})
