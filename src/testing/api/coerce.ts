/**
 * Turns wire strings back into typed values by walking the endpoint's valibot schema: the query
 * and multipart text parts carry only strings, while the schema expects numbers, booleans, arrays
 * and objects. A value that does not convert is left as it came, so validation reports it.
 *
 * How the SDK (and the platform's other SDKs) put values on the wire, and so how they are read back:
 * - query: arrays as repeated keys (`a=1&a=2`); a GET body's nested objects as JSON text;
 * - multipart: scalars as text parts, arrays and objects as JSON text parts, files as file parts.
 *
 * @module
 */
import { is, type GenericSchema } from 'valibot'
import { entriesOf, unwrap, type SchemaNode } from './schema-node.ts'

/** One field as it arrived: a string, a file, or several of them for a repeated key. */
export type WireValue = string | Blob | readonly (string | Blob)[]

/** Where the fields came from: the query string or a multipart form. */
export type WireKind = 'query' | 'form'

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest', 'record'])

/**
 * Converts every field of an object by the matching property schema. Fields the schema does not
 * name are kept as they arrived.
 *
 * @param schema The object schema (e.g. the endpoint's `query`), possibly optional.
 * @param fields The fields as read from the request; a repeated key holds an array.
 * @param kind `query` or `form`.
 * @returns A new object with converted values.
 */
export function coerceFields(
  schema: SchemaNode | undefined,
  fields: Readonly<Record<string, WireValue>>,
  kind: WireKind,
): Record<string, unknown> {
  const entries = entriesOf(schema) ?? {}
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) out[key] = coerceValue(entries[key], value, kind)
  return out
}

/**
 * Converts one field by its schema.
 *
 * @param schema The field's schema, or undefined when the endpoint does not name it.
 * @param raw The value as it arrived.
 * @param kind `query` or `form`.
 * @returns The converted value.
 */
export function coerceValue(schema: SchemaNode | undefined, raw: WireValue, kind: WireKind): unknown {
  const values: readonly (string | Blob)[] = Array.isArray(raw) ? raw : [raw as string | Blob]
  if (schema === undefined) return Array.isArray(raw) ? [...values] : raw
  const { node } = unwrap(schema)
  if (node.type === 'array') {
    // Multipart sends a whole array as one JSON text part; the query repeats the key instead.
    const only = values.length === 1 ? values[0] : undefined
    if (kind === 'form' && typeof only === 'string') {
      const parsed = parseJson(only)
      if (Array.isArray(parsed)) return parsed
    }
    return values.map((value) => coerceOne(node.item, value))
  }
  // Several values for a field that takes one: keep them all, so validation says what is wrong.
  if (values.length !== 1) return values.map((value) => coerceOne(node, value))
  return coerceOne(node, values[0] as string | Blob)
}

function coerceOne(schema: SchemaNode | undefined, raw: string | Blob): unknown {
  if (typeof raw !== 'string' || schema === undefined) return raw
  const { node } = unwrap(schema)
  switch (node.type) {
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw
    case 'picklist':
      return node.options?.find((option) => String(option) === raw) ?? raw
    case 'literal':
      return String(node.literal) === raw ? node.literal : raw
    case 'union':
      for (const option of node.options ?? []) {
        const value = coerceOne(option as SchemaNode, raw)
        if (is(option as GenericSchema, value)) return value
      }
      return raw
    case 'array': {
      const parsed = parseJson(raw)
      return Array.isArray(parsed) ? parsed : raw
    }
    default:
      if (OBJECT_TYPES.has(node.type)) {
        const parsed = parseJson(raw)
        return typeof parsed === 'object' && parsed !== null ? parsed : raw
      }
      return raw
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
