/**
 * A read-only view of valibot schema objects, for the walkers that coerce wire strings and make
 * sample responses. Only the fields those walkers read are typed; valibot keeps them public
 * (`type`, `wrapped`, `item`, `entries`, `options`, `key`, `value`, `getter`, `literal`).
 *
 * @module
 */

/** The parts of a valibot schema the walkers read. */
export interface SchemaNode {
  readonly kind: string
  readonly type: string
  /** `optional`, `nullable`, `nullish`, `non_optional`…: the inner schema. */
  readonly wrapped?: SchemaNode
  /** `array`: the item schema. */
  readonly item?: SchemaNode
  /** `object` / `loose_object` / `strict_object`: the property schemas. */
  readonly entries?: Readonly<Record<string, SchemaNode>>
  /** `picklist`: the values; `union`: the member schemas. */
  readonly options?: readonly unknown[]
  readonly literal?: unknown
  /** `record`: the value schema. */
  readonly value?: SchemaNode
  /** `lazy`: builds the schema. */
  readonly getter?: (input: unknown) => SchemaNode
}

const WRAPPERS = new Set(['optional', 'nullable', 'nullish', 'non_optional', 'non_nullable', 'non_nullish', 'exact_optional', 'undefinedable'])

/**
 * Tells whether a value is a valibot schema object.
 *
 * @param value Anything, e.g. a module export.
 * @returns `true` for `{ kind: 'schema', type: string }`.
 */
export function isSchemaNode(value: unknown): value is SchemaNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'schema' &&
    typeof (value as { type?: unknown }).type === 'string'
  )
}

/**
 * Strips optional/nullable wrappers and resolves `lazy` schemas.
 *
 * @param schema A schema.
 * @returns The inner schema and whether a wrapper allowed the value to be absent.
 */
export function unwrap(schema: SchemaNode): { node: SchemaNode; optional: boolean } {
  let node = schema
  let optional = false
  for (let hops = 0; hops < 16; hops++) {
    if (WRAPPERS.has(node.type) && node.wrapped) {
      if (!node.type.startsWith('non_')) optional = true
      node = node.wrapped
    } else if (node.type === 'lazy' && node.getter) node = node.getter(undefined)
    else break
  }
  return { node, optional }
}

/**
 * The property schemas of an object schema (after unwrapping), or undefined for other schemas.
 *
 * @param schema A schema, possibly optional.
 * @returns The `entries`, or undefined.
 */
export function entriesOf(schema: SchemaNode | undefined): Readonly<Record<string, SchemaNode>> | undefined {
  if (schema === undefined) return undefined
  return unwrap(schema).node.entries
}

/**
 * The `path`, `query` and `body` parts of an endpoint's input schema.
 *
 * @param input The schema of `{ path?, query?, body? }`.
 * @returns Each part's schema (possibly optional), when the endpoint has it.
 */
export function inputParts(input: SchemaNode): { path?: SchemaNode; query?: SchemaNode; body?: SchemaNode } {
  const entries = entriesOf(input) ?? {}
  return { path: entries.path, query: entries.query, body: entries.body }
}
