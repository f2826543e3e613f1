/**
 * The runtime matrix's data, shared by the global setup (which seeds the fake), the smoke (which runs
 * inside each runtime) and the tests (which check what came back). Runtime-neutral: no `node:*`.
 *
 * Each runtime gets its own fake app in its own tenant, so the runtimes run in parallel against one
 * fake server without seeing each other's users, tokens or uploads.
 *
 * @module
 */

/** The runtimes of the matrix, by the slug used in ids. */
export const RUNTIMES = ['node20', 'node24', 'bun', 'deno', 'workerd', 'edge-runtime', 'chromium'] as const
export type Runtime = (typeof RUNTIMES)[number]

/** Users seeded per runtime, and the page size the smoke lists them with: 3 pages (10, 10, 3). */
export const USER_COUNT = 23
export const PAGE_SIZE = 10

/** Size of the uploaded image: large enough that the download arrives in several chunks. */
export const IMAGE_BYTES = 200_000

/** The webhook secrets of every matrix app (the dispatcher runs in-process; nothing is sent to the fake). */
export const ENCRYPT_KEY = 'matrix-encrypt-key'
export const VERIFICATION_TOKEN = 'matrix-verification-token'

function slug(runtime: Runtime): string {
  return runtime.replace(/[^a-z0-9]/g, '_')
}

/** The fake app (and its tenant) one runtime uses. */
export function appFor(runtime: Runtime): { appId: string; appSecret: string; tenantKey: string } {
  const s = slug(runtime)
  return { appId: `cli_matrix_${s}`, appSecret: `secret_matrix_${s}`, tenantKey: `tenant_matrix_${s}` }
}

/** A seeded user of one runtime's tenant. */
export interface MatrixUser {
  readonly open_id: string
  readonly user_id: string
  readonly name: string
  readonly email: string
}

/** The users seeded in one runtime's tenant, in directory order. */
export function usersFor(runtime: Runtime): MatrixUser[] {
  const s = slug(runtime)
  return Array.from({ length: USER_COUNT }, (_, i) => ({
    open_id: `ou_${s}_${String(i).padStart(2, '0')}`,
    user_id: `u_${s}_${i}`,
    name: `${runtime} user ${i}`,
    email: `user${i}.${s}@example.com`,
  }))
}

/** The user the smoke looks up by email (the 8th). */
export function lookupUser(runtime: Runtime): MatrixUser {
  return usersFor(runtime)[7] as MatrixUser
}

/** The image one runtime uploads: PNG magic bytes, the runtime's name, then a pattern seeded by it. */
export function imageFor(runtime: Runtime): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(IMAGE_BYTES)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const name = new TextEncoder().encode(runtime)
  bytes.set(name, 8)
  let seed = name.reduce((a, b) => (a * 31 + b) >>> 0, 7)
  for (let i = 8 + name.length; i < bytes.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    bytes[i] = seed >>> 24
  }
  return bytes
}

/** The uploaded image's filename (it comes back in `Content-Disposition`). */
export function imageNameFor(runtime: Runtime): string {
  return `matrix-${slug(runtime)}.png`
}

/** The event id of the message event the smoke delivers to the dispatcher. */
export function eventIdFor(runtime: Runtime): string {
  return `ev_matrix_${slug(runtime)}`
}

/** Lower-case hex SHA-256, with Web Crypto (every runtime of the matrix has it). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}
