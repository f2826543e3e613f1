/**
 * Extracts the event catalog (`catalog/events.json`) from node-sdk's `types/index.d.ts`: the handler
 * map of its event dispatcher (`IHandles` and `IOtherEventHandles`), one typed `data` per event type.
 * Parse only (no type checker); facts only (types, required flags, enums, doc links, deprecation).
 *
 *   npx tsx codegen/extract/events.ts            write catalog/events.json
 *   npx tsx codegen/extract/events.ts --check    fail if catalog/events.json differs
 *
 * node-sdk hands its handlers a flattened object (envelope and `event` merged), so the envelope
 * members it adds are taken off again here: the leading run of v2 header / v1 envelope names.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { formatJson } from './json-format.ts'
import { cmp } from './build.ts'
import { convert, propName } from './node-types.ts'
import { applyEventOverrides, readOverrides } from './overrides.ts'
import { normalizeNode, type TypeNode } from './type-node.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DTS = join(ROOT, 'node_modules/@larksuiteoapi/node-sdk/types/index.d.ts')
const OUT = join(ROOT, 'catalog/events.json')
const OVERRIDES = join(ROOT, 'catalog/overrides.json')

/** The interfaces of node-sdk's dispatcher that map event types to handlers. */
const HANDLER_MAPS = ['IHandles', 'IOtherEventHandles']
/** Members node-sdk adds from the v2 header and the v1 envelope, in the order it writes them. */
const V2_ENVELOPE = new Set(['event_id', 'token', 'create_time', 'event_type', 'tenant_key', 'ts', 'uuid', 'type', 'app_id'])
const V1_ENVELOPE = new Set(['ts', 'uuid', 'token', 'event_id'])
/** Legacy events name their own doc page in the deprecation tag; other links point elsewhere. */
const DOC_URL = /@deprecated:?\s*(https:\/\/open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)\/document\/[^\s)*]+)/

/** One event type: its envelope schema and the shape of its `event` object. */
export interface CatalogEvent {
  type: string
  /** `2.0`: v2 envelope (`header` + `event`); `1.0`: v1 envelope (`uuid`, `ts`, `event.type`). */
  schema: '2.0' | '1.0'
  docUrl?: string
  deprecated: boolean
  event: TypeNode
}

/** The content of `catalog/events.json`. */
export interface EventCatalog {
  events: CatalogEvent[]
}

/**
 * Reads the handler maps of node-sdk's d.ts.
 *
 * @param file Path of `types/index.d.ts`.
 * @param overrides Path of `catalog/overrides.json` (its `event` entries are applied).
 * @returns Every event type once, sorted by type.
 * @throws {Error} When a handler map is missing or an event type appears twice.
 */
export function extractEvents(file: string = DTS, overrides: string = OVERRIDES): EventCatalog {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const found = new Map<string, CatalogEvent>()
  const seen = new Set<string>()
  for (const stmt of sf.statements) {
    if (!ts.isInterfaceDeclaration(stmt) || !HANDLER_MAPS.includes(stmt.name.text)) continue
    seen.add(stmt.name.text)
    for (const member of stmt.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isFunctionTypeNode(member.type)) continue
      const data = member.type.parameters[0]?.type
      if (!data || !ts.isTypeLiteralNode(data)) continue
      const type = propName(member.name)
      if (found.has(type)) throw new Error(`event type ${type} is declared twice`)
      const doc = (ts.getLeadingCommentRanges(text, member.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n')
      found.set(type, readEvent(type, convert(data), doc))
    }
  }
  for (const name of HANDLER_MAPS) if (!seen.has(name)) throw new Error(`${file}: no interface ${name}`)
  const events = [...found.values()].sort((a, b) => cmp(a.type, b.type))
  // The `event` entries of catalog/overrides.json (field paths), then the same node normal form.
  applyEventOverrides(events, readOverrides(overrides))
  for (const e of events) e.event = normalizeNode(e.event)
  return { events }
}

function readEvent(type: string, flat: TypeNode, doc: string): CatalogEvent {
  const props = Object.entries(flat.properties ?? {})
  // A v2 handler's data starts with the header members (`event_type` among them); a v1 one with
  // envelope members only (ts / uuid / token; one legacy type says event_id).
  const lead = (set: Set<string>): number => {
    let n = 0
    while (n < props.length && set.has(props[n]![0])) n++
    return n
  }
  const v2 = props.slice(0, lead(V2_ENVELOPE)).some(([name]) => name === 'event_type')
  const start = lead(v2 ? V2_ENVELOPE : V1_ENVELOPE)
  const properties: Record<string, TypeNode> = {}
  for (const [name, node] of props.slice(start)) properties[name] = node
  // v1: the `event` object carries its own type (the routing key); node-sdk's flattening hides it.
  if (!v2) properties['type'] = { type: 'string', enum: [type], required: true }
  const docUrl = DOC_URL.exec(doc)?.[1]
  return {
    type,
    schema: v2 ? '2.0' : '1.0',
    ...(docUrl ? { docUrl } : {}),
    deprecated: /@deprecated\b/.test(doc),
    event: normalizeNode({ type: 'object', properties }),
  }
}

/** The catalog file's text (see json-format.ts for the layout). */
export function serializeEvents(value: EventCatalog): string {
  return formatJson(value)
}

function main(): void {
  const check = process.argv.includes('--check')
  const catalog = extractEvents()
  const text = serializeEvents(catalog)
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text
  const v1 = catalog.events.filter((e) => e.schema === '1.0').length
  console.log(`events ${catalog.events.length} (v2 ${catalog.events.length - v1}, v1 ${v1}), ${(text.length / 1e3).toFixed(0)} kB, ${same ? 'unchanged' : check ? 'differs' : 'written'}`)
  if (check && !same) process.exit(1)
  if (!check && !same) writeFileSync(OUT, text)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
