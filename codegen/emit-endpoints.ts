/**
 * One catalog (domain-version) → the files of `src/api/<domain>/<version>/`: one module per resource
 * and `index.ts` (the subpath entry) here; `types.ts`, `models.ts` and `schemas.ts` in emit-models.ts.
 *
 * @module
 */
import type { ExprDoc, TypeDoc, TypeProp } from './layout.ts'
import { docText, importDecl, printExpr, printProps, printType, quote } from './layout.ts'
import type { EndpointNames } from './names.ts'
import type { Catalog, CatalogEndpoint, TokenKind, TypeNode } from './catalog.ts'
import { catalogDir, catalogSegments, compare, coreDir, pathParams } from './catalog.ts'
import type { Uses } from './emit-types.ts'
import { hasRequired, newUses, objectEntries, propsOf, schemaOf, typeOf } from './emit-types.ts'
import { banner, emitModels, emitSchemas, emitTypes, sorted } from './emit-models.ts'

/** File names the generator itself writes in every domain-version directory. */
export const FIXED_FILES: readonly string[] = ['index', 'models', 'schemas', 'types']

/** The module (file name without `.ts`) of an endpoint: its resource segments, in catalog spelling. */
export function resourceOf(id: string): string {
  const segments = id.split('.')
  const resource = segments.slice(catalogSegments(id), -1)
  // An id without a resource (`auth.v3.something`) lives in a module named after the domain.
  return resource.length > 0 ? resource.join('.') : (segments[0] as string)
}

/**
 * Emits the files of one domain-version.
 *
 * @param catalog The checked catalog.
 * @param names Names by endpoint id (from `nameCatalog`).
 * @param warn Receives facts the generator ignored (e.g. a path property the path does not have).
 * @returns File contents by file name (`user.ts`, `types.ts`…), in a fixed order.
 * @throws {Error} When a resource module would take a file name the generator writes itself.
 */
export function emitDomain(
  catalog: Catalog,
  names: ReadonlyMap<string, EndpointNames>,
  warn: (message: string) => void = () => {},
  replacement: (id: string) => Replacement | undefined = () => undefined,
): Map<string, string> {
  const byResource = new Map<string, CatalogEndpoint[]>()
  for (const e of catalog.endpoints) {
    const resource = resourceOf(e.id)
    if (FIXED_FILES.includes(resource)) {
      throw new Error(`${e.id}: its resource module "${resource}.ts" would overwrite the generated ${resource}.ts`)
    }
    byResource.set(resource, [...(byResource.get(resource) ?? []), e])
  }
  const resources = [...byResource.keys()].sort(compare)
  const files = new Map<string, string>()
  const nameOf = (e: CatalogEndpoint) => names.get(e.id) as EndpointNames
  for (const resource of resources) {
    files.set(`${resource}.ts`, emitResource(catalog, byResource.get(resource) as CatalogEndpoint[], nameOf, warn, replacement))
  }
  files.set('types.ts', emitTypes(catalog))
  files.set('models.ts', emitModels(catalog))
  files.set('schemas.ts', emitSchemas(catalog, resources, byResource, nameOf))
  files.set('index.ts', emitIndex(catalog, resources))
  return files
}

function emitResource(
  catalog: Catalog,
  endpoints: readonly CatalogEndpoint[],
  nameOf: (e: CatalogEndpoint) => EndpointNames,
  warn: (message: string) => void,
  replacement: (id: string) => Replacement | undefined,
): string {
  const uses = newUses()
  let download = false
  const factories = new Set<string>()
  const blocks = endpoints.map((e) => {
    download ||= e.download
    factories.add(factoryOf(e))
    return emitEndpoint(catalog, e, nameOf(e), uses, warn, replacement)
  })
  const lines: string[] = []
  if (download) lines.push(`import type { Download } from '${coreDir(catalog)}/download.ts'`)
  lines.push(importDecl(sorted(factories), `${coreDir(catalog)}/endpoint.ts`))
  if (uses.file) lines.push(`import { file, type FileInput } from '${coreDir(catalog)}/schema.ts'`)
  if (uses.valibot.size > 0) lines.push(importDecl(sorted(uses.valibot), `${coreDir(catalog)}/valibot.ts`))
  if (uses.factories.size > 0) lines.push(importDecl(sorted(uses.factories), './models.ts'))
  if (uses.models.size > 0) lines.push(importDecl(sorted(uses.models), './types.ts', true))
  return `${banner(catalog)}${lines.join('\n')}\n\n${blocks.join('\n')}`
}

