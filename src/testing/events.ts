/**
 * The platform's side of webhook events, for tests: deliveries built exactly as the platform sends
 * them (compact `JSON.stringify` bytes, random IV, `X-Lark-*` headers signed over the exact bytes),
 * and `pushEvent`, which re-pushes on anything but HTTP 200 like the platform. Web Crypto only.
 *
 * @module
 */
import { randomHex } from './ids.ts'
import { encryptEvent } from '../events/crypto.ts'
import { cardSignature, eventSignature } from '../events/signature.ts'
import { FAKE_APP_ID, FAKE_TENANT_KEY } from './defaults.ts'

type Json = Record<string, unknown>

/** The platform's re-push schedule after a failed delivery: 15 s, 5 min, 1 h, 6 h. */
export const EVENT_RETRY_DELAYS: readonly number[] = [15_000, 300_000, 3_600_000, 21_600_000]

/** Envelope facts for {@link buildV2Event} / {@link buildV1Event}; each has a default. */
export interface EnvelopeInput {
  readonly appId?: string
  readonly tenantKey?: string
  /** The Verification Token the platform puts in the envelope. */
  readonly token?: string
  /** v2 `event_id` / v1 `uuid`; default random. */
  readonly eventId?: string
  /** Epoch ms; default now. */
  readonly createTime?: number
}

/** A v2 delivery's JSON: `{ schema: '2.0', header, event }`. */
export function buildV2Event(type: string, event: Json, input: EnvelopeInput = {}): Json {
  const header: Json = {
    event_id: input.eventId ?? randomHex(16),
    event_type: type,
    create_time: String(input.createTime ?? Date.now()),
    token: input.token ?? '',
    app_id: input.appId ?? FAKE_APP_ID,
    tenant_key: input.tenantKey ?? FAKE_TENANT_KEY,
  }
  return { schema: '2.0', header, event }
}

/** A v1 delivery's JSON: `{ uuid, ts, token, type: 'event_callback', event: { type, app_id, tenant_key, … } }`. */
export function buildV1Event(type: string, event: Json, input: EnvelopeInput = {}): Json {
  const ts = ((input.createTime ?? Date.now()) / 1000).toFixed(7)
  const body = { type, app_id: input.appId ?? FAKE_APP_ID, tenant_key: input.tenantKey ?? FAKE_TENANT_KEY, ...event }
  return { uuid: input.eventId ?? randomHex(16), ts, token: input.token ?? '', type: 'event_callback', event: body }
}

/** Input of {@link createEventDelivery}. */
export interface EventDeliveryInput {
  /** The app's request URL. */
  readonly url: string
  /** The delivery's JSON (v2, v1, a URL check, or any body to send as is). */
  readonly event: Json
  /** Encrypt the body as `{"encrypt": …}` and sign it with this key. */
  readonly encryptKey?: string
  /** Written into `header.token` (v2) or `token` (v1 and URL checks). */
  readonly verificationToken?: string
  /** `X-Lark-Request-Timestamp`, seconds; default now. */
  readonly timestamp?: string | number
  /** `X-Lark-Request-Nonce`; default random. */
  readonly nonce?: string
}

/** Content type, `X-Lark-Request-Timestamp` (seconds, default now) and `-Nonce` (default random). */
function larkHeaders(input: { readonly timestamp?: string | number; readonly nonce?: string }) {
  const timestamp = String(input.timestamp ?? Math.floor(Date.now() / 1000))
  const nonce = input.nonce ?? randomHex(8)
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': nonce,
  }
  return { timestamp, nonce, headers }
}

function withToken(event: Json, token: string | undefined): Json {
  if (token === undefined) return event
  const header = event['header']
  if (typeof header === 'object' && header !== null) return { ...event, header: { ...header, token } }
  return { ...event, token }
}

/**
 * Builds a delivery as the platform sends it: compact JSON, encrypted with a random IV when a key is
 * given, `X-Lark-Request-Timestamp` / `-Nonce` headers, and `X-Lark-Signature` over the exact bytes.
 *
 * @returns The request (POST, `application/json`).
 * @example
 * const request = await createEventDelivery({ url, encryptKey, event: buildV2Event('im.message.receive_v1', { message }) })
 */
