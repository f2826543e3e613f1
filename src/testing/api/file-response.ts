/**
 * The answer of a download endpoint: raw bytes with a media type, a length and
 * `Content-Disposition: attachment; filename="…"`.
 *
 * @module
 */

/**
 * The `Content-Disposition` value of a file. The platform puts the raw UTF-8 bytes of the name in
 * the quoted string (Python's SDK decodes them that way), so non-ASCII names are sent as UTF-8
 * bytes in Latin-1 code units, the only form a header value can hold.
 *
 * @param filename The file's name.
 * @returns `attachment; filename="…"`.
 */
export function attachment(filename: string): string {
  const bytes = new TextEncoder().encode(filename.replace(/[\\"]/g, '\\$&').replace(/[\r\n]/g, ' '))
  return `attachment; filename="${String.fromCharCode(...bytes)}"`
}

/**
 * A file response.
 *
 * @param bytes The file's bytes.
 * @param filename The name sent in `Content-Disposition`.
 * @param contentType The media type (default `application/octet-stream`).
 * @returns HTTP 200 with the bytes.
 */
export function fileResponse(bytes: Uint8Array, filename: string, contentType = 'application/octet-stream'): Response {
  return new Response(bytes.slice(), {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-length': String(bytes.byteLength),
      'content-disposition': attachment(filename),
    },
  })
}
