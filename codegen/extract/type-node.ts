/** A catalog type node (see docs/catalog-format.md). Facts only: no descriptions. */
export interface TypeNode {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'file' | 'any' | 'array' | 'object' | 'map' | 'union'
  ref?: string
  required?: true
  enum?: Array<string | number | boolean>
  items?: TypeNode
  maxItems?: number
  properties?: Record<string, TypeNode>
  values?: TypeNode
  variants?: TypeNode[]
}

export const ANY: TypeNode = { type: 'any' }

/** Canonical JSON of a node with the given top-level keys dropped (used for structural identity). */
export function shapeKey(node: TypeNode, drop: readonly string[] = ['required']): string {
  return JSON.stringify(node, (key, value) => (drop.includes(key) && typeof value !== 'object' ? undefined : value))
}

/** Fixed key order inside a node, so output never depends on how a node was built. */
const NODE_KEY_ORDER = ['ref', 'type', 'required', 'enum', 'maxItems', 'items', 'values', 'variants', 'properties']

export function normalizeNode(node: TypeNode): TypeNode {
  const out: Record<string, unknown> = {}
  for (const key of NODE_KEY_ORDER) {
    const value = (node as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (key === 'items' || key === 'values') out[key] = normalizeNode(value as TypeNode)
    else if (key === 'variants') out[key] = (value as TypeNode[]).map(normalizeNode)
    else if (key === 'properties') {
      const props: Record<string, TypeNode> = {}
      for (const [name, child] of Object.entries(value as Record<string, TypeNode>)) props[name] = normalizeNode(child)
      out[key] = props
    } else out[key] = value
  }
  return out as TypeNode
}

/** Builds a union node from variants: drops duplicates, folds enums of one primitive type. */
export function unionOf(variants: TypeNode[]): TypeNode {
  const seen = new Map<string, TypeNode>()
  for (const v of variants) {
    if (v.type === 'union' && v.variants) for (const inner of v.variants) seen.set(shapeKey(inner, []), inner)
    else seen.set(shapeKey(v, []), v)
  }
  let list = [...seen.values()]
  // string | "a" is just string; "a" | "b" is one enum.
  for (const prim of ['string', 'number', 'boolean'] as const) {
    const same = list.filter((v) => v.type === prim && !v.ref)
    if (same.length < 2) continue
    const open = same.some((v) => !v.enum)
    const values = open ? undefined : [...new Set(same.flatMap((v) => v.enum ?? []))]
    const merged: TypeNode = values ? { type: prim, enum: values } : { type: prim }
    const first = list.indexOf(same[0]!)
    list = list.filter((v) => !same.includes(v))
    list.splice(first, 0, merged)
  }
  // true | false is boolean.
  list = list.map((v) => (v.type === 'boolean' && v.enum && v.enum.length === 2 ? { type: 'boolean' } : v))
  if (list.some((v) => v.type === 'any')) return { type: 'any' }
  if (list.length === 1) return list[0]!
  return { type: 'union', variants: list }
}
