/**
 * `src/proxy/shadows.ts`, derived from the catalog's endpoints: for every pair of endpoints with the
 * same method where one path is more literal than the other and both can match one request path
 * (`GET /users/find_by_department` vs `GET /users/:user_id`), the literal segment that decides it,
 * keyed by method, segment count and the segment before it. The proxy refuses a parameter value
 * equal to such a literal, so an allowed `/users/:user_id` never reaches its literal sibling.
 *
 * `npm run generate` writes it with the manifest.
 *
 * @module
 */

const isParam = (segment: string) => segment.startsWith(':')

/**
 * The key of the position where `literal` beats `param` for some request path, or undefined when
 * the two paths never match one request path or `param` is the more literal one.
 */
export function decidingKey(method: string, literal: string, param: string): string | undefined {
  const q = literal.split('/')
  const p = param.split('/')
  if (literal === param || q.length !== p.length) return undefined
  let decisive = -1
  for (let i = 0; i < q.length; i++) {
    const a = q[i]!
    const b = p[i]!
    if (!isParam(a) && !isParam(b)) {
      if (a !== b) return undefined
    } else if (decisive === -1 && isParam(a) !== isParam(b)) decisive = i
  }
  if (decisive === -1 || isParam(q[decisive]!)) return undefined
  const before = q[decisive - 1]!
  return `${method}:${q.length}:${isParam(before) ? '*' : before}/${q[decisive]}`
}

/** Every deciding key among the endpoints, sorted. */
export function deriveShadows(entries: readonly { readonly method: string; readonly path: string }[]): string[] {
  const keys = new Set<string>()
  for (const q of entries) {
    for (const p of entries) {
      if (q.method !== p.method) continue
      const key = decidingKey(q.method, q.path, p.path)
      if (key !== undefined) keys.add(key)
    }
  }
  return [...keys].sort()
}

/** The text of `src/proxy/shadows.ts`. */
export function emitShadows(entries: readonly { readonly method: string; readonly path: string }[]): string {
  const keys = deriveShadows(entries)
  return [
    '// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.',
    '/**',
    ' * Literal path segments that beat a parameter of a sibling endpoint with the same method, as',
    ' * `METHOD:segments:before/literal` (`GET:6:users/find_by_department` beats `GET /open-apis/contact/v3/users/:user_id`).',
    ' * The proxy refuses a parameter value that would turn an allowed endpoint into its literal sibling.',
    ' *',
    ' * @module',
    ' */',
    `export const SHADOWS = '${keys.join(' ')}'`,
    '',
  ].join('\n')
}
