/**
 * Extracts the catalog (API facts as JSON) from the pinned node-sdk and lark-mcp packages.
 *
 *   npx tsx codegen/extract/index.ts            write catalog/<domain>.<version>.json
 *   npx tsx codegen/extract/index.ts --check    fail if the catalog on disk differs
 *
 * Deterministic: same packages and overrides in, byte-identical files out.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildEndpoints, cmp, type Endpoint } from './build.ts'
import { formatJson } from './json-format.ts'
import { readMcpTools, zodWarnings } from './mcp-tools.ts'
import { factorModels } from './models.ts'
import { readNodeLib } from './node-lib.ts'
import { conversionWarnings, readNodeTypes } from './node-types.ts'
import { catalogSegments } from '../catalog.ts'
import { readAdditions } from './additions.ts'
import { applyOverrides, readOverrides } from './overrides.ts'
import { normalizeNode, type TypeNode } from './type-node.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const NODE_SDK = join(ROOT, 'node_modules/@larksuiteoapi/node-sdk')
const LARK_MCP = join(ROOT, 'node_modules/@larksuiteoapi/lark-mcp')
const CATALOG = join(ROOT, 'catalog')

export interface CatalogFile {
  domain: string
  version: string
  models: Record<string, TypeNode>
  endpoints: Endpoint[]
}

export function extract(): { files: Map<string, CatalogFile>; log: string[] } {
  const log: string[] = []
  const types = readNodeTypes(join(NODE_SDK, 'types/index.d.ts'))
  const lib = readNodeLib(join(NODE_SDK, 'lib/index.js'))
  const mcp = readMcpTools(LARK_MCP)
  const { endpoints, report } = buildEndpoints(types, lib, mcp)
  const used = new Set(endpoints.map((e) => `${e.method} ${e.path}`))
  const unmatched = [...mcp.keys()].filter((k) => !used.has(k))
  if (unmatched.length) log.push(`lark-mcp tools without a node-sdk endpoint: ${unmatched.join(', ')}`)
  for (const a of report.aliases) log.push(`alias ${a.key}: kept ${a.kept}, dropped ${a.dropped.join(', ')}`)
  for (const id of report.iteratorWithoutPageToken) log.push(`iterator without page_token (not paginated): ${id}`)
  for (const id of report.multipartWithoutFile) log.push(`multipart without a file field: ${id}`)
  for (const id of report.fileWithoutMultipart) log.push(`file field but not multipart: ${id}`)
  for (const line of report.pathMismatch) log.push(`path params: ${line}`)
  log.push(`merge: ${JSON.stringify(report.merge)}`)
  for (const [kind, n] of conversionWarnings) log.push(`d.ts type syntax read as any: ${kind} x${n}`)
  for (const [kind, n] of zodWarnings) log.push(`zod call not understood: ${kind} x${n}`)

  const added = readAdditions(join(CATALOG, 'additions'))
  const known = new Set(endpoints.map((e) => e.id))
  for (const a of added) if (known.has(a.id)) throw new Error(`catalog/additions: ${a.id} is already extracted from the SDK`)
  endpoints.push(...added)
  log.push(`additions: ${added.length} list-only endpoint(s)`)
  const notes = applyOverrides(endpoints, readOverrides(join(CATALOG, 'overrides.json')))
  for (const n of notes) log.push(`override ${n.id}.${n.field}: ${n.note}`)
  const missing = endpoints.filter((e) => !e.tokens).map((e) => e.id)
  if (missing.length) throw new Error(`endpoints without token kinds (add them to catalog/overrides.json):\n${missing.join('\n')}`)
  const keys = new Set<string>()
  for (const e of endpoints) {
    const key = `${e.method} ${e.path}`
    if (keys.has(key)) throw new Error(`duplicate method+path after overrides: ${key}`)
    keys.add(key)
    // A download's body is the file itself: no `data` shape.
    if (e.download) delete e.response
  }

  const groups = new Map<string, Endpoint[]>()
  for (const e of endpoints) {
    // `meeting_room.room.list`: an unversioned path, an unversioned catalog (`meeting_room.json`).
    const key = e.id.split('.').slice(0, catalogSegments(e.id)).join('.')
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const files = new Map<string, CatalogFile>()
  for (const key of [...groups.keys()].sort(cmp)) {
    const [domain, version = ''] = key.split('.') as [string, string?]
    const { models, endpoints: list } = factorModels(groups.get(key)!)
    files.set(`${key}.json`, {
      domain,
      version,
      models: Object.fromEntries(Object.entries(models).map(([k, v]) => [k, normalizeNode(v)])),
      endpoints: list.map(normalizeEndpoint),
    })
  }
  return { files, log }
}

const ENDPOINT_KEYS: Array<keyof Endpoint> = [
  'id', 'method', 'path', 'host', 'tokens', 'headers', 'docUrl', 'deprecated', 'replacedBy', 'paginated',
  'multipart', 'download', 'flat', 'listOnly', 'listId', 'schemaKnown', 'schemaNote', 'request', 'response',
]

function normalizeEndpoint(e: Endpoint): Endpoint {
  const out: Record<string, unknown> = {}
  for (const k of ENDPOINT_KEYS) {
    const v = e[k]
    if (v === undefined) continue
    if (k === 'request') {
      const req: Record<string, TypeNode> = {}
      for (const part of ['path', 'query', 'body'] as const) if (e.request[part]) req[part] = normalizeNode(e.request[part]!)
      out[k] = req
    } else if (k === 'response') out[k] = normalizeNode(v as TypeNode)
    else if (k === 'paginated' && v) {
      const p = v as NonNullable<Endpoint['paginated']>
      out[k] = { items: p.items, tokenIn: p.tokenIn, next: p.next }
    } else out[k] = v
  }
  return out as unknown as Endpoint
}

/** The catalog file's text (see json-format.ts for the layout). */
export function serialize(value: CatalogFile): string {
  return formatJson(value)
}

