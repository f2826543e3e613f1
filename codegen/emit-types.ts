/**
 * Catalog type nodes → TypeScript types and valibot schema expressions. One walk per side, both from
 * the same node, so a type and its schema cannot drift apart.
 *
 * @module
 */
import type { ExprDoc, TypeDoc, TypeProp } from './layout.ts'
import { quote } from './layout.ts'
import { modelSchemaName } from './names.ts'
import type { EnumValue, TypeNode } from './catalog.ts'

/**
 * The TS type of a multipart file field; the same union `file()` of core/schema.ts accepts, so a schema
 * with a file field is assignable to its declared type.
 */
export const FILE_TYPE = 'FileInput'

/** What a module must import for the types and schemas it was handed. */
export interface Uses {
  /** valibot functions. */
  readonly valibot: Set<string>
  /** Model schema factories from `./models.ts`. */
  readonly factories: Set<string>
  /** Model types from `./types.ts`. */
  readonly models: Set<string>
  /** `file` from core/schema.ts. */
  file: boolean
}

export function newUses(): Uses {
  return { valibot: new Set(), factories: new Set(), models: new Set(), file: false }
}

const name = (s: string): TypeDoc => ({ k: 'name', s })
const raw = (s: string): ExprDoc => ({ k: 'raw', s })
const literal = (v: EnumValue): string => (typeof v === 'string' ? quote(v) : String(v))

/** The TS type of a node. */
export function typeOf(node: TypeNode, uses: Uses): TypeDoc {
  if (node.ref !== undefined) {
    uses.models.add(node.ref)
    return name(node.ref)
  }
  switch (node.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
      if (node.enum !== undefined) {
        if (node.type === 'boolean' && node.enum.length === 2) return name('boolean')
        return node.enum.length === 1 ? name(literal(node.enum[0] as EnumValue)) : { k: 'union', of: node.enum.map((v) => name(literal(v))) }
      }
      return name(node.type === 'integer' ? 'number' : node.type)
    case 'file':
      return name(FILE_TYPE)
    case 'array':
      return { k: 'arr', of: typeOf(node.items as TypeNode, uses) }
    case 'map':
      return { k: 'index', value: typeOf(node.values as TypeNode, uses) }
    case 'union':
      return { k: 'union', of: (node.variants as TypeNode[]).map((v) => typeOf(v, uses)) }
    case 'object':
      if (node.properties === undefined || Object.keys(node.properties).length === 0) return { k: 'index', value: name('unknown') }
      return { k: 'obj', props: propsOf(node.properties, uses) }
    default:
      return name('unknown')
  }
}

/** The properties of an object node, in catalog order, each with its facts as a one-line comment. */
export function propsOf(properties: Readonly<Record<string, TypeNode>>, uses: Uses): TypeProp[] {
  return Object.entries(properties).map(([key, child]) => {
    const doc = factsOf(child)
    return { key, optional: child.required !== true, type: typeOf(child, uses), ...(doc ? { doc } : {}) }
  })
}

/** Limits a node states, as a short comment: `Max 50 items.`, `Min 1, max 500.` */
export function factsOf(node: TypeNode): string | undefined {
  const facts: string[] = []
  if (node.maxItems !== undefined) facts.push(`max ${node.maxItems} items`)
  if (node.maxLength !== undefined) facts.push(`max length ${node.maxLength}`)
  if (node.minimum !== undefined) facts.push(`min ${node.minimum}`)
  if (node.maximum !== undefined) facts.push(`max ${node.maximum}`)
  if (facts.length === 0) return undefined
  const text = facts.join(', ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** How a model reference inside a schema is built. */
export type RefMode = (model: string) => 'call' | 'lazy'

const call = (fn: string, uses: Uses, ...args: ExprDoc[]): ExprDoc => {
  uses.valibot.add(fn)
  return { k: 'call', fn, args }
}

/**
 * The valibot schema of a node. Objects are `looseObject`: unknown keys are kept, because the platform
 * adds fields faster than the catalog learns them. Enums are `picklist`, `maxItems` a `maxLength` pipe.
 */
export function schemaOf(node: TypeNode, uses: Uses, refMode: RefMode = () => 'call'): ExprDoc {
  if (node.ref !== undefined) {
    const factory = modelSchemaName(node.ref)
    uses.factories.add(factory)
    const built: ExprDoc = { k: 'call', fn: factory, args: [] }
    // A reference back into its own cycle is built on use; a direct call would never return.
    return refMode(node.ref) === 'lazy' ? call('lazy', uses, { k: 'arrow', body: built }) : built
  }
  switch (node.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean': {
      const base = node.type === 'integer' ? 'number' : node.type
      if (node.enum === undefined || (node.type === 'boolean' && node.enum.length === 2)) return call(base, uses)
      if (node.type === 'boolean') return call('literal', uses, raw(String(node.enum[0])))
      return call('picklist', uses, { k: 'arr', items: node.enum.map((v) => raw(literal(v))) })
    }
    case 'file':
      uses.file = true
      return { k: 'call', fn: 'file', args: [] }
    case 'array': {
      const array = call('array', uses, schemaOf(node.items as TypeNode, uses, refMode))
      if (node.maxItems === undefined) return array
      return call('pipe', uses, array, call('maxLength', uses, raw(String(node.maxItems))))
    }
    case 'map':
      return call('record', uses, call('string', uses), schemaOf(node.values as TypeNode, uses, refMode))
    case 'union':
      return call('union', uses, { k: 'arr', items: (node.variants as TypeNode[]).map((v) => schemaOf(v, uses, refMode)) })
    case 'object':
      return call('looseObject', uses, objectEntries(node.properties ?? {}, uses, refMode))
    default:
      return call('unknown', uses)
  }
}

/** The entries literal of a `looseObject`, optional properties wrapped in `optional`. */
export function objectEntries(properties: Readonly<Record<string, TypeNode>>, uses: Uses, refMode: RefMode = () => 'call'): ExprDoc {
  return {
    k: 'obj',
    props: Object.entries(properties).map(([key, child]) => {
      const value = schemaOf(child, uses, refMode)
      return { key, value: child.required === true ? value : call('optional', uses, value) }
    }),
  }
}

/** Whether a node (an object, or a model reference to one) has a required property. */
export function hasRequired(node: TypeNode | undefined, models: Readonly<Record<string, TypeNode>>): boolean {
  let current = node
  for (let hops = 0; current?.ref !== undefined && hops < 16; hops++) current = models[current.ref]
  if (current?.type !== 'object' || current.properties === undefined) return false
  return Object.values(current.properties).some((p) => p.required === true)
}

/** The models a node references directly (not through other models). */
export function refsOf(node: TypeNode, out: Set<string> = new Set()): Set<string> {
  if (node.ref !== undefined) out.add(node.ref)
  if (node.items) refsOf(node.items, out)
  if (node.values) refsOf(node.values, out)
  for (const v of node.variants ?? []) refsOf(v, out)
  for (const p of Object.values(node.properties ?? {})) refsOf(p, out)
  return out
}
