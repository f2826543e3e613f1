import type { LarkResponse } from './types.ts'

/** What a download endpoint resolves to: the body stream first, nothing buffered until asked. */
export interface Download {
  /** The file's bytes, read once. */
  readonly body: ReadableStream<Uint8Array>
  /**
   * From `Content-Disposition`, made safe to use as a file name: the last path segment only, no
   * control characters, no leading dots, at most 255 characters (`../../.ssh/authorized_keys` →
   * `authorized_keys`). Undefined when nothing usable is left.
   */
  readonly filename: string | undefined
  /** The name exactly as the server sent it: never use it as a path. */
  readonly rawFilename: string | undefined
  readonly contentType: string | undefined
  /** From `Content-Length`, when known. */
  readonly contentLength: number | undefined
  readonly headers: Headers
  /** Reads the whole body into a Blob. */
  blob(): Promise<Blob>
  /** Reads the whole body into an ArrayBuffer. */
  arrayBuffer(): Promise<ArrayBuffer>
}

/** Header values arrive as Latin-1 code units; raw UTF-8 bytes in a filename are decoded back. */
function fromLatin1(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value
  const bytes = Uint8Array.from(value, (c) => c.charCodeAt(0))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return value
  }
}

/**
 * The filename of a `Content-Disposition` value: `filename*=UTF-8''…` (RFC 5987) first, then
 * `filename="…"` or a bare token.
 */
export function parseFilename(disposition: string | null): string | undefined {
  if (!disposition) return undefined
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim())
    } catch {
      /* fall back to the plain parameter */
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition)
  const raw = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]
  return raw === undefined ? undefined : fromLatin1(raw)
}

/**
 * A file name safe to join to a directory: the last segment after `/` or `\`, control and
 * bidirectional-override characters removed, leading dots and spaces trimmed, at most 255 characters.
 *
 * @returns The name, or undefined when nothing usable is left (`..`, `/`, empty).
 */
export function safeFilename(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const last = raw.split(/[/\\]/).pop() ?? ''
  const clean = last.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
  return clean === '' ? undefined : clean.slice(0, 255)
}

/** Wraps a successful file response. */
export function toDownload(res: LarkResponse): Download {
  const body = res.body as ReadableStream<Uint8Array>
  const length = res.headers.get('content-length')
  const contentType = res.headers.get('content-type') ?? undefined
  const rawFilename = parseFilename(res.headers.get('content-disposition'))
  return {
    body,
    filename: safeFilename(rawFilename),
    rawFilename,
    contentType,
    contentLength: length === null || length === '' ? undefined : Number(length),
    headers: res.headers,
    blob: () => new Response(body, { headers: contentType ? { 'content-type': contentType } : {} }).blob(),
    arrayBuffer: () => new Response(body).arrayBuffer(),
  }
}
