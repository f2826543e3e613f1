/**
 * One delivery, end to end: read → signature over the raw bytes → parse → decrypt → classify →
 * URL check → authenticate → replay window → run (built-in app_ticket, de-dup, handler) → reply.
 * A body that fails its signature is never parsed nor decrypted. Every refusal is one generic
 * answer per status (400 `bad request`, 401 `unauthorized`, …); the reason goes to the logger only.
 *
 * @module
 */
import { deadline } from '../core/abort.ts'
import { parseJsonWithin as parseJson } from '../core/json.ts'
import { log } from '../core/log.ts'
import { readBody } from '../core/read-body.ts'
import { CALLBACK_TYPES } from './callbacks.ts'
import { decryptEvent, safeEqual, sha256Hex, utf8 } from './crypto.ts'
import { type Delivery, type EventDelivery, parseDelivery } from './parse.ts'
import { json, refuse } from './reply.ts'
import { run, type Settings } from './run.ts'
import { verifyCardSignature, verifySignature } from './signature.ts'
import type { DispatchExtras } from './types.ts'

/** Timestamps this far in the future are accepted (clock skew between the platform and us). */
export const FUTURE_SKEW_MS = 5 * 60_000

/**
 * Oldest accepted callback: the platform waits 3 s for a callback's answer and never re-pushes it,
 * so only clock skew makes one older; `maxAge` still applies when it is shorter.
 */
export const CALLBACK_MAX_AGE_MS = 5 * 60_000

/** A body not received this long after the request arrived is given up on (408). */
const BODY_TIMEOUT_MS = 3000

const utf8Fatal = /*#__PURE__*/ new TextDecoder('utf-8', { fatal: true })

/** A refusal, logged at info (refusals can be many under attack): the reason, never a secret. */
function no(s: Settings, status: number, reason: string): Response {
  log(s.log, 'info', 'event request refused', { status, reason })
  return refuse(status)
}


/** `X-Lark-Request-Timestamp` in epoch ms (seconds on the wire; a 13-digit value is read as ms). */
function headerTime(value: string): number | undefined {
  if (!/^\d{1,16}$/.test(value)) return undefined
  const n = Number(value)
  return n > 1e11 ? n : n * 1000
}

/**
 * What the signature headers proved about the raw bytes: `event` (SHA-256 with the Encrypt Key),
 * `card` (the old card callback's SHA-1 with the Verification Token), or nothing (`unsigned`: no
 * headers, or a token-only dispatcher whose check comes after parsing).
 */
type Proof = 'event' | 'card' | 'unsigned'

interface Signed {
  readonly timestamp: string
  readonly nonce: string
  readonly signature: string
  readonly body: Uint8Array
}

function signedParts(request: Request, body: Uint8Array): Signed | undefined {
  const timestamp = request.headers.get('x-lark-request-timestamp')
  const nonce = request.headers.get('x-lark-request-nonce')
  const signature = request.headers.get('x-lark-signature')
  return timestamp !== null && nonce !== null && signature !== null ? { timestamp, nonce, signature, body } : undefined
}

/** Checks the signature over the raw bytes, before anything reads them; a refusal when it fails. */
async function prove(s: Settings, parts: Signed | undefined): Promise<Proof | Response> {
  if (parts === undefined) return 'unsigned'
  if (s.encryptKey !== undefined && (await verifySignature(parts, parts.signature, s.encryptKey))) return 'event'
  if (s.verificationToken !== undefined && (await verifyCardSignature(parts, parts.signature, s.verificationToken))) return 'card'
  return s.encryptKey !== undefined ? no(s, 401, 'bad signature') : 'unsigned'
}

/** Decrypts `{"encrypt": …}` bodies; passes plain ones through. Returns the payload or a refusal. */
async function open(s: Settings, outer: Record<string, unknown>, parts: Signed | undefined, proof: Proof): Promise<{ payload: unknown; encrypted: boolean } | Response> {
  if (!('encrypt' in outer)) return { payload: outer, encrypted: false }
  if (typeof outer['encrypt'] !== 'string') return no(s, 400, 'encrypt is not a string')
  if (s.key === undefined) return no(s, 400, 'encrypted body but no encrypt key is configured')
  // Signed, but not with the Encrypt Key: never decrypt it.
  if (parts !== undefined && proof !== 'event') return no(s, 401, 'encrypted body without a valid event signature')
  // Unsigned, only a URL check may pass: every other outcome, a failed decryption included, is the
  // same 401, so an unsigned body cannot probe the decryption (padding, UTF-8, JSON).
  const status = parts === undefined ? 401 : 400
  let plain: string
  try {
    plain = await decryptEvent(outer['encrypt'], await s.key)
  } catch (error) {
    return no(s, status, (error as Error).message)
  }
  const payload = parseJson(plain)
  if (payload === undefined) return no(s, status, 'decrypted body is not JSON (or nests too deep)')
  return { payload, encrypted: true }
}

