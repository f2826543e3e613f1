/**
 * A deterministic sample value for a valibot schema: what a learned endpoint answers as `data`.
 *
 * Strings are the property's name (or the first enum value), numbers `1`, booleans `false`,
 * arrays one element, objects every property. Deep or very wide models (docx blocks nest dozens of
 * block types) are cut: past {@link MAX_DEPTH} levels, or once {@link MAX_NODES} values were made,
 * only required properties are kept and arrays and maps are left empty, so the sample still
 * satisfies the schema.
 *
 * @module
 */
import { unwrap, type SchemaNode } from './schema-node.ts'

/** Levels of nesting filled completely. */
export const MAX_DEPTH = 6
/** Values made per sample before only required properties are kept. */
export const MAX_NODES = 2000

interface Budget {
  nodes: number
}

/**
 * Makes the sample value of a schema.
 *
 * @param schema A valibot schema (e.g. `GetUserOutputSchema`).
 * @param name The name strings take, for the top level (default `value`).
 * @returns A value the schema accepts: same input, same output.
 * @example
 * sampleOf(looseObject({ name: string(), page_size: optional(number()) })) // { name: 'name', page_size: 1 }
 */
export function sampleOf(schema: SchemaNode, name = 'value'): unknown {
  return sample(schema, name, 0, { nodes: 0 })
}

function sample(schema: SchemaNode, name: string, depth: number, budget: Budget): unknown {
  const { node } = unwrap(schema)
  // A model whose required properties recurse would never end: stop hard, far past the cut.
  if (depth > 4 * MAX_DEPTH) return null
  budget.nodes++
  const full = depth < MAX_DEPTH && budget.nodes < MAX_NODES
  switch (node.type) {
    case 'string':
      return name
    case 'number':
    case 'bigint':
      return 1
    case 'boolean':
      return false
    case 'picklist':
    case 'enum':
      return node.options?.[0] ?? name
    case 'literal':
      return node.literal
    case 'array':
      return full && node.item ? [sample(node.item, name, depth + 1, budget)] : []
    case 'record':
      return full && node.value ? { [name]: sample(node.value, name, depth + 1, budget) } : {}
    case 'union':
    case 'variant': {
      const first = node.options?.[0] as SchemaNode | undefined
      return first === undefined ? null : sample(first, name, depth, budget)
    }
    case 'null':
    case 'nullish':
      return null
    default:
      return node.entries ? objectSample(node.entries, depth, budget, full) : {}
  }
}

function objectSample(entries: Readonly<Record<string, SchemaNode>>, depth: number, budget: Budget, full: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(entries)) {
    if (!full && unwrap(property).optional) continue
    out[key] = sample(property, key, depth + 1, budget)
  }
  return out
}
