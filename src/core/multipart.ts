import { isFileLike } from './schema.ts'

type Named = { name: string; data: unknown }

function isNamed(value: unknown): value is Named {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Named>).name === 'string' && 'data' in value
}

/** Reads any accepted file value into a Blob (a stream is read to its end: FormData takes no stream). */
async function toBlob(value: unknown): Promise<Blob> {
  if (value instanceof Blob) return value
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return new Blob([value as BlobPart])
  if (value instanceof ReadableStream) return new Response(value).blob()
  throw new TypeError('not a file value')
}

function fileName(value: unknown, fallback: string): string {
  if (isNamed(value)) return value.name
  if (typeof File !== 'undefined' && value instanceof File && value.name) return value.name
  return fallback
}

/**
 * Builds the `FormData` of a multipart body: file values become file parts (with a filename), other
 * scalars text parts, objects JSON text parts; undefined and null are left out.
 *
 * @param body The endpoint's body object.
 * @returns The form to send; fetch sets the multipart boundary.
 */
export async function toFormData(body: Record<string, unknown>): Promise<FormData> {
  const form = new FormData()
  // The platform names files in a `file_name` field on some endpoints; use it for the part too.
  const fallback = typeof body.file_name === 'string' && body.file_name !== '' ? body.file_name : 'file'
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    if (isFileLike(value)) {
      const data = isNamed(value) ? value.data : value
      form.append(key, await toBlob(data), fileName(value, fallback))
    } else if (typeof value === 'object') form.append(key, JSON.stringify(value))
    else form.append(key, String(value))
  }
  return form
}
