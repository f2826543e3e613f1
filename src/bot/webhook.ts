/**
 * Group custom bots: a message posted to the bot's webhook URL, signed when the bot has a secret.
 * No app, no access token: the URL is the credential, so it is never shown (errors name the hook as
 * `…/bot/v2/hook/***`), and neither is the secret.
 *
 * ```ts
 * await sendWebhookMessage(process.env.LARK_WEBHOOK_URL!, text('deploy done'), { secret: process.env.LARK_WEBHOOK_SECRET })
 * ```
 *
 * Web APIs only (`fetch`, `crypto.subtle`, `TextEncoder`): Node 20+, Deno, Bun, Workers, browsers.
 *
 * @see https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 * @see https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot
 * @module
 */
import { withTimeout } from '../core/abort.ts'
import { toBase64 } from '../core/base64.ts'
import { createLarkApiError, createLarkHttpError, createLarkValidationError, type ValidationIssue } from '../core/errors.ts'
import { parseJsonWithin } from '../core/json.ts'
import { readStreamWithin, rootCause } from '../core/middleware/transport.ts'
import type { OutgoingMessage } from '../messages/builders.ts'
import { obj } from '../messages/content.ts'

const FN = 'sendWebhookMessage'
const HOOK_PATH = '/open-apis/bot/v2/hook/'

/** The message types a custom bot posts; the rest (file, audio, media, sticker, share_user, ...) are refused. */
export const WEBHOOK_MSG_TYPES: readonly string[] = Object.freeze(['text', 'post', 'image', 'share_chat', 'interactive'])

/** The platform refuses a request body larger than this (20 KB), so larger ones are not sent. */
export const WEBHOOK_MAX_BODY_BYTES = 20 * 1024

/** Answers larger than this are not read (a webhook answers a few dozen bytes). */
const MAX_ANSWER_BYTES = 64 * 1024
const DEFAULT_TIMEOUT = 10_000
/** Characters of a non-JSON answer kept on the error. */
const BODY_TEXT = 200

