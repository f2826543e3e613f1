/**
 * `learnAll`: teaches a fake every generated endpoint listed in the manifest, with its response
 * schemas. For Node tests only: it loads all 91 generated modules, so it is not exported from
 * `larkfn/testing` (whose entry stays small for browsers and workers). Import it from this file.
 *
 * @module
 */
import { manifest } from '../../manifest.ts'
import type { FakeApiKnobs } from './layer.ts'
import type { ApiModule } from './learn.ts'

/** Loads a package subpath such as `larkfn/contact/v3` or `larkfn/contact/v3/schemas`. */
export type LoadSubpath = (subpath: string) => Promise<ApiModule>

/** Loads from this source tree: `larkfn/<domain>/<version>[/schemas]` → `src/api/<domain>/<version>/…`. */
export const loadFromSource: LoadSubpath = (subpath) => {
  const parts = subpath.split('/').slice(1)
  const schemas = parts[parts.length - 1] === 'schemas'
  if (schemas) parts.pop()
  const [domain, version] = parts
  // Static patterns (the bundler resolves them): `<domain>/<version>`, or `<domain>` when unversioned.
  if (version === undefined) return (schemas ? import(`../../api/${domain}/schemas.ts`) : import(`../../api/${domain}/index.ts`)) as Promise<ApiModule>
  return (schemas ? import(`../../api/${domain}/${version}/schemas.ts`) : import(`../../api/${domain}/${version}/index.ts`)) as Promise<ApiModule>
}

/**
 * Teaches a fake every endpoint of the manifest: each subpath with its `…/schemas` module.
 *
 * @param fake The fake server.
 * @param load How to load a subpath (default: from this source tree; pass `(s) => import(s)` to
 *   load the built package).
 * @returns The number of endpoints learned.
 * @example
 * const fake = createFakeFeishu()
 * await learnAll(fake) // 1794
 */
export async function learnAll(fake: Pick<FakeApiKnobs, 'learn'>, load: LoadSubpath = loadFromSource): Promise<number> {
  const subpaths = [...new Set(manifest.map((entry) => entry.subpath))]
  const pairs = await Promise.all(subpaths.map((subpath) => Promise.all([load(subpath), load(`${subpath}/schemas`)])))
  // One call per pair: export names repeat across domains, so schemas are matched within a pair.
  return pairs.reduce((count, pair) => count + fake.learn(...pair), 0)
}
