/**
 * The package `exports` map (and `typesVersions` for node10-style resolution): every subpath listed
 * explicitly, `types` first, written into package.json by a read-modify-write of those two keys only.
 *
 * @module
 */
import { catalogDir, compare } from './catalog.ts'

export interface ExportTarget {
  readonly types: string
  readonly bun?: string
  readonly deno?: string
  readonly node?: string
  readonly default: string
}

/** `src/testing/index.ts` → `{ types: './dist/testing/index.d.ts', default: './dist/testing/index.js' }`. */
export function distTarget(source: string): ExportTarget {
  const match = /^src\/(.+)\.tsx?$/.exec(source)
  if (!match) throw new Error(`exports: "${source}" is not a source file under src/`)
  return { types: `./dist/${match[1]}.d.ts`, default: `./dist/${match[1]}.js` }
}

/**
 * Builds the exports map: `.` first, then every subpath sorted, then `./package.json`.
 *
 * @param domains The generated domain-versions.
 * @param statics Hand-written subpaths (`./testing` → `src/testing/index.ts`), from exports.static.json.
 * @returns The value of package.json `"exports"`.
 * @throws {Error} When a static subpath takes a generated one or is malformed.
 */
export function exportsMap(
  domains: readonly { readonly domain: string; readonly version: string }[],
  statics: Readonly<Record<string, string>>,
): Record<string, ExportTarget | string> {
  const entries = new Map<string, string>()
  const add = (subpath: string, source: string) => {
    if (entries.has(subpath)) throw new Error(`exports: "${subpath}" is listed twice (exports.static.json and the catalog?)`)
    entries.set(subpath, source)
  }
  for (const catalog of domains) {
    const dir = catalogDir(catalog)
    add(`./${dir}`, `src/api/${dir}/index.ts`)
    add(`./${dir}/schemas`, `src/api/${dir}/schemas.ts`)
  }
  add('./manifest', 'src/manifest.ts')
  for (const [subpath, source] of Object.entries(statics)) {
    if (!/^\.\/[a-z0-9][a-z0-9_/-]*$/.test(subpath) || subpath.endsWith('/')) throw new Error(`exports.static.json: bad subpath "${subpath}"`)
    if (typeof source !== 'string') throw new Error(`exports.static.json: "${subpath}" does not map to a source file`)
    add(subpath, source)
  }
  // Node takes the root entry whose contexts default to `nodeFetch` (src/index.node.ts); Bun and Deno
  // also match `node`, so they are sent to the plain entry first (their global fetch is native).
  const root = distTarget('src/index.ts')
  const map: Record<string, ExportTarget | string> = {
    '.': { types: root.types, bun: root.default, deno: root.default, node: distTarget('src/index.node.ts').default, default: root.default },
  }
  for (const subpath of [...entries.keys()].sort(compare)) map[subpath] = distTarget(entries.get(subpath) as string)
  // Likewise `larkfn/ws`: on Node its WebSocket honours HTTPS_PROXY / NO_PROXY (src/ws/index.node.ts).
  const ws = map['./ws']
  if (typeof ws === 'object') map['./ws'] = { types: ws.types, bun: ws.default, deno: ws.default, node: distTarget('src/ws/index.node.ts').default, default: ws.default }
  map['./package.json'] = './package.json'
  return map
}

/** `typesVersions` for resolvers that ignore `exports` (TypeScript's node10): subpath → its `.d.ts`. */
export function typesVersions(map: Readonly<Record<string, ExportTarget | string>>): Record<string, Record<string, string[]>> {
  const paths: Record<string, string[]> = {}
  for (const [subpath, target] of Object.entries(map)) {
    if (subpath === '.' || typeof target === 'string') continue
    paths[subpath.slice(2)] = [target.types]
  }
  return { '*': paths }
}

/**
 * Sets `exports` and `typesVersions` in package.json text, leaving every other key, its place and
 * the file's indentation as they were. New keys go after `sideEffects` (or at the end).
 *
 * @param text The current package.json.
 * @returns The new package.json text.
 */
export function updatePackageJson(text: string, fields: { readonly exports: unknown; readonly typesVersions: unknown }): string {
  const pkg = JSON.parse(text) as Record<string, unknown>
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  const keys = Object.keys(pkg)
  const out: Record<string, unknown> = {}
  const others = keys.filter((k) => k !== 'typesVersions')
  const anchor = keys.includes('exports') ? undefined : others.includes('sideEffects') ? 'sideEffects' : others[others.length - 1]
  for (const key of keys) {
    if (key === 'typesVersions' && !keys.includes('exports')) continue
    out[key] = key === 'exports' ? fields.exports : key === 'typesVersions' ? fields.typesVersions : pkg[key]
    if (key === 'exports' && !keys.includes('typesVersions')) out['typesVersions'] = fields.typesVersions
    if (key === anchor) {
      out['exports'] = fields.exports
      out['typesVersions'] = fields.typesVersions
    }
  }
  if (others.length === 0) Object.assign(out, fields)
  return `${JSON.stringify(out, null, indent)}\n`
}
