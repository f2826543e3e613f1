import { createLarkValidationError } from '../core/errors.ts'
import type { EndpointSpec, HttpMethod } from '../core/types.ts'
import type { ManifestEntry } from '../manifest.ts'

/** An allowed endpoint: its function (or anything with `spec`), its spec, or its official id. */
export type AllowEntry = string | EndpointSpec | { readonly spec: EndpointSpec }

/** One allowed method + path pattern. */
export interface Matcher {
  readonly method: HttpMethod
  readonly pattern: RegExp
  readonly spec: EndpointSpec
}

function toPattern(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${escaped}$`)
}

/**
 * Compiles the allow list. Ids are looked up in the manifest the caller passes (`larkfn/manifest`):
 * a proxy that lists functions never bundles the 1,680-entry manifest.
 *
 * @throws {LarkValidationError} When an id is unknown, or ids are given without a manifest.
 */
export function compileAllow(allow: readonly AllowEntry[], manifest: readonly ManifestEntry[] | undefined): Matcher[] {
  const ids = allow.filter((entry): entry is string => typeof entry === 'string')
  const specs = allow.filter((e): e is EndpointSpec | { spec: EndpointSpec } => typeof e !== 'string').map((e) => ('spec' in e ? e.spec : e))
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
  return specs.map((spec) => ({ method: spec.method, pattern: toPattern(spec.path), spec }))
}