export async function createEventDelivery(input: EventDeliveryInput): Promise<Request> {
  const plain = JSON.stringify(withToken(input.event, input.verificationToken))
  const body = input.encryptKey === undefined ? plain : JSON.stringify({ encrypt: await encryptEvent(plain, input.encryptKey) })
  const { timestamp, nonce, headers } = larkHeaders(input)
  if (input.encryptKey !== undefined) headers['x-lark-signature'] = await eventSignature({ timestamp, nonce, body }, input.encryptKey)
  return new Request(input.url, { method: 'POST', headers, body })
}

/** Input of {@link createCardCallback}: an old-style message-card callback body, signed with SHA-1. */
export interface CardCallbackInput {
  readonly url: string
  /** The body: `open_id`, `open_message_id`, `token`, `action`, … */
  readonly body: Json
  readonly verificationToken: string
  readonly timestamp?: string | number
  readonly nonce?: string
}

/** Builds an old message-card callback (`card.action.trigger_v1`): plain JSON, SHA-1 signature. */
export async function createCardCallback(input: CardCallbackInput): Promise<Request> {
  const body = JSON.stringify(input.body)
  const { timestamp, nonce, headers } = larkHeaders(input)
  headers['x-lark-signature'] = await cardSignature({ timestamp, nonce, body }, input.verificationToken)
  return new Request(input.url, { method: 'POST', headers, body })
}

/** Input of {@link createChallenge}. */
export interface ChallengeInput {
  readonly url: string
  /** Default random. */
  readonly challenge?: string
  readonly verificationToken?: string
  /** Encrypt the check (the console does when an Encrypt Key is set). */
  readonly encryptKey?: string
  /** Send the `X-Lark-*` headers (signed when encrypted). Default true. */
  readonly headers?: boolean
}

/** Builds the URL check the console sends when the request URL is saved. */
export async function createChallenge(input: ChallengeInput): Promise<Request> {
  const event = { challenge: input.challenge ?? randomHex(12), token: input.verificationToken ?? '', type: 'url_verification' }
  const request = await createEventDelivery({ url: input.url, event, encryptKey: input.encryptKey })
  if (input.headers !== false) return request
  return new Request(input.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: await request.text() })
}

/** Options of {@link pushEvent}. */
export interface PushOptions {
  /** Re-pushes after the first attempt (default 4, the platform's). */
  readonly retries?: number
  /** Wait before each re-push, ms: one value or one per re-push. Default {@link EVENT_RETRY_DELAYS}. */
  readonly delays?: number | readonly number[]
  /** An attempt without an answer this long fails (default 3000, the platform's). */
  readonly timeout?: number
}

/** One push attempt: the status (0 when no answer came) and the body text. */
export interface PushAttempt {
  readonly status: number
  readonly body: string
}

/** What {@link pushEvent} saw. */
export interface PushResult {
  /** True when an attempt got HTTP 200. */
  readonly delivered: boolean
  readonly attempts: readonly PushAttempt[]
}

async function attempt(target: string | ((r: Request) => Promise<Response>), request: Request, timeout: number): Promise<PushAttempt> {
  const signal = AbortSignal.timeout(timeout)
  try {
    const response = typeof target === 'string'
      ? await fetch(target, { method: 'POST', headers: request.headers, body: await request.arrayBuffer(), signal })
      : await Promise.race([
          target(request),
          new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
        ])
    return { status: response.status, body: await response.text() }
  } catch {
    return { status: 0, body: '' }
  }
}

/**
 * Pushes a delivery like the platform: re-pushes the same bytes after each failure (anything but
 * HTTP 200 within `timeout`), up to `retries` times.
 *
 * @param target The request URL (sent with `fetch`), or a handler such as a dispatcher.
 * @param delivery A request from {@link createEventDelivery}; it is not consumed.
 * @param options Retries, delays, timeout; tests pass short delays.
 */
export async function pushEvent(target: string | ((r: Request) => Promise<Response>), delivery: Request, options: PushOptions = {}): Promise<PushResult> {
  const { retries = 4, delays = EVENT_RETRY_DELAYS, timeout = 3000 } = options
  const body = new Uint8Array(await delivery.clone().arrayBuffer())
  const attempts: PushAttempt[] = []
  for (let n = 0; n <= retries; n++) {
    if (n > 0) {
      const wait = typeof delays === 'number' ? delays : (delays[n - 1] ?? delays.at(-1) ?? 0)
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
    const request = new Request(delivery.url, { method: 'POST', headers: delivery.headers, body })
    const result = await attempt(target, request, timeout)
    attempts.push(result)
    if (result.status === 200) return { delivered: true, attempts }
  }
  return { delivered: false, attempts }
}
