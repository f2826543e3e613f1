/**
 * Reading a request once: the parsed body for handlers, a loggable summary, and the raw bytes so
 * the handler still gets an unread copy of the request.
 *
 * @module
 */

/** A request body read once. */
export interface ReadBody {
  /** Raw bytes, undefined for GET/HEAD or an empty body. */
  readonly raw: Uint8Array<ArrayBuffer> | undefined
  /** Parsed JSON, a plain object for urlencoded forms, `FormData` for multipart, text, or undefined. */
  readonly value: unknown
  /** What the request log shows: like `value`, with multipart files summarised. */
  readonly logged: unknown
}

/**
 * Reads and parses a request body by its content type. Invalid JSON is kept as text.
 *
 * @param request The request (its body is consumed).
 * @returns The raw bytes, the parsed value and the log summary.
 */
export async function readBody(request: Request): Promise<ReadBody> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null) {
    return { raw: undefined, value: undefined, logged: undefined }
  }
  const raw = new Uint8Array(await request.arrayBuffer())
  if (raw.byteLength === 0) return { raw: undefined, value: undefined, logged: undefined }
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData()
    return { raw, value: form, logged: summariseForm(form) }
  }
  const text = new TextDecoder().decode(raw)
  if (type.includes('application/x-www-form-urlencoded')) {
    const fields = groupEntries(new URLSearchParams(text))
    return { raw, value: fields, logged: fields }
  }
  const value = parseJson(text)
  return { raw, value, logged: value }
}

/**
 * Groups key/value pairs into an object; a repeated key becomes an array.
 *
 * @param entries E.g. `URLSearchParams`.
 * @returns `{ key: value | value[] }`.
 */
export function groupEntries<V>(entries: Iterable<[string, V]>): Record<string, V | V[]> {
  const out: Record<string, V | V[]> = {}
  for (const [key, value] of entries) {
    const prior = out[key]
    if (prior === undefined) out[key] = value
    else out[key] = Array.isArray(prior) ? [...prior, value] : [prior as V, value]
  }
  return out
}

function summariseForm(form: FormData): Record<string, unknown> {
  const entries: [string, unknown][] = []
  form.forEach((value, key) => {
    entries.push([key, typeof value === 'string' ? value : { filename: value.name, type: value.type, size: value.size }])
  })
  return groupEntries(entries)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Narrows a parsed body to a plain object.
 *
 * @param value A parsed body.
 * @returns The object, or undefined when the body is not one.
 */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof FormData)
    ? (value as Record<string, unknown>)
    : undefined
}
