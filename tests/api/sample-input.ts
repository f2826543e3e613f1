/**
 * Minimal valid inputs for any generated endpoint, built from its request schema, and the request
 * the fake should log for them (the wire form the SDK promises: arrays as repeated keys, a GET's
 * body in the query, multipart parts).
 */
import type { CallInput, EndpointSpec } from '../../src/core/types.ts'
import { entriesOf, inputParts, unwrap, type SchemaNode } from '../../src/testing/api/schema-node.ts'

/** File bytes sent for every multipart file field. */
export const FILE_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])

type Pipe = { readonly type: string; readonly requirement?: unknown }[]

function maxItems(node: SchemaNode): number {
  const pipe = (node as { pipe?: Pipe }).pipe ?? []
  const max = pipe.find((action) => action.type === 'max_length')?.requirement
  return typeof max === 'number' ? max : Number.POSITIVE_INFINITY
}

/** A request value for a schema: enums take their first value, strings name their field. */
export function sampleValue(schema: SchemaNode, name: string, many: boolean): unknown {
  const { node } = unwrap(schema)
  switch (node.type) {
    case 'string':
      return `s-${name}`
    case 'number':
      return 1
    case 'boolean':
      return true
    case 'picklist':
      return node.options?.[0]
    case 'literal':
      return node.literal
    case 'custom':
      return FILE_BYTES
    case 'array': {
      const item = node.item as SchemaNode
      const count = Math.min(many ? 2 : 1, maxItems(node))
      return Array.from({ length: count }, (_, i) => distinct(item, sampleValue(item, name, false), i))
    }
    case 'record':
      return { key: sampleValue(node.value as SchemaNode, name, false) }
    case 'union':
      return sampleValue(node.options?.[0] as SchemaNode, name, many)
    case 'unknown':
      return `s-${name}`
    default:
      return node.entries ? requiredFields(node.entries, false) : {}
  }
}

/** The i-th of several array items: another enum value, or a numbered string. */
function distinct(item: SchemaNode, value: unknown, i: number): unknown {
  const { node } = unwrap(item)
  if (node.type === 'picklist') return node.options?.[i % node.options.length]
  return typeof value === 'string' && i > 0 ? `${value}-${i + 1}` : value
}

/** Required properties only; `atLeastOne` adds the first property when none is required. */
function requiredFields(entries: Readonly<Record<string, SchemaNode>>, atLeastOne: boolean, arrays = false): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(entries)) {
    const { node, optional } = unwrap(property)
    if (!optional || (arrays && node.type === 'array')) out[key] = sampleValue(property, key, arrays)
  }
  const first = Object.entries(entries)[0]
  if (atLeastOne && Object.keys(out).length === 0 && first !== undefined) out[first[0]] = sampleValue(first[1], first[0], false)
  return out
}

/** A minimal valid input: path params filled with distinct values needing percent-encoding. */
export function sampleInput(spec: EndpointSpec): CallInput {
  const schema = spec.input?.() as unknown as SchemaNode | undefined
  if (schema === undefined) return {}
  const parts = inputParts(schema)
  const input: { path?: Record<string, string>; query?: Record<string, unknown>; body?: unknown } = {}
  const pathEntries = entriesOf(parts.path)
  if (pathEntries) {
    input.path = Object.fromEntries(Object.keys(pathEntries).map((key, i) => [key, `${key} ${i + 1}/é`]))
  }
  const queryEntries = entriesOf(parts.query)
  if (queryEntries) {
    // Every array field (optional ones too) gets two values: they must travel as repeated keys.
    const query = requiredFields(queryEntries, false, true)
    if (Object.keys(query).length > 0 || !unwrap(parts.query as SchemaNode).optional) input.query = query
  }
  const bodyEntries = entriesOf(parts.body)
  if (bodyEntries) input.body = requiredFields(bodyEntries, true)
  return input as CallInput
}

type Logged = Record<string, string | string[]>

function addQuery(out: Logged, key: string, value: unknown): void {
  if (value === undefined || value === null) return
  const values = Array.isArray(value) ? value : [value]
  const texts = values.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)))
  if (texts.length > 0) out[key] = texts.length === 1 ? (texts[0] as string) : texts
}

/** What the fake's request log should show for an input. */
export function expectedWire(spec: EndpointSpec, input: CallInput): { path: string; query: Logged; body: unknown } {
  const path = spec.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => encodeURIComponent(String(input.path?.[name])))
  const query: Logged = {}
  for (const [key, value] of Object.entries(input.query ?? {})) addQuery(query, key, value)
  const body = input.body as Record<string, unknown> | undefined
  if (spec.method === 'GET') {
    for (const [key, value] of Object.entries(body ?? {})) addQuery(query, key, value)
    return { path, query, body: undefined }
  }
  if (spec.body === 'multipart' && body !== undefined) {
    const parts: Record<string, unknown> = {}
    const filename = typeof body.file_name === 'string' && body.file_name !== '' ? body.file_name : 'file'
    for (const [key, value] of Object.entries(body)) {
      parts[key] =
        value instanceof Uint8Array
          ? { filename, type: 'application/octet-stream', size: value.byteLength }
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value)
    }
    return { path, query, body: parts }
  }
  return { path, query, body }
}
