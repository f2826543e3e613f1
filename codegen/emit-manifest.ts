/**
 * `src/manifest.ts` (subpath `larkfn/manifest`): one data record per generated endpoint, sorted by id.
 *
 * @module
 */
import type { EndpointNames } from './names.ts'
import { quote } from './layout.ts'
import type { Catalog, CatalogEndpoint } from './catalog.ts'
import { catalogDir, compare } from './catalog.ts'

/**
 * Emits the manifest module.
 *
 * @param catalogs Every catalog.
 * @param names Names by endpoint id, over all catalogs.
 * @returns The text of `src/manifest.ts`.
 */
export function emitManifest(catalogs: readonly Catalog[], names: ReadonlyMap<string, EndpointNames>): string {
  const rows: { id: string; line: string }[] = []
  const subpaths = new Map(catalogs.flatMap((c) => c.endpoints.map((e) => [e.id, `larkfn/${catalogDir(c)}`] as const)))
  const replacement = (id: string) => `{ export: ${quote((names.get(id) as EndpointNames).fn)}, subpath: ${quote(subpaths.get(id) as string)} }`
  for (const catalog of catalogs) {
    for (const e of catalog.endpoints) rows.push({ id: e.id, line: entry(catalog, e, names.get(e.id) as EndpointNames, replacement) })
  }
  rows.sort((a, b) => compare(a.id, b.id))
  return [
    '// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.',
    '/**',
    ' * `larkfn/manifest`: every generated endpoint as data (official id, method, path, export name and',
    ' * subpath, token kinds, flags, doc link), for tools, docs and tests.',
    ' *',
    ' * @module',
    ' */',
    `import type { HttpMethod, TokenKind } from './core/types.ts'`,
    '',
    '/** One generated endpoint. */',
    'export interface ManifestEntry {',
    '  /** Official dotted name, e.g. `contact.v3.user.batch_get_id`. */',
    '  readonly id: string',
    '  readonly httpMethod: HttpMethod',
    '  /** Path with `:param` placeholders. */',
    '  readonly path: string',
    '  /** Name of the endpoint function exported by `subpath`. */',
    '  readonly export: string',
    '  /** Package subpath that exports it, e.g. `larkfn/contact/v3`. */',
    '  readonly subpath: string',
    '  /** Accepted token kinds, preferred first; empty when the call carries no token. */',
    '  readonly tokens: readonly TokenKind[]',
    '  readonly paginated: boolean',
    '  readonly multipart: boolean',
    '  readonly download: boolean',
    '  readonly deprecated: boolean',
    '  /** Export name and subpath of the replacement the docs name, when deprecated and they name one. */',
    '  readonly replacedBy?: { readonly export: string; readonly subpath: string }',
    "  /** On the platform's API list but in no other SDK's catalog (added from its doc page). */",
    '  readonly listOnly: boolean',
    '  /** False when its doc page was not clear enough: the schemas are loose. */',
    '  readonly schemaKnown: boolean',
    '  readonly docUrl: string',
    '}',
    '',
    `/** Every generated endpoint (${rows.length}), sorted by id. */`,
    'export const manifest: readonly ManifestEntry[] = [',
    ...rows.map((r) => `  ${r.line},`),
    ']',
    '',
  ].join('\n')
}

function entry(catalog: Catalog, e: CatalogEndpoint, names: EndpointNames, replacement: (id: string) => string): string {
  const fields = [
    `id: ${quote(e.id)}`,
    `httpMethod: ${quote(e.method)}`,
    `path: ${quote(e.path)}`,
    `export: ${quote(names.fn)}`,
    `subpath: ${quote(`larkfn/${catalogDir(catalog)}`)}`,
    `tokens: [${e.tokens.map(quote).join(', ')}]`,
    `paginated: ${e.paginated !== null}`,
    `multipart: ${e.multipart}`,
    `download: ${e.download}`,
    `deprecated: ${e.deprecated}`,
    ...(e.replacedBy === undefined ? [] : [`replacedBy: ${replacement(e.replacedBy)}`]),
    `listOnly: ${e.listOnly}`,
    `schemaKnown: ${e.schemaKnown}`,
    `docUrl: ${quote(e.docUrl)}`,
  ]
  return `{ ${fields.join(', ')} }`
}
