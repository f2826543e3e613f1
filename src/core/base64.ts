/**
 * Standard base64 (with padding) for bytes, on `btoa`/`atob`: no Node built-ins, so it runs in every
 * runtime. Shared by event crypto, PKCE, the helpdesk header and long-connection ACKs.
 *
 * @module
 */

/** Decodes standard base64; `undefined` when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return undefined
  try {
    const binary = atob(text)
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

/** Encodes bytes as standard base64 (with padding). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