/** Options of {@link sendWebhookMessage}. */
export interface WebhookOptions {
  /** The bot's signing secret (signature verification on): the body gets `timestamp` and `sign`. */
  readonly secret?: string
  /** The `fetch` to use (default `globalThis.fetch`). */
  readonly fetch?: typeof globalThis.fetch
  /** Cancels the send; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal
  /** Milliseconds for the whole exchange, answer included (default 10 000). */
  readonly timeout?: number
  /** The clock the timestamp is read from, in milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number
}

/** What the webhook takes as its JSON body. */
export interface WebhookBody {
  readonly msg_type: string
  /** Every type but `interactive`. */
  readonly content?: Record<string, unknown>
  /** `interactive` only. */
  readonly card?: Record<string, unknown>
  /** Seconds since the epoch, as a string; signed messages only. */
  readonly timestamp?: string
  readonly sign?: string
}

const encoder = new TextEncoder()

/**
 * The signature of a custom bot message: base64 of HMAC-SHA256 keyed with `"<timestamp>\n<secret>"`
 * over an empty message.
 *
 * @param secret The bot's signing secret.
 * @param timestamp Seconds since the epoch (the same value goes in the body's `timestamp`).
 * @returns The `sign` field.
 * @see https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 */
export async function signWebhook(secret: string, timestamp: number | string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(`${timestamp}\n${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, new Uint8Array(0))))
}

function invalid(issues: readonly ValidationIssue[]): never {
  throw createLarkValidationError(FN, issues)
}

/** The hook's token, or a validation error that does not repeat the URL. */
function hookToken(url: unknown): { href: string; host: string; token: string } {
  if (typeof url !== 'string' || url === '') invalid([{ path: 'url', message: 'must be the webhook URL (a non-empty string)' }])
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    invalid([{ path: 'url', message: 'must be an absolute http(s) URL' }])
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') invalid([{ path: 'url', message: 'must be an absolute http(s) URL' }])
  const at = parsed.pathname.indexOf(HOOK_PATH)
  const token = at < 0 ? '' : parsed.pathname.slice(at + HOOK_PATH.length)
  if (token === '' || token.includes('/')) invalid([{ path: 'url', message: `must be a custom bot URL (…${HOOK_PATH}<token>)` }])
  let decoded = token
  try {
    decoded = decodeURIComponent(token)
  } catch {
    // Not percent-encoding: the token is redacted as written.
  }
  return { href: parsed.href, host: parsed.host, token: decoded }
}

/** The token as the normalised URL spells it (percent-encoded as `new URL` left it). */
function hookPathToken(href: string): string {
  const path = new URL(href).pathname
  return path.slice(path.indexOf(HOOK_PATH) + HOOK_PATH.length)
}

/**
 * The body's `content` (or `card`) from a built message: its JSON text parsed. Where the send API
 * and the webhook differ, the webhook's shape is made: a post's locales go under `post`, and the
 * `chat_id` of `shareChat` becomes `share_chat_id`.
 */
function webhookContent(message: OutgoingMessage | undefined): Pick<WebhookBody, 'msg_type' | 'content' | 'card'> {
  const m = obj(message)
  if (m === undefined) invalid([{ path: 'content', message: 'must be a built message ({ msg_type, content }, e.g. text(...))' }])
  const msgType = m['msg_type']
  if (typeof msgType !== 'string' || !WEBHOOK_MSG_TYPES.includes(msgType)) {
    const shown = typeof msgType === 'string' ? `'${msgType.slice(0, 40)}'` : 'missing'
    invalid([{ path: 'content.msg_type', message: `${shown} is not a type custom bots post (${WEBHOOK_MSG_TYPES.join(', ')})` }])
  }
  const raw = m['content']
  const parsed = obj(typeof raw === 'string' ? parseJsonWithin(raw) : raw)
  if (parsed === undefined) invalid([{ path: 'content.content', message: 'must be JSON text of an object' }])
  if (msgType === 'interactive') return { msg_type: msgType, card: parsed }
  // The send API takes the locales themselves; the webhook wants them under `post`.
  if (msgType === 'post' && parsed['post'] === undefined) return { msg_type: msgType, content: { post: parsed } }
  if (msgType === 'share_chat' && parsed['share_chat_id'] === undefined && typeof parsed['chat_id'] === 'string') {
    const { chat_id, ...rest } = parsed
    return { msg_type: msgType, content: { ...rest, share_chat_id: chat_id } }
  }
  return { msg_type: msgType, content: parsed }
}

/** Replaces every occurrence of the secrets in `text` with `***`. */
function redactor(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((s) => s.length > 0)
  return (text) => present.reduce((out, s) => out.split(s).join('***'), text)
}

/**
 * Posts a message to a group custom bot. The message is what the builders of `larkfn/messages`
 * return (`text`, `post`, `markdown`, `image`, `shareChat`, `card`, `template`); its content is put
 * where the webhook wants it (`content`, or `card` for cards). With `secret` the body is signed.
 *
 * Nothing is sent, and a `LarkValidationError` is thrown, for a URL that is not a custom bot URL, a
 * message type custom bots do not post (file, audio, media, sticker, share_user), or a body over
 * 20 KB. An answer with a non-zero `code` (or the older `StatusCode`) rejects with a `LarkApiError`
 * carrying it (19021: bad signature or timestamp more than an hour off; 19024: keyword check
 * failed; 9499: bad request; 11232: rate limited). A timeout, a network failure, or an answer that is
 * not JSON or is over 64 KB rejects with a `LarkHttpError`; the caller's abort, with the signal's
 * reason. The token and secret appear in no error.
 *
 * @param url The webhook URL, `https://open.feishu.cn/open-apis/bot/v2/hook/<token>` (Lark: `open.larksuite.com`).
 * @param content A built message.
 * @param options Secret, fetch, signal, timeout, clock.
 * @returns The answer's `data` (`{}` when there is none).
 * @see https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 */
export async function sendWebhookMessage(url: string, content: OutgoingMessage, options: WebhookOptions = {}): Promise<Record<string, unknown>> {
  const { href, host, token } = hookToken(url)
  const { secret } = options
  if (secret !== undefined && (typeof secret !== 'string' || secret === '')) invalid([{ path: 'options.secret', message: 'must be a non-empty string when given' }])
  const timeout = options.timeout ?? DEFAULT_TIMEOUT
  if (!Number.isFinite(timeout) || timeout <= 0) invalid([{ path: 'options.timeout', message: 'must be a finite positive number of milliseconds' }])
  const redact = redactor([token, encodeURIComponent(token), hookPathToken(href), secret ?? ''])
  let body: WebhookBody = webhookContent(content)
  if (secret !== undefined) {
    const timestamp = String(Math.floor((options.now ?? Date.now)() / 1000))
    body = { ...body, timestamp, sign: await signWebhook(secret, timestamp) }
  }
  const json = JSON.stringify(body)
  const size = encoder.encode(json).byteLength
  if (size > WEBHOOK_MAX_BODY_BYTES) {
    invalid([{ path: 'content', message: `the request body is ${size} bytes; custom bots take at most ${WEBHOOK_MAX_BODY_BYTES}` }])
  }

  const fetchFn = options.fetch ?? globalThis.fetch
  const deadline = withTimeout(options.signal, timeout)
  let res: Response
  let text: string | undefined
  try {
    res = await fetchFn(href, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: json, signal: deadline.signal })
    text = await readStreamWithin(res, MAX_ANSWER_BYTES)
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    if (deadline.signal.aborted) {
      throw createLarkHttpError({ endpoint: FN, httpStatus: 0, logId: undefined, bodyText: undefined, reason: `timed out after ${timeout} ms` }, deadline.signal.reason)
    }
    // The runtime's error may quote the URL: only its redacted root cause is kept, not the error.
    const cause = rootCause(error)
    const reason = `network error reaching ${host}${cause === undefined ? '' : ` (${redact(cause)})`}`
    throw createLarkHttpError({ endpoint: FN, httpStatus: 0, logId: undefined, bodyText: undefined, reason })
  } finally {
    deadline.clear()
  }

  const logId = res.headers.get('x-tt-logid') ?? undefined
  const httpStatus = res.status
  if (text === undefined) {
    throw createLarkHttpError({ endpoint: FN, httpStatus, logId, bodyText: undefined, reason: `the answer is larger than ${MAX_ANSWER_BYTES} bytes; not read` })
  }
  const answer = obj(parseJsonWithin(text))
  const code = answer?.['code'] ?? answer?.['StatusCode']
  if (answer === undefined || typeof code !== 'number') {
    const bodyText = text === '' ? undefined : redact(text.slice(0, BODY_TEXT))
    const reason = answer === undefined ? 'the answer is not JSON' : 'the answer has no code'
    throw createLarkHttpError({ endpoint: FN, httpStatus, logId, bodyText, reason })
  }
  if (code !== 0) {
    const said = answer['msg'] ?? answer['StatusMessage']
    const msg = redact(typeof said === 'string' ? said.slice(0, BODY_TEXT) : 'no message')
    throw createLarkApiError({ endpoint: FN, code, msg, logId, httpStatus, detail: undefined })
  }
  return obj(answer['data']) ?? {}
}
