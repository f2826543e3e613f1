/**
 * Overlays lark-mcp's facts (required flags, enums) on node-sdk's structure. node-sdk's type stays
 * the frame (it knows files, unions, maps); lark-mcp decides `required` wherever it has the property,
 * and its enum wins where it states one. Properties only lark-mcp knows are added after node-sdk's.
 */
import type { TypeNode } from './type-node.ts'

export interface MergeStats {
  requiredChanged: number
  enumsAdded: number
  propertiesAdded: number
}

export function mergeNode(node: TypeNode | undefined, mcp: TypeNode | undefined, stats: MergeStats): TypeNode | undefined {
  if (!mcp) return node
  if (!node) return mcp
  if (node.type === 'any' && mcp.type && mcp.type !== 'any') return mcp
  let out: TypeNode = { ...node }
  if (mcp.enum && mcp.type === node.type && JSON.stringify(mcp.enum) !== JSON.stringify(node.enum)) {
    out.enum = mcp.enum
    stats.enumsAdded++
  }
  if (node.type === 'object' && mcp.type === 'object') {
    const properties: Record<string, TypeNode> = {}
    const theirs = mcp.properties ?? {}
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const other = theirs[name]
      let merged = mergeNode(child, other, stats)!
      if (other) {
        const want = !!other.required
        if (want !== !!child.required) stats.requiredChanged++
        const { required: _r, ...rest } = merged
        merged = want ? { ...rest, required: true } : rest
      }
      properties[name] = merged
    }
    for (const [name, child] of Object.entries(theirs)) {
      if (name in properties) continue
      properties[name] = child
      stats.propertiesAdded++
    }
    out = { ...out, properties }
  } else if (node.type === 'array' && mcp.type === 'array') {
    out.items = mergeNode(node.items, mcp.items, stats)
  } else if (node.type === 'map' && mcp.type === 'map') {
    out.values = mergeNode(node.values, mcp.values, stats)
  }
  return out
}
