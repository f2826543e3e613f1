/**
 * `src/testing/api/modules.ts`: the generated module names the fake server may load on demand, and
 * which module a request path belongs to.
 *
 * @module
 */
import type { Catalog } from './catalog.ts'
import { catalogDir, compare } from './catalog.ts'

/**
 * The head of a path: its first three segments (`open-apis/contact/v3`, `open-apis/drive/explorer`,
 * `approval/openapi/v2`, `open-apis/meeting_room/room`). Every endpoint path has one, and no head
 * belongs to two modules, so the head alone names the module to load.
 */
export function pathHead(path: string): string {
  return path.split('/').slice(1, 4).join('/')
}

/** The module text. */
export function emitCatalogModules(catalogs: readonly Catalog[]): string {
  const heads = new Map<string, string>()
  for (const catalog of catalogs) {
    const module = catalogDir(catalog)
    for (const e of catalog.endpoints) {
      const head = pathHead(e.path)
      const other = heads.get(head)
      if (other !== undefined && other !== module) throw new Error(`path head ${head} belongs to both ${other} and ${module} (${e.id})`)
      heads.set(head, module)
    }
  }
  const names = catalogs.map(catalogDir).sort(compare)
  return [
    '// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.',
    '/**',
    " * Every generated module (`<domain>/<version>`, or `<domain>` when the paths carry no version): the only",
    " * names the fake server's learning on demand loads, and the module of each path head.",
    ' *',
    ' * @module',
    ' */',
    '',
    '/** The generated domain modules. */',
    'export const CATALOG_MODULES: ReadonlySet<string> = new Set([',
    ...wrap(names.map((n) => `'${n}',`)),
    '])',
    '',
    '/** Path head (its first three segments, no leading slash) → the module that serves it. */',
    'export const CATALOG_HEADS: ReadonlyMap<string, string> = new Map([',
    ...wrap([...heads].sort(([a], [b]) => compare(a, b)).map(([h, m]) => `['${h}', '${m}'],`)),
    '])',
    '',
  ].join('\n')
}

function wrap(items: readonly string[]): string[] {
  const lines: string[] = []
  let line = ' '
  for (const item of items) {
    if (line.length + item.length + 1 > 118) {
      lines.push(line)
      line = ' '
    }
    line += ` ${item}`
  }
  lines.push(line)
  return lines
}
