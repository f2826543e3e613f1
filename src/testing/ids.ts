/**
 * Random ids, token strings and log ids of the fake server. Web Crypto only, so this runs anywhere.
 *
 * @module
 */

/**
 * Lower-case hex of `bytes` random bytes.
 *
 * @param bytes The number of random bytes (the string is twice as long).
 * @returns The hex string.
 */
export function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes))
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * A log id shaped like the platform's: `yyyyMMddHHmmss` (Beijing time) + 20 upper-case hex digits.
 *
 * @param nowSeconds The fake clock's time, in seconds since the epoch.
 * @returns A 34-character log id, e.g. `20241104162326` + `61C50BC902DF30E6C183`.
 */
export function newLogId(nowSeconds: number): string {
  // The platform stamps log ids in UTC+8; the platform's documented samples show the same layout.
  const date = new Date((nowSeconds + 8 * 3600) * 1000)
  const two = (n: number) => String(n).padStart(2, '0')
  const stamp =
    String(date.getUTCFullYear()) +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds())
  return stamp + randomHex(10).toUpperCase()
}

/**
 * A small stable number for a path, used as the `method_id` of troubleshooter links.
 *
 * @param path The request path.
 * @returns A positive integer derived from the path (FNV-1a, 32 bits).
 */
export function methodId(path: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
