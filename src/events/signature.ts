/**
 * Request signatures: `X-Lark-Signature` over the timestamp, nonce, secret and the raw body bytes.
 * Events use SHA-256 with the Encrypt Key; the old message-card callback SHA-1 with the
 * Verification Token.
 *
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case
 * @module
 */
import { concat, safeEqual, sha1Hex, sha256Hex, utf8 } from './crypto.ts'

/** What a signature covers: the two headers and the exact bytes (or text) of the body. */
export interface SignedParts {
  /** `X-Lark-Request-Timestamp`. */
  readonly timestamp: string
  /** `X-Lark-Request-Nonce`. */
  readonly nonce: string
  /** The raw request body: its bytes as received, or the text as sent. */
  readonly body: Uint8Array | string
}

function signed(parts: SignedParts, secret: string): Uint8Array<ArrayBuffer> {
  const body = typeof parts.body === 'string' ? utf8(parts.body) : parts.body
  return concat(utf8(parts.timestamp + parts.nonce + secret), body)
}

/**
 * The event signature: hex SHA-256 of `timestamp + nonce + encryptKey` followed by the body bytes.
 *
 * @example
 * await eventSignature({ timestamp: '1700000000', nonce: 'n0nce', body: '{"encrypt":"…"}' }, 'test key')
 */
export function eventSignature(parts: SignedParts, encryptKey: string): Promise<string> {
  return sha256Hex(signed(parts, encryptKey))
}

/** The old message-card signature: hex SHA-1 of `timestamp + nonce + verificationToken` + body. */
export function cardSignature(parts: SignedParts, verificationToken: string): Promise<string> {
  return sha1Hex(signed(parts, verificationToken))
}

/**
 * Checks an event's `X-Lark-Signature` (constant-time compare, hex case ignored).
 *
 * @param parts Timestamp and nonce headers, and the raw body.
 * @param signature The `X-Lark-Signature` header.
 * @param encryptKey The app's Encrypt Key.
 * @returns `true` when the signature matches.
 */
export async function verifySignature(parts: SignedParts, signature: string, encryptKey: string): Promise<boolean> {
  return safeEqual(await eventSignature(parts, encryptKey), signature.toLowerCase())
}

/** Checks an old message-card callback's SHA-1 `X-Lark-Signature` with the Verification Token. */
export async function verifyCardSignature(parts: SignedParts, signature: string, verificationToken: string): Promise<boolean> {
  return safeEqual(await cardSignature(parts, verificationToken), signature.toLowerCase())
}