function emitEndpoint(
  catalog: Catalog,
  e: CatalogEndpoint,
  names: EndpointNames,
  uses: Uses,
  warn: (message: string) => void,
  replacement: (id: string) => Replacement | undefined,
): string {
  const { request } = e
  const params = pathParams(e.path)
  const declared = Object.keys(request.path?.properties ?? {})
  const extra = declared.filter((p) => !params.includes(p))
  if (extra.length > 0) warn(`${e.id}: request.path has ${extra.join(', ')}, which ${e.path} does not; ignored`)

  // Input: the type and the schema of `{ path, query, body }`, part by part.
  const inputProps: TypeProp[] = []
  const inputEntries: { key: string; value: ExprDoc }[] = []
  const stringSchema = (): ExprDoc => {
    uses.valibot.add('string')
    return { k: 'call', fn: 'string', args: [] }
  }
  const optional = (value: ExprDoc): ExprDoc => {
    uses.valibot.add('optional')
    return { k: 'call', fn: 'optional', args: [value] }
  }
  if (params.length > 0) {
    inputProps.push({ key: 'path', optional: false, type: { k: 'obj', props: params.map((p) => ({ key: p, optional: false, type: { k: 'name', s: 'string' } })) } })
    uses.valibot.add('looseObject')
    inputEntries.push({ key: 'path', value: { k: 'call', fn: 'looseObject', args: [{ k: 'obj', props: params.map((p) => ({ key: p, value: stringSchema() })) }] } })
  }
  for (const part of ['query', 'body'] as const) {
    const node = request[part]
    if (node === undefined) continue
    const required = hasRequired(node, catalog.models)
    const type: TypeDoc =
      node.type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0
        ? { k: 'obj', props: propsOf(node.properties, uses) }
        : typeOf(node, uses)
    inputProps.push({ key: part, optional: !required, type })
    const schema = node.type === 'object' ? objectSchema(node, uses) : schemaOf(node, uses)
    inputEntries.push({ key: part, value: required ? schema : optional(schema) })
  }

  const out: string[] = []
  out.push(`/** Input of {@link ${names.fn}}. */`)
  if (inputProps.length === 0) out.push(`export type ${names.input} = { [key: string]: never }`)
  else out.push(`export interface ${names.input} {\n${printProps(inputProps, 2)}}`)
  out.push('')

  out.push(`/** ${e.download ? 'The file' : e.flat ? 'Body' : '`data`'} of a successful {@link ${names.fn}} response. */`)
  out.push(outputDeclaration(e, names, uses))
  out.push('')

  out.push('/**')
  out.push(` * \`${e.id}\`: ${e.method} ${docText(e.path)} (${tokenText(e.tokens)}).`)
  const facts = endpointFacts(e)
  if (facts.length > 0) out.push(' *', ...facts.map((f) => ` * ${f}`))
  out.push(' *')
  if (e.deprecated) out.push(deprecatedTag(catalog, e, replacement))
  out.push(` * @see ${docText(e.docUrl)}`)
  out.push(' */')

  const spec: string[] = [`  id: ${quote(e.id)},`, `  method: ${quote(e.method)},`, `  path: ${quote(e.path)},`]
  spec.push(`  tokens: [${e.tokens.map(quote).join(', ')}],`)
  if (inputEntries.length > 0) {
    uses.valibot.add('looseObject')
    const schema: ExprDoc = { k: 'call', fn: 'looseObject', args: [{ k: 'obj', props: inputEntries }] }
    const flat = printExpr(schema, 4, 15, 1)
    spec.push(flat.includes('\n') ? `  input: () =>\n    ${printExpr(schema, 4, 4, 1)},` : `  input: () => ${flat},`)
  }
  if (e.paginated) {
    // `items: null` when the response has no single array of items: paginateItems refuses those.
    const page = [`items: ${e.paginated.items === null ? 'null' : quote(e.paginated.items)}`]
    if (e.paginated.tokenIn !== 'query') page.push(`tokenIn: ${quote(e.paginated.tokenIn)}`)
    if (e.paginated.next !== 'page_token') page.push(`next: ${quote(e.paginated.next)}`)
    spec.push(`  page: { ${page.join(', ')} },`)
  }
  if (e.headers.length > 0) spec.push(`  headers: [${e.headers.map(quote).join(', ')}],`)
  if (e.multipart) spec.push(`  body: 'multipart',`)
  if (e.download) spec.push('  download: true,')
  if (e.flat) spec.push('  flat: true,')
  if (e.host !== undefined) spec.push(`  host: ${quote(e.host)},`)
  if (e.idempotent && e.method !== 'GET') spec.push('  idempotent: true,')
  // Paginated endpoints carry `true` in their type, so `paginate` refuses the others at compile time.
  const typeArgs = `${names.input}, ${names.output}${e.paginated ? ', true' : ''}`
  out.push(`export const ${names.fn} = /*#__PURE__*/ ${factoryOf(e)}<${typeArgs}>({`, ...spec, '})')
  return `${out.join('\n')}\n`
}

