/**
 * Joins the three readings into catalog endpoints: node-sdk types (ids, shapes) + node-sdk lib
 * (method, path, multipart, download, iterators) + lark-mcp (tokens, required flags, enums).
 */
import type { NodeLibMethod } from './node-lib.ts'
import type { NodeTypedMethod } from './node-types.ts'
import type { McpTool, TokenKind } from './mcp-tools.ts'
import { type MergeStats, mergeNode } from './merge.ts'
import type { TypeNode } from './type-node.ts'

export interface Paginated {
  items: string | null
  tokenIn: 'query' | 'body'
  next: 'page_token' | 'next_page_token'
}

export interface Endpoint {
  id: string
  method: string
  path: string
  tokens: TokenKind[] | null
  headers?: string[]
  docUrl: string
  deprecated: boolean
  paginated: Paginated | null
  multipart: boolean
  download: boolean
  flat: boolean
  request: { path?: TypeNode; query?: TypeNode; body?: TypeNode }
  response?: TypeNode
  /** `www`: served on the brand's www host (the old approval API). */
  host?: 'www'
  /** The id of the replacement the docs name for a deprecated endpoint (overrides or additions). */
  replacedBy?: string
  /** Only on additions (additions.ts). */
  listOnly?: true
  listId?: string
  schemaKnown?: false
  schemaNote?: string
}

export interface BuildReport {
  aliases: Array<{ key: string; kept: string; dropped: string[] }>
  untyped: string[]
  merge: MergeStats
  paginatedWithoutIterator: string[]
  iteratorWithoutPageToken: string[]
  itemsUnclear: string[]
  multipartWithoutFile: string[]
  fileWithoutMultipart: string[]
  pathMismatch: string[]
}

export function buildEndpoints(
  types: NodeTypedMethod[],
  lib: NodeLibMethod[],
  mcp: Map<string, McpTool>,
): { endpoints: Endpoint[]; report: BuildReport } {
  const typed = new Map(types.map((t) => [t.keyPath, t]))
  const iterators = new Map(
    lib.filter((m) => m.iteratorTokenIn).map((m) => [m.keyPath.replace(/WithIterator$/, ''), m] as const),
  )
  const report: BuildReport = {
    aliases: [],
    untyped: [],
    merge: { requiredChanged: 0, enumsAdded: 0, propertiesAdded: 0 },
    paginatedWithoutIterator: [],
    iteratorWithoutPageToken: [],
    itemsUnclear: [],
    multipartWithoutFile: [],
    fileWithoutMultipart: [],
    pathMismatch: [],
  }

  // One endpoint per method+path. node-sdk adds hand-written aliases (im.v1.message.createByCard…):
  // keep the method whose client name is the camelCase of the official method name, else the
  // smallest key path.
  const byKey = new Map<string, NodeLibMethod[]>()
  for (const m of lib) {
    if (m.iteratorTokenIn) continue
    const key = `${m.method} ${m.path}`
    byKey.set(key, [...(byKey.get(key) ?? []), m])
  }
  const endpoints: Endpoint[] = []
  for (const [key, group] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ranked = [...group].sort((a, b) => rank(a, typed) - rank(b, typed) || cmp(a.keyPath, b.keyPath))
    const chosen = ranked[0]!
    if (ranked.length > 1)
      report.aliases.push({ key, kept: chosen.keyPath, dropped: ranked.slice(1).map((m) => m.keyPath) })
    const t = typed.get(chosen.keyPath)
    if (!t?.id || !t.docUrl) throw new Error(`no api-explorer document link for ${chosen.keyPath}`)
    const tool = mcp.get(key)
    const request: Endpoint['request'] = {}
    for (const part of ['path', 'query', 'body'] as const) {
      const merged = mergeNode(t.payload[part], tool?.request[part], report.merge)
      if (merged && !(merged.type === 'object' && Object.keys(merged.properties ?? {}).length === 0))
        request[part] = merged
    }
    const pathPart = pathParams(chosen.path, request.path, t.id, report)
    if (pathPart) request.path = pathPart
    else delete request.path
    if (!tool?.tokens) report.untyped.push(t.id)
    const download = chosen.download || t.returns === 'download'
    const response = download ? undefined : t.response
    const paginated = pagination(t.id, request, response, iterators.get(chosen.keyPath), report)
    const hasFile = containsFile(request.body)
    if (chosen.multipart && !hasFile) report.multipartWithoutFile.push(t.id)
    if (!chosen.multipart && hasFile) report.fileWithoutMultipart.push(t.id)
    endpoints.push({
      id: t.id,
      method: chosen.method,
      path: chosen.path,
      tokens: tool?.tokens ?? null,
      docUrl: t.docUrl,
      deprecated: t.deprecatedTag || t.historicAlert || !!tool?.deprecated,
      paginated,
      multipart: chosen.multipart,
      download,
      flat: false,
      request,
      ...(response ? { response } : {}),
    })
  }
  endpoints.sort((a, b) => cmp(a.id, b.id) || cmp(a.method + a.path, b.method + b.path))
  return { endpoints, report }
}

