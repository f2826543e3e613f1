/**
 * Rebuilds an endpoint's input `{ path, query, body }` from the HTTP request, so it can be checked
 * with the endpoint's own valibot schema: the reverse of `src/core/request.ts`.
 *
 * - path parameters and query values are strings: converted by the schema (`coerce.ts`);
 * - a GET carries no body: fields the body schema names are read from the query;
 * - multipart bodies: text parts converted by the schema, file parts kept as `File`s;
 * - JSON bodies (DELETE included) as parsed.
 *
 * @module
 */
import type { HttpMethod } from '../../core/types.ts'
import { groupEntries } from '../body.ts'
import type { RouteContext } from '../types.ts'
import { coerceFields, type WireValue } from './coerce.ts'
import { entriesOf, inputParts, unwrap, type SchemaNode } from './schema-node.ts'

/**
 * Reads the input of one request as the endpoint function was given it.
 *
 * @param method The endpoint's method.
 * @param schema The endpoint's input schema.
 * @param context The route context (params, query, parsed body).
 * @returns `{ path?, query?, body? }`; a part is left out when nothing arrived and the schema allows that.
 */
export function readInput(method: HttpMethod, schema: SchemaNode, context: RouteContext): Record<string, unknown> {
  const parts = inputParts(schema)
  const input: Record<string, unknown> = {}
  if (parts.path !== undefined) input.path = coerceFields(parts.path, context.params, 'query')
  const fields = groupEntries(context.query) as Record<string, WireValue>
  const inBody = method === 'GET' ? (entriesOf(parts.body) ?? {}) : {}
  const inQuery = entriesOf(parts.query) ?? {}
  const query: Record<string, WireValue> = {}
  const bodyFields: Record<string, WireValue> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (key in inBody) bodyFields[key] = value
    if (key in inQuery || !(key in inBody)) query[key] = value
  }
  if (wanted(parts.query, query)) input.query = coerceFields(parts.query, query, 'query')
  if (method === 'GET') {
    if (wanted(parts.body, bodyFields)) input.body = coerceFields(parts.body, bodyFields, 'query')
  } else if (context.body instanceof FormData) {
    input.body = coerceFields(parts.body, formFields(context.body), 'form')
  } else if (context.body !== undefined) {
    input.body = context.body
  }
  return input
}

/** A part goes into the input when something arrived for it, or when the schema requires it. */
function wanted(schema: SchemaNode | undefined, fields: Readonly<Record<string, unknown>>): boolean {
  if (Object.keys(fields).length > 0) return true
  return schema !== undefined && !unwrap(schema).optional
}

function formFields(form: FormData): Record<string, WireValue> {
  const entries: [string, string | Blob][] = []
  form.forEach((value, key) => entries.push([key, value]))
  return groupEntries(entries)
}