/** File endpoints (multipart body, file answer) bring the form and download code; JSON ones do not. */
function factoryOf(e: CatalogEndpoint): 'endpoint' | 'fileEndpoint' {
  return e.multipart || e.download ? 'fileEndpoint' : 'endpoint'
}

/** A request part's object schema: `looseObject` with its entries (an empty object stays open too). */
function objectSchema(node: TypeNode, uses: Uses): ExprDoc {
  uses.valibot.add('looseObject')
  return { k: 'call', fn: 'looseObject', args: [objectEntries(node.properties ?? {}, uses)] }
}

function outputDeclaration(e: CatalogEndpoint, names: EndpointNames, uses: Uses): string {
  if (e.download) return `export type ${names.output} = Download`
  const node = e.response
  if (node === undefined) return `export type ${names.output} = unknown`
  if (node.type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0) {
    return `export interface ${names.output} {\n${printProps(propsOf(node.properties, uses), 2)}}`
  }
  const head = `export type ${names.output} =`
  const type = printType(typeOf(node, uses), 0, head.length + 1)
  return type.startsWith('\n') ? `${head}${type}` : `${head} ${type}`
}

function tokenText(tokens: readonly TokenKind[]): string {
  if (tokens.length === 0) return 'no token'
  if (tokens.length === 1) return `${tokens[0]} token`
  return `${tokens.slice(0, -1).join(', ')} or ${tokens[tokens.length - 1]} token`
}

function endpointFacts(e: CatalogEndpoint): string[] {
  const facts: string[] = []
  if (e.paginated) {
    const { items, tokenIn, next } = e.paginated
    const notes = [
      items === null ? 'no single items array' : '',
      tokenIn === 'body' ? 'page token in the body' : '',
      next !== 'page_token' ? `next token in \`${next}\`` : '',
    ].filter((s) => s !== '')
    facts.push(`Paginated${items === null ? '' : ` over \`${items}\``}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}.`)
  }
  for (const header of e.headers) facts.push(`Needs the \`${header}\` header.`)
  if (e.multipart) facts.push('Multipart body.')
  if (e.download) facts.push('Responds with a file.')
  if (e.flat) facts.push('Responds without the `{ code, msg, data }` envelope.')
  if (e.host === 'www') facts.push('Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.')
  if (e.listOnly) facts.push('On the platform\'s API list but in no other SDK\'s catalog: typed from its doc page.')
  if (!e.schemaKnown) facts.push(`Loosely typed: ${docText(e.schemaNote ?? '')}`)
  return facts
}

/** Where the replacement of a deprecated endpoint lives. */
export interface Replacement {
  readonly fn: string
  /** `larkfn/bitable/v1` */
  readonly subpath: string
}

/** `@deprecated`, naming the replacement when the docs give one: a link in the same subpath, else its import. */
function deprecatedTag(catalog: Catalog, e: CatalogEndpoint, replacement: (id: string) => Replacement | undefined): string {
  const to = e.replacedBy === undefined ? undefined : replacement(e.replacedBy)
  if (e.replacedBy !== undefined && to === undefined) throw new Error(`${e.id}: replacedBy ${e.replacedBy} has no generated function`)
  if (to === undefined) return ' * @deprecated'
  if (to.subpath === `larkfn/${catalogDir(catalog)}`) return ` * @deprecated Use {@link ${to.fn}} instead.`
  return ` * @deprecated Use \`${to.fn}\` from \`${to.subpath}\` instead.`
}

/** `index.ts`: the subpath entry `larkfn/<domain>/<version>`. */
function emitIndex(catalog: Catalog, resources: readonly string[]): string {
  const lines = [
    banner(catalog),
    '/**',
    ` * \`larkfn/${catalogDir(catalog)}\`: the ${catalog.domain}${catalog.version === '' ? '' : ` ${catalog.version}`} endpoints, their input and output types, and the shared shapes.`,
    ' *',
    ' * @module',
    ' */',
    ...resources.map((r) => `export * from './${r}.ts'`),
    `export type * from './types.ts'`,
    '',
  ]
  return lines.join('\n')
}
