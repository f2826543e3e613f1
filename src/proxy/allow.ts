import { createLarkValidationError } from '../core/errors.ts'
import type { EndpointSpec, HttpMethod } from '../core/types.ts'
import type { ManifestEntry } from '../manifest.ts'
import { SHADOWS } from './shadows.ts'

/** An allowed endpoint: its function (or anything with `spec`), its spec, or its official id. */
export type AllowEntry = string | EndpointSpec | { readonly spec: EndpointSpec }

/** One allowed method + path, split into segments: a literal, or null for a `:param`. */
export interface Matcher {
  readonly method: HttpMethod
  readonly segments: readonly (string | null)[]
  readonly spec: EndpointSpec
}

/**
 * Compiles the allow list. Ids are looked up in the manifest the caller passes (`larkfn/manifest`):
 * a proxy that lists functions never bundles the 1,794-entry manifest.
 *
 * @throws {LarkValidationError} When an id is unknown, or ids are given without a manifest.
 */
export function compileAllow(allow: readonly AllowEntry[], manifest: readonly ManifestEntry[] | undefined): Matcher[] {
  const ids = allow.filter((entry): entry is string => typeof entry === 'string')
  const specs = allow.filter((e): e is EndpointSpec | { spec: EndpointSpec } => typeof e === 'object' && e !== null || typeof e === 'function').map((e) => ('spec' in e ? e.spec : e))
  if (ids.length > 0) {
    if (manifest === undefined) {
      throw createLarkValidationError('createProxy', [{ path: 'manifest', message: "endpoint ids need the manifest: pass { manifest } from 'larkfn/manifest', or list functions" }])
    }
    const byId = new Map(manifest.map((m) => [m.id, m]))
    const unknown = ids.filter((id) => !byId.has(id))
    if (unknown.length > 0) {
      throw createLarkValidationError('createProxy', unknown.map((id) => ({ path: 'allow', message: `unknown endpoint id '${id}'` })))
    }
    for (const id of ids) {
      const m = byId.get(id)!
      specs.push({ id, method: m.httpMethod, path: m.path, tokens: m.tokens, download: m.download, ...(m.multipart ? { body: 'multipart' as const } : {}) })
    }
  }
  const bad = specs.filter((s) => typeof s?.path !== 'string' || !s.path.startsWith('/') || typeof s.method !== 'string' || !Array.isArray(s.tokens))
  if (bad.length > 0 || specs.length + ids.length < allow.length) {
    throw createLarkValidationError('createProxy', [{ path: 'allow', message: 'entries must be endpoint functions, endpoint specs or endpoint ids' }])
  }
  return specs.map((spec) => ({ method: spec.method, segments: spec.path.split('/').map((s) => (s.startsWith(':') ? null : s)), spec }))
}

/** True when `a` beats `b` for a path both match: at the first place they differ, `a` has a literal. */
function moreLiteral(a: Matcher, b: Matcher): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i] === null
    const y = b.segments[i] === null
    if (x !== y) return y
  }
  return false
}

let shadows: Set<string> | undefined

/**
 * The ONE allowed endpoint a request is, the way the platform routes it: among the allowed
 * endpoints of its method whose path matches (decoded segments), literal segments beat parameters.
 * Undefined when none matches, or when a parameter's value is a literal that makes the request
 * another catalog endpoint (`GET /users/find_by_department` is not `GET /users/:user_id`).
 */
export function match(matchers: readonly Matcher[], method: string, segments: readonly string[]): Matcher | undefined {
  let best: Matcher | undefined
  for (const m of matchers) {
    if (m.method !== method || m.segments.length !== segments.length) continue
    if (m.segments.every((s, i) => (s === null ? segments[i] !== '' : s === segments[i])) && (best === undefined || moreLiteral(m, best))) best = m
  }
  if (best === undefined) return undefined
  shadows ??= new Set(SHADOWS.split(' '))
  const n = segments.length
  for (let i = 1; i < n; i++) {
    if (best.segments[i] !== null) continue
    const before = best.segments[i - 1] ?? '*'
    if (shadows.has(`${method}:${n}:${before}/${segments[i]}`)) return undefined
  }
  return best
}
