/**
 * `src/testing/api/modules.ts`: every generated `<domain>/<version>`, the names the fake server may
 * load on demand (and no other).
 *
 * @module
 */
import type { Catalog } from './catalog.ts'
import { compare } from './catalog.ts'

/** The module text. */
export function emitCatalogModules(catalogs: readonly Catalog[]): string {
  const names = catalogs.map((c) => `${c.domain}/${c.version}`).sort(compare)
  const lines: string[] = []
  let line = ' '
  for (const name of names) {
    const item = ` '${name}',`
    if (line.length + item.length > 118) {
      lines.push(line)
      line = ' '
    }
    line += item
  }
  lines.push(line)
  return [
    '// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.',
    '/**',
    " * Every generated `<domain>/<version>`: the only names the fake server's learning on demand loads.",
    ' *',
    ' * @module',
    ' */',
    '',
    '/** The generated domain modules, as `<domain>/<version>`. */',
    'export const CATALOG_MODULES: ReadonlySet<string> = new Set([',
    ...lines,
    '])',
    '',
  ].join('\n')
}
