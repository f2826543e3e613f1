/**
 * Factors shared object shapes of one domain-version into `models`, referenced as `{ "ref": Name }`.
 *
 * 1. Every node gets a content hash (Merkle style: its own facts plus its children's hashes; the
 *    node's own `required` flag is left out, it belongs to the property that holds it).
 * 2. Shapes are counted as they would be written: a shape inside a model counts once for that model,
 *    a shape inside an inlined object counts as often as that object is written.
 * 3. An object shape becomes a model when it would be written at least twice and has at least two
 *    properties, or when it is large (LARGE_NODES nodes or more) wherever it appears.
 * 4. Names: see model-names.ts (documented in catalog/SOURCE.md).
 */
import { createHash } from 'node:crypto'
import type { Endpoint } from './build.ts'
import { cmp } from './build.ts'
import type { TypeNode } from './type-node.ts'
import { baseName, pascal, resolveNames } from './model-names.ts'

export const LARGE_NODES = 60

export interface Edge {
  /** Hash of the enclosing object shape, or `root:<Method>|<Resource>` (from the id) for an endpoint part. */
  parent: string
  name: string
}

export interface Shape {
  hash: string
  node: TypeNode
  props: number
  size: number
  children: string[]
  edges: Edge[]
}

export function factorModels(endpoints: Endpoint[]): { models: Record<string, TypeNode>; endpoints: Endpoint[] } {
  const hashOf = new Map<TypeNode, string>()
  const sizeOf = new Map<string, number>()
  const shapes = new Map<string, Shape>()

  const hash = (node: TypeNode): string => {
    const known = hashOf.get(node)
    if (known) return known
    let sig: string
    let size = 1
    if (node.type === 'object') {
      const parts = Object.entries(node.properties ?? {}).map(([k, v]) => {
        const h = hash(v)
        size += sizeOf.get(h)!
        return `${JSON.stringify(k)}${v.required ? '!' : '?'}${h}`
      })
      sig = `O{${parts.join(',')}}`
    } else {
      const { required: _r, items, values, variants, properties: _p, ...facts } = node
      const kids = [items, values, ...(variants ?? [])].filter((x): x is TypeNode => !!x).map(hash)
      for (const k of kids) size += sizeOf.get(k)!
      sig = `${JSON.stringify(facts)}|${items ? 'i' : ''}${values ? 'v' : ''}${variants ? 'u' : ''}(${kids.join(',')})`
    }
    const h = createHash('sha1').update(sig).digest('base64url').slice(0, 22)
    hashOf.set(node, h)
    sizeOf.set(h, size)
    return h
  }

  // Register object shapes and the edges that lead to them (from the nearest enclosing object).
  const register = (node: TypeNode, parent: string, name: string, wrappers: string): void => {
    if (node.type === 'object' && Object.keys(node.properties ?? {}).length > 0) {
      const h = hash(node)
      let shape = shapes.get(h)
      const first = !shape
      if (!shape) {
        shape = { hash: h, node, props: Object.keys(node.properties!).length, size: sizeOf.get(h)!, children: [], edges: [] }
        shapes.set(h, shape)
      }
      shape.edges.push({ parent, name: baseName(name, wrappers) })
      if (!parent.startsWith('root:')) shapes.get(parent)!.children.push(h)
      if (!first) return // children already registered through the first occurrence
      for (const [k, v] of Object.entries(node.properties!)) register(v, h, k, '')
      return
    }
    if (node.type === 'object') return
    if (node.items) register(node.items, parent, name, `${wrappers}a`)
    if (node.values) register(node.values, parent, name, `${wrappers}m`)
    for (const v of node.variants ?? []) register(v, parent, name, wrappers)
  }

  const roots: Array<{ node: TypeNode; prefix: string }> = []
  for (const e of endpoints) {
    const segments = e.id.split('.')
    const prefix = `${pascal(segments.at(-1)!)}|${pascal(segments.slice(2, -1).join('_'))}`
    for (const part of [e.request.path, e.request.query, e.request.body, e.response]) {
      if (!part) continue
      roots.push({ node: part, prefix })
      hash(part)
      for (const [k, v] of Object.entries(part.properties ?? {})) register(v, `root:${prefix}`, k, '')
      if (part.type !== 'object') register(part, `root:${prefix}`, 'item', '')
    }
  }

  // Count writes in topological order (parents first). Edges from a shape's first registration
  // only: a shape's children are the same wherever it appears.
  const order = topo(shapes)
  const writes = new Map<string, number>()
  const isModel = new Set<string>()
  const incoming = new Map<string, Array<string>>()
  for (const s of shapes.values()) for (const c of s.children) incoming.set(c, [...(incoming.get(c) ?? []), s.hash])
  for (const h of order) {
    const s = shapes.get(h)!
    let n = s.edges.filter((e) => e.parent.startsWith('root:')).length
    for (const p of incoming.get(h) ?? []) n += isModel.has(p) ? 1 : writes.get(p)!
    writes.set(h, n)
    if ((n >= 2 && s.props >= 2) || s.size >= LARGE_NODES) isModel.add(h)
  }

  const names = resolveNames([...isModel].map((h) => shapes.get(h)!), shapes, writes)

  const rewrite = (node: TypeNode, top: boolean): TypeNode => {
    if (!top && node.type === 'object') {
      const name = names.get(hashOf.get(node)!)
      if (name) return node.required ? { ref: name, required: true } : { ref: name }
    }
    const out: TypeNode = { ...node }
    if (node.properties) {
      out.properties = {}
      for (const [k, v] of Object.entries(node.properties)) out.properties[k] = rewrite(v, false)
    }
    if (node.items) out.items = rewrite(node.items, false)
    if (node.values) out.values = rewrite(node.values, false)
    if (node.variants) out.variants = node.variants.map((v) => rewrite(v, false))
    return out
  }

  const models: Record<string, TypeNode> = {}
  for (const [h, name] of [...names].sort(([, a], [, b]) => cmp(a, b))) {
    const { required: _r, ...node } = rewrite(shapes.get(h)!.node, true)
    models[name] = node
  }
  const out = endpoints.map((e) => ({
    ...e,
    request: Object.fromEntries(Object.entries(e.request).map(([k, v]) => [k, rewrite(v, true)])),
    ...(e.response ? { response: rewrite(e.response, true) } : {}),
  }))
  return { models, endpoints: out }
}

function topo(shapes: Map<string, Shape>): string[] {
  const seen = new Set<string>()
  const post: string[] = []
  const visit = (h: string): void => {
    if (seen.has(h)) return
    seen.add(h)
    for (const c of shapes.get(h)!.children) visit(c)
    post.push(h)
  }
  for (const h of shapes.keys()) visit(h)
  return post.reverse()
}
