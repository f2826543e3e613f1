/**
 * The event crypto of the platform with Web Crypto only (`crypto.subtle`): AES-256-CBC with
 * key = SHA-256(encrypt key), IV = first 16 bytes of the base64 blob; SHA-256 / SHA-1 digests; a
 * constant-time compare. Runs on Node ≥ 20, Workers, Deno, Bun and browsers.
 *
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case
 * @module
 */
import { fromBase64, toBase64 } from '../core/base64.ts'

const encoder = /*#__PURE__*/ new TextEncoder()

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text)
}

/** Concatenates byte arrays. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let hex = ''
  for (const byte of view) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes))
}

/** Hex SHA-1 of the bytes (the old message-card signature only). */
export async function sha1Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-1', bytes))
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ.
 *
 * @returns `true` when they are equal.
 */
export function safeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length)
  let diff = a.length ^ b.length
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}

/**
 * The AES-256-CBC key of an encrypt key: SHA-256 of its UTF-8 bytes. Import once and reuse it;
 * {@link decryptEvent} accepts the result in place of the string.
 *
 * @param encryptKey The app's Encrypt Key from the developer console.
 */
export async function importEventKey(encryptKey: string): Promise<CryptoKey> {
  const raw = await crypto.subtle.digest('SHA-256', utf8(encryptKey))
  return crypto.subtle.importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt'])
}

const fatal = /*#__PURE__*/ new TextDecoder('utf-8', { fatal: true })

/**
 * Decrypts the `encrypt` field of an encrypted delivery: base64(IV ‖ AES-256-CBC ciphertext),
 * PKCS#7 padded, UTF-8 plaintext.
 *
 * @param encrypt The base64 blob.
 * @param key The Encrypt Key, or a key from {@link importEventKey}.
 * @returns The plaintext (JSON text for events).
 * @throws {Error} `cannot decrypt: …` on bad base64, a short or misaligned blob, a wrong key or bad
 * padding, or a plaintext that is not UTF-8. The message never holds the key or the data.
 * @example
 * await decryptEvent('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'test key') // 'hello world'
 */
export async function decryptEvent(encrypt: string, key: string | CryptoKey): Promise<string> {
  const blob = fromBase64(encrypt)
  if (blob === undefined) throw new Error('cannot decrypt: not base64')
  if (blob.length < 32 || blob.length % 16 !== 0) throw new Error('cannot decrypt: not IV and whole AES blocks')
  const cryptoKey = typeof key === 'string' ? await importEventKey(key) : key
  let plain: ArrayBuffer
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv: blob.subarray(0, 16) }, cryptoKey, blob.subarray(16))
  } catch {
    throw new Error('cannot decrypt: wrong key or corrupted data')
  }
  try {
    return fatal.decode(plain)
  } catch {
    throw new Error('cannot decrypt: plaintext is not UTF-8')
  }
}

/**
 * Encrypts like the platform: random 16-byte IV, AES-256-CBC with PKCS#7, base64(IV ‖ ciphertext).
 * For tests and for relaying events; the dispatcher never encrypts.
 *
 * @param plaintext The text to encrypt (JSON for events).
 * @param key The Encrypt Key, or a key from {@link importEventKey}.
 * @param iv A fixed IV (16 bytes) for reproducible output; default random.
 * @returns The base64 blob for `{"encrypt": …}`.
 */
export async function encryptEvent(plaintext: string, key: string | CryptoKey, iv?: Uint8Array<ArrayBuffer>): Promise<string> {
  const vector = iv ?? crypto.getRandomValues(new Uint8Array(16))
  if (vector.length !== 16) throw new Error('encryptEvent: the IV must be 16 bytes')
  const cryptoKey = typeof key === 'string' ? await importEventKey(key) : key
  const cipher = await crypto.subtle.encrypt({ name: 'AES-CBC', iv: vector }, cryptoKey, utf8(plaintext))
  return toBase64(concat(vector, new Uint8Array(cipher)))
}
