/**
 * Reproducible malformed deliveries for the dispatcher fuzz test: a seeded PRNG mutates valid
 * encrypted and plain deliveries (bit flips, truncation, insertions, wrong types, huge strings,
 * nested garbage, bad base64, wrong keys, bad headers, types named like Object.prototype members).
 * Every case is malformed or of a type with no handler: none may reach a handler.
 */
import { cardSignature, encryptEvent, eventSignature } from '../../src/events/index.ts'
import { buildV1Event, buildV2Event } from '../../src/testing/index.ts'
import { ENCRYPT_KEY, VERIFICATION_TOKEN, messageEvent } from './helpers.ts'
import { prng } from '../prng.ts'

type Json = Record<string, unknown>

export interface FuzzCase {
  readonly kind: string
  readonly body: Uint8Array<ArrayBuffer>
  readonly headers: Record<string, string>
}

const enc = new TextEncoder()
const KEYS = ['schema', 'header', 'event', 'type', 'uuid', 'token', 'challenge', 'encrypt', 'event_type', 'event_id', 'ts']

export function fuzzer(seed: number, now: () => number) {
  const rand = prng(seed)
  const int = (n: number) => Math.floor(rand() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256))
  const junkString = (n: number) => Array.from({ length: n }, () => String.fromCharCode(int(0x2ff) + 1)).join('')

  /** A random JSON value, possibly nested deep; objects use envelope-like keys (never `action`). */
  function garbage(depth: number): unknown {
    const roll = int(depth > 5 ? 5 : 8)
    if (roll === 0) return null
    if (roll === 1) return rand() < 0.5
    if (roll === 2) return rand() * 1e12 - 5e11
    if (roll === 3) return junkString(int(20))
    if (roll === 4) return pick(['', 'url_verification', 'event_callback', '2.0', 'im.message.receive_v1'])
    if (roll === 5) return Array.from({ length: int(4) }, () => garbage(depth + 1))
    if (roll === 6) return Array.from({ length: 40 + int(200) }, () => []).reduce<unknown>((inner) => [inner], {})
    return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(KEYS), garbage(depth + 1)]))
  }

  /** A wrong-typed or broken replacement for an envelope field. */
  const wrong = (): unknown => pick([undefined, null, 0, -1, true, [], [1, 2], '', junkString(300), 'x'.repeat(5000), garbage(3)])

  const seeds = {
    v2: () => buildV2Event('im.message.receive_v1', messageEvent(), { token: VERIFICATION_TOKEN, createTime: now(), eventId: `e${int(1e9)}` }),
    v1: () => buildV1Event('message', { text: 'x' }, { token: VERIFICATION_TOKEN, createTime: now(), eventId: `u${int(1e9)}` }),
  }

  /** Breaks one required envelope field (or the token) so the delivery is invalid. */
  function breakEnvelope(): { kind: string; json: Json } {
    const v2 = rand() < 0.6
    const json = structuredClone(v2 ? seeds.v2() : seeds.v1()) as Json
    const header = json['header'] as Json | undefined
    const event = json['event'] as Json
    const targets = v2
      ? [
          () => (json['schema'] = pick([null, 2, [], {}, true])),
          () => (json['header'] = pick([null, 'h', [], 7])),
          () => (header!['event_type'] = pick([undefined, null, 3, '', [], {}, 'x'.repeat(200), 'constructor', '__proto__', '__defineGetter__'])),
          () => (header!['event_id'] = pick([undefined, null, 3, '', [], {}, 'e'.repeat(300)])),
          () => (header!['token'] = pick([undefined, null, 1, 'wrong-token', VERIFICATION_TOKEN + 'x', junkString(50)])),
          () => (json['event'] = pick([undefined, null, 'e', 5, [], [{}]])),
        ]
      : [
          () => (json['event'] = pick([undefined, null, 'e', 5, [], [{}]])),
          () => (event['type'] = pick([undefined, null, 5, '', [], {}, 't'.repeat(200)])),
          () => (json['uuid'] = pick([undefined, null, 5, '', [], 'u'.repeat(300)])),
          () => (json['token'] = pick([undefined, null, 5, 'wrong-token', junkString(30)])),
          () => (json['type'] = pick([undefined, null, 5, 'event', 'url_verification', 'EVENT_CALLBACK'])),
        ]
    const which = int(targets.length)
    targets[which]!()
    return { kind: `${v2 ? 'v2' : 'v1'}-field-${which}`, json: JSON.parse(JSON.stringify(json)) as Json }
  }

  async function signedHeaders(body: string, key = ENCRYPT_KEY): Promise<Record<string, string>> {
    const timestamp = String(Math.floor(now() / 1000))
    const nonce = junkString(4).replace(/[^\x20-\x7e]/g, 'n') || 'n'
    return { 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': nonce, 'x-lark-signature': await eventSignature({ timestamp, nonce, body }, key) }
  }

  // The IV comes from the seeded PRNG too, so every byte of every case is reproducible.
  const seal = (plain: string, key = ENCRYPT_KEY) => encryptEvent(plain, key, randomBytes(16))
  async function encrypted(plain: string, key = ENCRYPT_KEY): Promise<string> {
    return JSON.stringify({ encrypt: await seal(plain, key) })
  }

  function mutateBytes(bytes: Uint8Array<ArrayBuffer>): { kind: string; body: Uint8Array<ArrayBuffer> } {
    const out = new Uint8Array(bytes)
    const mode = int(4)
    if (mode === 0) {
      const flips = 1 + int(8)
      for (let i = 0; i < flips; i++) out[int(out.length)]! ^= 1 << int(8)
      // Flips that cancel out would give back the valid delivery: flip once more then.
      if (out.every((b, i) => b === bytes[i])) out[int(out.length)]! ^= 1 << int(8)
      return { kind: 'bit-flip', body: out }
    }
    if (mode === 1) return { kind: 'truncate', body: out.subarray(0, int(out.length)) }
    if (mode === 2) {
      const at = int(out.length)
      const junk = randomBytes(1 + int(16))
      return { kind: 'insert', body: new Uint8Array([...out.subarray(0, at), ...junk, ...out.subarray(at)]) }
    }
    const at = int(out.length)
    return { kind: 'duplicate-slice', body: new Uint8Array([...out, ...out.subarray(at)]) }
  }

  /** One malformed case. */
  async function next(): Promise<FuzzCase> {
    const roll = int(100)
    if (roll < 35) {
      // A valid signed delivery (encrypted, or plain and signed), then its bytes mutated.
      const plain = JSON.stringify(rand() < 0.5 ? seeds.v2() : seeds.v1())
      const body = rand() < 0.7 ? await encrypted(plain) : plain
      const mutated = mutateBytes(enc.encode(body))
      return { kind: mutated.kind, body: mutated.body, headers: await signedHeaders(body) }
    }
    if (roll < 65) {
      // A broken envelope, encrypted and signed correctly: it gets past crypto to the parser.
      const { kind, json } = breakEnvelope()
      const plain = JSON.stringify(json)
      const body = rand() < 0.7 ? await encrypted(plain) : plain
      return { kind, body: enc.encode(body), headers: await signedHeaders(body) }
    }
    if (roll < 75) {
      // Nested garbage, signed correctly.
      const plain = JSON.stringify(garbage(0)) ?? 'null'
      const body = rand() < 0.5 ? await encrypted(plain) : plain
      return { kind: 'garbage', body: enc.encode(body), headers: await signedHeaders(body) }
    }
    if (roll < 85) {
      // Crypto-level damage with a correct signature: bad base64, truncated ciphertext, wrong key, wrong type.
      const plain = JSON.stringify(seeds.v2())
      const blob = await seal(plain)
      const variants = [
        () => ({ encrypt: blob.slice(0, int(blob.length)) }),
        () => ({ encrypt: `${blob.slice(0, 10)}!*${blob.slice(12)}` }),
        () => ({ encrypt: junkString(40) }),
        () => ({ encrypt: pick([null, 1, [], {}, true]) }),
        () => ({ encrypt: blob.slice(0, 24) + blob.slice(44) }),
      ]
      const which = int(variants.length + 1)
      const body = which === variants.length ? await encrypted(plain, 'not-the-key') : JSON.stringify(variants[which]!())
      return { kind: `crypto-${which}`, body: enc.encode(body), headers: await signedHeaders(body) }
    }
    if (roll < 95) {
      // A valid body with broken headers.
      const body = await encrypted(JSON.stringify(seeds.v2()))
      const headers = await signedHeaders(body)
      const name = pick(Object.keys(headers))
      const change = int(5)
      if (change === 0) delete headers[name]
      else if (change === 1) headers[name] = junkString(12).replace(/[^\x20-\x7e]/g, 'z')
      else if (change === 2) headers[name] = 'h'.repeat(4000)
      else if (change === 3) headers['x-lark-request-timestamp'] = String(Math.floor(now() / 1000) - 9 * 3600)
      else headers['x-lark-signature'] = await cardSignature({ timestamp: '1', nonce: '2', body }, VERIFICATION_TOKEN)
      return { kind: `header-${change}`, body: enc.encode(body), headers }
    }
    // Not JSON, not UTF-8, not an object, empty, or a huge string.
    const raw = pick([
      () => enc.encode(junkString(int(200))),
      () => randomBytes(1 + int(300)),
      () => enc.encode(pick(['', '[]', '"s"', '42', 'null', 'true', '{"encrypt":', '{}'])),
      () => enc.encode(JSON.stringify({ encrypt: 'A'.repeat(int(4) === 0 ? 1_100_000 : 5000) })),
    ])()
    return { kind: 'raw', body: raw, headers: await signedHeaders('') }
  }

  /** One malformed plain, unsigned case, for a dispatcher with only a Verification Token. */
  async function nextPlain(): Promise<FuzzCase> {
    const roll = int(10)
    if (roll < 6) {
      const { kind, json } = breakEnvelope()
      return { kind: `plain-${kind}`, body: enc.encode(JSON.stringify(json)), headers: {} }
    }
    if (roll < 8) return { kind: 'plain-garbage', body: enc.encode(JSON.stringify(garbage(0)) ?? 'null'), headers: {} }
    const valid = enc.encode(JSON.stringify(rand() < 0.5 ? seeds.v2() : seeds.v1()))
    // Cut inside the JSON: never a whole object again.
    return { kind: 'plain-truncate', body: valid.subarray(0, int(valid.length - 1)), headers: {} }
  }

  return { next, nextPlain, rand, int }
}
