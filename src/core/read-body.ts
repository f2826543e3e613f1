/**
 * Reads a request body up to a size limit, without trusting `Content-Length`, and up to a deadline.
 *
 * @module
 */

/**
 * An oversized body is still read (and dropped) up to this many times the limit, so a keep-alive
 * connection stays usable after the 413; past it the stream is cancelled.
 */
const DRAIN_FACTOR = 8

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let left = budget
  while (left > 0) {
    const { done, value } = await reader.read()
    if (done) return
    left -= value.length
  }
  await reader.cancel().catch(() => {})
}

const LATE: unique symbol = Symbol('late')

/**
 * Reads the whole body as bytes.
 *
 * @param request The incoming request.
 * @param max Largest accepted size in bytes.
 * @param timeUp Resolves when the answer is due: a body still arriving then is given up on.
 * @returns The bytes; `'too-large'` when the body (or its declared length) passes `max`;
 * `'too-slow'` when it is not in by `timeUp`.
 * @throws When the stream fails (the client went away).
 */
export async function readBody(request: Request, max: number, timeUp?: Promise<void>): Promise<Uint8Array<ArrayBuffer> | 'too-large' | 'too-slow'> {
  if (request.body === null) return new Uint8Array(0)
  const reader = request.body.getReader()
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > max) {
    await (declared <= max * DRAIN_FACTOR ? drain(reader, declared) : reader.cancel().catch(() => {}))
    return 'too-large'
  }
  const late = timeUp?.then((): typeof LATE => LATE)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const next = await (late ? Promise.race([reader.read(), late]) : reader.read())
    if (next === LATE) {
      void reader.cancel().catch(() => {})
      return 'too-slow'
    }
    const { done, value } = next
    if (done) break
    size += value.length
    if (size > max) {
      await drain(reader, max * DRAIN_FACTOR - size)
      return 'too-large'
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