function rank(m: NodeLibMethod, typed: Map<string, NodeTypedMethod>): number {
  const id = typed.get(m.keyPath)?.id ?? ''
  const official = camel(id.split('.').at(-1) ?? '')
  return m.keyPath.split('.').at(-1) === official ? 0 : 1
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The path part is exactly the URL template's `:params`, all required, in template order. */
function pathParams(path: string, typed: TypeNode | undefined, id: string, report: BuildReport): TypeNode | undefined {
  const names = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!)
  const known = typed?.properties ?? {}
  const extra = Object.keys(known).filter((k) => !names.includes(k))
  const missing = names.filter((k) => !(k in known))
  if (extra.length || missing.length)
    report.pathMismatch.push(`${id}: not in the URL [${extra.join(', ')}], untyped [${missing.join(', ')}]`)
  if (names.length === 0) return undefined
  const properties: Record<string, TypeNode> = {}
  for (const n of names) properties[n] = { ...(known[n] ?? { type: 'string' }), required: true }
  return { type: 'object', properties }
}

function containsFile(node: TypeNode | undefined): boolean {
  if (!node) return false
  if (node.type === 'file') return true
  return (
    Object.values(node.properties ?? {}).some(containsFile) ||
    containsFile(node.items) ||
    containsFile(node.values) ||
    (node.variants ?? []).some(containsFile)
  )
}

/**
 * Paginated: node-sdk has a `…WithIterator` companion, or the request takes `page_token` and the
 * response has `has_more` plus a next token. `items` is the response's one array property
 * (`items` when there are several).
 */
function pagination(
  id: string,
  request: Endpoint['request'],
  response: TypeNode | undefined,
  iterator: NodeLibMethod | undefined,
  report: BuildReport,
): Paginated | null {
  const inQuery = !!request.query?.properties?.page_token
  const inBody = !!request.body?.properties?.page_token
  const props = response?.properties ?? {}
  const next = 'page_token' in props ? 'page_token' : 'next_page_token' in props ? 'next_page_token' : undefined
  const looksPaged = (inQuery || inBody) && !!next && 'has_more' in props
  // node-sdk's iterator always sends `page_token`; an API without one (cursor-based) is not paged that way.
  if (iterator && !inQuery && !inBody) report.iteratorWithoutPageToken.push(id)
  if (!(iterator && (inQuery || inBody)) && !looksPaged) return null
  if (!iterator) report.paginatedWithoutIterator.push(id)
  const arrays = Object.entries(props)
    .filter(([, v]) => v.type === 'array')
    .map(([k]) => k)
  const items = arrays.length === 1 ? arrays[0]! : arrays.includes('items') ? 'items' : null
  if (arrays.length !== 1) report.itemsUnclear.push(`${id} [${arrays.join(', ')}] -> ${items}`)
  return {
    items,
    tokenIn: inBody && !inQuery ? 'body' : iterator?.iteratorTokenIn ?? 'query',
    next: next ?? 'page_token',
  }
}
