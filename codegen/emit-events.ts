/**
 * `catalog/events.json` → `src/api/events.ts`: one interface per event type (the shape of its
 * `event` object) and `EventMap`, type → interface. Types only: the file compiles to nothing.
 * Deterministic: the same catalog gives byte-identical output.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A catalog type node (docs/catalog-format.md); events use no refs and no files. */
interface Node {
  readonly type?: string
  readonly required?: boolean
  readonly enum?: ReadonlyArray<string | number | boolean>
  readonly items?: Node
  readonly values?: Node
  readonly variants?: readonly Node[]
  readonly properties?: Readonly<Record<string, Node>>
}

interface CatalogEvent {
  readonly type: string
  readonly schema: '2.0' | '1.0'
  readonly docUrl?: string
  readonly deprecated: boolean
  readonly event: Node
}

const HEADER = '// Generated from catalog/events.json by codegen. Do not edit; run `npm run generate`.'
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** `im.message.receive_v1` → `ImMessageReceiveV1Event`; `leave_approvalV2` → `LeaveApprovalV2Event`. */
export function eventInterfaceName(type: string): string {
  const words = type.split(/[^A-Za-z0-9]+/).filter(Boolean)
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
  return `${/^[0-9]/.test(name) ? `N${name}` : name}Event`
}

/** A single-quoted TypeScript string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name)
}

function render(node: Node, indent: string): string {
  if (node.enum && node.enum.length > 0) return node.enum.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(' | ')
  switch (node.type) {
    case 'string':
      return 'string'
    case 'number':
    case 'integer':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array': {
      const item = render(node.items ?? {}, indent)
      return /^[A-Za-z0-9_]+$/.test(item) ? `${item}[]` : `Array<${item}>`
    }
    case 'map':
      return `Record<string, ${render(node.values ?? {}, indent)}>`
    case 'union':
      return (node.variants ?? []).map((v) => render(v, indent)).join(' | ') || 'unknown'
    case 'object':
      return renderObject(node, indent)
    default:
      return 'unknown'
  }
}

function renderObject(node: Node, indent: string): string {
  const entries = Object.entries(node.properties ?? {})
  if (entries.length === 0) return 'Record<string, unknown>'
  const inner = `${indent}  `
  const lines = entries.map(([name, child]) => `${inner}${key(name)}${child.required ? '' : '?'}: ${render(child, inner)}`)
  return `{\n${lines.join('\n')}\n${indent}}`
}

/**
 * Builds `src/api/events.ts` from the event catalog.
 *
 * @param catalogDir Directory holding `events.json`.
 * @returns File path relative to the repo root → content (one entry).
 * @throws {Error} When two event types map to one interface name, or the catalog is malformed.
 */
export function emitEvents(catalogDir: string): Map<string, string> {
  const catalog = JSON.parse(readFileSync(join(catalogDir, 'events.json'), 'utf8')) as { events?: CatalogEvent[] }
  if (!Array.isArray(catalog.events)) throw new Error('events.json: no "events" array')
  const events = [...catalog.events].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  const names = new Map<string, string>()
  for (const e of events) {
    if (e.event?.type !== 'object') throw new Error(`events.json: ${e.type}: "event" is not an object node`)
    const name = eventInterfaceName(e.type)
    const clash = names.get(name)
    if (clash !== undefined) throw new Error(`events.json: ${clash} and ${e.type} both map to ${name}`)
    names.set(name, e.type)
  }
  const out: string[] = [
    HEADER,
    '/**',
    ' * Payload types of the platform events: for each event type, the shape of its `event` object.',
    ' * Facts from the event dispatcher types of `@larksuiteoapi/node-sdk` (see docs/events.md).',
    ' *',
    ' * @module',
    ' */',
    '',
  ]
  for (const e of events) {
    const tags: string[] = []
    if (e.deprecated) tags.push(' * @deprecated A legacy event; the platform has a newer one.')
    if (e.docUrl) tags.push(` * @see ${e.docUrl}`)
    const summary = `\`${e.type}\`, schema ${e.schema}.`
    out.push(...(tags.length === 0 ? [`/** ${summary} */`] : ['/**', ` * ${summary}`, ' *', ...tags, ' */']))
    out.push(`export interface ${eventInterfaceName(e.type)} ${renderObject(e.event, '')}`, '')
  }
  out.push('/** Event type → the type of its `event` object. */', 'export interface EventMap {')
  for (const e of events) out.push(`  ${quote(e.type)}: ${eventInterfaceName(e.type)}`)
  out.push('}', '')
  const v1 = events.filter((e) => e.schema === '1.0').map((e) => quote(e.type))
  out.push('/** Event types the platform delivers in the v1 envelope (`uuid`, `ts`, `event.type`). */')
  out.push(`export type V1EventType =\n${v1.map((t) => `  | ${t}`).join('\n')}`, '')
  return new Map([['src/api/events.ts', out.join('\n')]])
}
