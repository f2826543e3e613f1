import { custom } from 'valibot'

/** What a multipart file field accepts. */
export type FileInput = Blob | Uint8Array | ArrayBuffer | ReadableStream | { name: string; data: Blob | Uint8Array | ArrayBuffer | ReadableStream }

/** True for what a multipart file field accepts: Blob/File, Uint8Array, ArrayBuffer or a ReadableStream. */
export function isFileLike(value: unknown): boolean {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
    isNamedFile(value)
  )
}

/** `{ name, data }`: a file whose bytes are any of the above, with the name to send. */
function isNamedFile(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const { name, data } = value as { name?: unknown; data?: unknown }
  return typeof name === 'string' && data !== undefined && isFileLike(data)
}

/**
 * The valibot schema of a multipart file field, used by generated request schemas.
 *
 * @returns A schema accepting Blob, File, Uint8Array, ArrayBuffer, ReadableStream or `{ name, data }`.
 */
// @__NO_SIDE_EFFECTS__
export function file() {
  return custom<FileInput>(
    isFileLike,
    'Invalid type: Expected a file (Blob, File, Uint8Array, ArrayBuffer, ReadableStream or { name, data })',
  )
}
