/**
 * Entry of `npm run generate`: catalog JSON → `src/api/**`, `src/manifest.ts` and the package.json
 * `exports` / `typesVersions`. Deterministic: the same catalog gives byte-identical files, and files
 * under `src/api/` it no longer produces are deleted.
 *
 * Usage: `tsx codegen/generate.ts [--catalog dir] [--out dir] [--overrides file] [--static-exports file]`
 * (`--out` is the project root that holds `src/` and `package.json`).
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { emitDomain } from './emit-endpoints.ts'
import { emitEvents } from './emit-events.ts'
import { exportsMap, typesVersions, updatePackageJson } from './emit-exports.ts'
import { emitManifest } from './emit-manifest.ts'
import { emitCatalogModules } from './emit-modules.ts'
import { emitShadows } from './emit-shadows.ts'
import type { EndpointNames } from './names.ts'
import { checkOverrides, nameCatalog } from './names.ts'
import type { Catalog } from './catalog.ts'
import { catalogDir, compare } from './catalog.ts'
import { readCatalogDir } from './read-catalog.ts'

export interface GenerateOptions {
  /** Directory of `<domain>.<version>.json` files. */
  readonly catalogDir: string
  /** Project root: output goes to `<outDir>/src/api/`, `<outDir>/src/manifest.ts`, `<outDir>/package.json`. */
  readonly outDir: string
  /** `names.overrides.json`; a missing file means no overrides. */
  readonly overridesFile: string
  /** `exports.static.json` (hand-written subpath → source file); a missing file means none. */
  readonly staticExportsFile: string
}

export interface GenerateResult {
  readonly catalogs: number
  readonly endpoints: number
  /** Generated files (package.json not counted). */
  readonly files: number
  /** Their total size in bytes. */
  readonly bytes: number
  readonly written: number
  readonly deleted: number
  readonly warnings: readonly string[]
}

/**
 * Builds every output file in memory; writes nothing.
 *
 * @returns Contents by path relative to the project root (POSIX separators), plus the exports map.
 * @throws {Error} On a catalog problem, a name clash, a reserved word or a bad override.
 */
export function build(options: Pick<GenerateOptions, 'catalogDir' | 'overridesFile' | 'staticExportsFile'>) {
  const catalogs = readCatalogDir(options.catalogDir)
  const overrides = checkOverrides(readJson(options.overridesFile, {}), catalogs)
  const statics = readJson(options.staticExportsFile, {}) as Record<string, string>
  const warnings: string[] = []
  const files = new Map<string, string>()
  const names = new Map<string, EndpointNames>()
  const problems: string[] = []
  const named: { catalog: Catalog; names: Map<string, EndpointNames> }[] = []
  for (const catalog of catalogs) {
    try {
      named.push({ catalog, names: nameCatalog(catalog, overrides) })
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const subpaths = new Map<string, string>()
  for (const { catalog, names: catalogNames } of named) {
    for (const [id, n] of catalogNames) {
      names.set(id, n)
      subpaths.set(id, `larkfn/${catalogDir(catalog)}`)
    }
  }
  const replacement = (id: string) => {
    const n = names.get(id)
    return n === undefined ? undefined : { fn: n.fn, subpath: subpaths.get(id) as string }
  }
  for (const { catalog, names: catalogNames } of named) {
    const dir = `src/api/${catalogDir(catalog)}`
    for (const [file, text] of emitDomain(catalog, catalogNames, (w) => warnings.push(w), replacement)) files.set(`${dir}/${file}`, text)
  }
  files.set('src/manifest.ts', emitManifest(catalogs, names))
  // larkfn/proxy's list of literal siblings (a parameter value that would make a request another endpoint).
  files.set('src/proxy/shadows.ts', emitShadows(catalogs.flatMap((c) => c.endpoints)))
  // The fake server's list of what it may learn on demand.
  files.set('src/testing/api/modules.ts', emitCatalogModules(catalogs))
  // Event payload types (larkfn/events), when the catalog has them.
  if (existsSync(join(options.catalogDir, 'events.json'))) for (const [file, text] of emitEvents(options.catalogDir)) files.set(file, text)
  const map = exportsMap(catalogs, statics)
  return { catalogs, files, exports: map, typesVersions: typesVersions(map), warnings }
}

/**
 * Generates into `outDir`: writes changed files, deletes stale ones under `src/api/`, updates package.json.
 *
 * @throws {Error} As {@link build}; nothing is written then.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const out = build(options)
  let written = 0
  let bytes = 0
  for (const [path, text] of out.files) {
    bytes += Buffer.byteLength(text)
    const target = join(options.outDir, path)
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
    written++
  }
  let deleted = 0
  const apiDir = join(options.outDir, 'src', 'api')
  for (const file of listFiles(apiDir)) {
    const path = relative(options.outDir, file).split(sep).join('/')
    if (out.files.has(path)) continue
    rmSync(file)
    deleted++
  }
  removeEmptyDirs(apiDir)
  const pkgPath = join(options.outDir, 'package.json')
  const before = existsSync(pkgPath) ? readFileSync(pkgPath, 'utf8') : '{}\n'
  const after = updatePackageJson(before, { exports: out.exports, typesVersions: out.typesVersions })
  if (after !== before) writeFileSync(pkgPath, after)
  return {
    catalogs: out.catalogs.length,
    endpoints: out.catalogs.reduce((n, c) => n + c.endpoints.length, 0),
    files: out.files.size,
    bytes,
    written,
    deleted,
    warnings: out.warnings,
  }
}

function readJson(file: string, fallback: unknown): unknown {
  if (!existsSync(file)) return fallback
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`)
  }
}

/** Every file under a directory, sorted; none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir).sort(compare)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else out.push(path)
  }
  return out
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return
  for (const name of readdirSync(dir)) removeEmptyDirs(join(dir, name))
  if (readdirSync(dir).length === 0) rmdirSync(dir)
}

function parseArgs(argv: readonly string[]): GenerateOptions {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const flags: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string
    const value = argv[i + 1]
    if (!['--catalog', '--out', '--overrides', '--static-exports'].includes(flag) || value === undefined) {
      throw new Error(`usage: tsx codegen/generate.ts [--catalog dir] [--out dir] [--overrides file] [--static-exports file]`)
    }
    flags[flag] = value
    i++
  }
  return {
    catalogDir: resolve(flags['--catalog'] ?? join(root, 'catalog')),
    outDir: resolve(flags['--out'] ?? root),
    overridesFile: resolve(flags['--overrides'] ?? join(root, 'codegen', 'names.overrides.json')),
    staticExportsFile: resolve(flags['--static-exports'] ?? join(root, 'codegen', 'exports.static.json')),
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now()
    const result = generate(parseArgs(process.argv.slice(2)))
    for (const w of result.warnings) console.warn(`warning: ${w}`)
    const ms = Math.round(performance.now() - started)
    console.log(
      `generated ${result.endpoints} endpoints from ${result.catalogs} catalogs: ${result.files} files, ` +
        `${(result.bytes / 1024).toFixed(0)} KiB (${result.written} written, ${result.deleted} deleted) in ${ms} ms`,
    )
  } catch (error) {
    console.error(`codegen: ${(error as Error).message}`)
    process.exitCode = 1
  }
}