/** `contact.v3.json` or `meeting_room.json`; not `events.json` / `overrides.json`. */
export function isCatalogFile(name: string): boolean {
  return /^[a-z0-9_]+(\.v\d+)?\.json$/.test(name) && name !== 'events.json' && name !== 'overrides.json'
}

function main(): void {
  const started = Date.now()
  const check = process.argv.includes('--check')
  const { files, log } = extract()
  const existing = existsSync(CATALOG) ? readdirSync(CATALOG).filter(isCatalogFile) : []
  const stale = existing.filter((f) => !files.has(f))
  const changed: string[] = []
  let bytes = 0
  for (const [name, file] of files) {
    const text = serialize(file)
    bytes += Buffer.byteLength(text)
    const path = join(CATALOG, name)
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue
    changed.push(name)
    if (!check) writeFileSync(path, text)
  }
  if (!check) for (const f of stale) rmSync(join(CATALOG, f))
  const all = [...files.values()].flatMap((f) => f.endpoints)
  const count = (p: (e: Endpoint) => boolean): number => all.filter(p).length
  for (const line of log) console.log(line)
  console.log(
    [
      `endpoints ${all.length} in ${new Set([...files.values()].map((f) => f.domain)).size} domains / ${files.size} domain-versions`,
      `paginated ${count((e) => !!e.paginated)}, multipart ${count((e) => e.multipart)}, download ${count((e) => e.download)}, deprecated ${count((e) => e.deprecated)}, flat ${count((e) => e.flat)}`,
      `models ${[...files.values()].reduce((n, f) => n + Object.keys(f.models).length, 0)}, size ${(bytes / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `${check ? 'differs' : 'written'}: ${changed.length} file(s)${stale.length ? `, stale: ${stale.join(', ')}` : ''}`,
    ].join('\n'),
  )
  if (check && (changed.length || stale.length)) process.exit(1)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