/** Signature proof and Verification Token checks; `undefined` when the delivery may go on. */
function authenticate(s: Settings, d: EventDelivery, encrypted: boolean, proof: Proof): Response | undefined {
  if (d.kind === 'card_v1' && !encrypted) {
    // The old card callback: SHA-1 with the Verification Token; its `token` is a card-update token.
    if (s.verificationToken !== undefined) return proof === 'card' ? undefined : no(s, 401, 'card callback without a valid signature')
    return s.encryptKey === undefined ? undefined : no(s, 401, 'card callback cannot be verified without a verification token')
  }
  if (s.encryptKey !== undefined && proof !== 'event') return no(s, 401, 'missing or wrong signature')
  if (s.verificationToken !== undefined && d.kind === 'event') {
    if (typeof d.token !== 'string' || !safeEqual(d.token, s.verificationToken)) return no(s, 401, 'bad verification token')
  }
  return undefined
}

/** Refuses requests outside the replay window: the signed header's time, else the event's. */
function checkWindow(s: Settings, request: Request, d: EventDelivery, callback: boolean): Response | undefined {
  const header = request.headers.get('x-lark-request-timestamp')
  const time = header !== null ? headerTime(header) : d.createTime
  if (header !== null && time === undefined) return no(s, 400, 'bad timestamp header')
  if (time === undefined) return undefined
  const now = s.now()
  const maxAge = callback ? Math.min(s.maxAge, CALLBACK_MAX_AGE_MS) : s.maxAge
  if (time < now - maxAge || time > now + FUTURE_SKEW_MS) return no(s, 401, 'timestamp outside the accepted window')
  return undefined
}

/**
 * The de-dup id of a delivery: the event id (events and v2 callbacks); for an old card callback,
 * which has none, its verified signature (it covers timestamp, nonce and body), else a digest of its
 * card token, timestamp and nonce.
 */
async function dedupeId(request: Request, d: EventDelivery, parts: Signed | undefined, proof: Proof): Promise<string | undefined> {
  if (d.kind !== 'card_v1') return d.eventId
  if (parts !== undefined && proof !== 'unsigned') return `card:${parts.signature.toLowerCase()}`
  const token = d.event['token']
  const timestamp = request.headers.get('x-lark-request-timestamp')
  const nonce = request.headers.get('x-lark-request-nonce')
  if (typeof token !== 'string' || timestamp === null || nonce === null) return undefined
  return `card:${await sha256Hex(utf8(JSON.stringify([token, timestamp, nonce])))}`
}

/**
 * The URL check. Encrypted, decrypting proves the key; plaintext to a dispatcher with an encrypt
 * key, it needs the event signature or (when one is set) the Verification Token.
 */
function challenge(s: Settings, d: Extract<Delivery, { kind: 'challenge' }>, encrypted: boolean, proof: Proof): Response {
  if (s.verificationToken !== undefined) {
    if (!(typeof d.token === 'string' && safeEqual(d.token, s.verificationToken))) return no(s, 401, 'bad verification token')
  } else if (s.encryptKey !== undefined && !encrypted && proof !== 'event') {
    return no(s, 401, 'plaintext URL check without a signature')
  }
  return json(200, { challenge: d.challenge })
}

/**
 * Handles one request, answering within `ackAfter` of its arrival.
 *
 * @returns The response; throws only on a bug (the caller answers a generic 500).
 */
export async function handle(s: Settings, request: Request, extras: DispatchExtras | undefined): Promise<Response> {
  const due = deadline(s.ackAfter)
  try {
    return await pipeline(s, request, extras, due.timeUp)
  } finally {
    due.clear()
  }
}

async function read(s: Settings, request: Request): Promise<Uint8Array | 'too-large' | 'too-slow'> {
  // Its own bound, whatever `ackAfter` (0 or Infinity): past the platform's 3 s, nobody waits.
  const due = deadline(BODY_TIMEOUT_MS)
  try {
    return await readBody(request, s.maxBodySize, due.timeUp)
  } finally {
    due.clear()
  }
}

async function pipeline(s: Settings, request: Request, extras: DispatchExtras | undefined, timeUp: Promise<void>): Promise<Response> {
  if (request.method !== 'POST') return no(s, 405, 'only POST is accepted')
  let body: Uint8Array | 'too-large' | 'too-slow'
  try {
    body = await read(s, request)
  } catch {
    return no(s, 400, 'cannot read the body')
  }
  if (body === 'too-large') return no(s, 413, 'body too large')
  if (body === 'too-slow') return no(s, 408, 'body not received by the deadline')
  const parts = signedParts(request, body)
  const proof = await prove(s, parts)
  if (proof instanceof Response) return proof
  let text: string
  try {
    text = utf8Fatal.decode(body)
  } catch {
    return no(s, 400, 'body is not UTF-8')
  }
  const outer = parseJson(text)
  if (typeof outer !== 'object' || outer === null || Array.isArray(outer)) return no(s, 400, 'body is not a JSON object (or nests too deep)')
  const opened = await open(s, outer as Record<string, unknown>, parts, proof)
  if (opened instanceof Response) return opened
  const delivery = parseDelivery(opened.payload)
  if (typeof delivery === 'string') return no(s, opened.encrypted && parts === undefined ? 401 : 400, delivery)
  if (delivery.kind === 'challenge') return challenge(s, delivery, opened.encrypted, proof)
  const callback = delivery.kind === 'card_v1' || CALLBACK_TYPES.has(delivery.type)
  const refused = authenticate(s, delivery, opened.encrypted, proof) ?? checkWindow(s, request, delivery, callback)
  if (refused) return refused
  const job = { delivery, handler: s.handlers.get(delivery.type), id: await dedupeId(request, delivery, parts, proof), callback }
  return run(s, job, timeUp, extras)
}
