/**
 * The generic route of a learned endpoint: the router checks method, path and token kind; the
 * handler checks the request against the endpoint's own input schema and answers a sample shaped
 * by its response schema (or a small file, for downloads).
 *
 * @module
 */
import { getDotPath, safeParse, type BaseIssue, type GenericSchema } from 'valibot'
import type { EndpointSpec } from '../../core/types.ts'
import { fakeJson } from '../reply.ts'
import type { RouteContext, RouteSpec } from '../types.ts'
import { fileResponse } from './file-response.ts'
import { fieldViolations, type FieldViolation } from './pages.ts'
import { readInput } from './request-input.ts'
import { sampleOf } from './sample.ts'
import type { SchemaNode } from './schema-node.ts'

/**
 * Makes the route of one learned endpoint.
 *
 * @param spec The endpoint function's `spec`.
 * @param output Its response schema (`<ExportName>OutputSchema`), when known; else `data` is `{}`.
 * @returns A route spec for the fake's router.
 */
export function learnedRoute(spec: EndpointSpec, output: SchemaNode | undefined): RouteSpec {
  // Both are built on first use: learning a whole domain must stay cheap.
  let schema: GenericSchema | undefined
  let data: Record<string, unknown> | undefined
  return {
    method: spec.method,
    path: spec.path,
    tokens: spec.tokens,
    handler(context: RouteContext) {
      // Credential headers besides Authorization (helpdesk's `X-Lark-Helpdesk-Authorization`).
      const missing = (spec.headers ?? []).filter((name) => !context.headers.get(name))
      if (missing.length > 0) {
        return fieldViolations(missing.map((field) => ({ field, description: 'required header is missing' })))
      }
      if (spec.input !== undefined) {
        schema ??= spec.input()
        const result = safeParse(schema, readInput(spec.method, schema as unknown as SchemaNode, context))
        if (!result.success) return fieldViolations(result.issues.map(violation))
      }
      if (spec.download) return sampleFile(spec, context.params)
      data ??= sampleData(spec, output)
      return spec.flat ? fakeJson({ code: 0, msg: 'success', ...data }) : data
    },
  }
}

function violation(issue: BaseIssue<unknown>): FieldViolation {
  const value = issue.input
  const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
  return { field: getDotPath(issue) ?? '', ...(shown === undefined ? {} : { value: shown }), description: issue.message }
}

/** The response sample; paginated endpoints say there is no further page. */
function sampleData(spec: EndpointSpec, output: SchemaNode | undefined): Record<string, unknown> {
  const value = output === undefined ? {} : sampleOf(output)
  const data: Record<string, unknown> = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
  if (spec.page !== undefined) {
    data.has_more = false
    // An empty next token, unless the catalog types it otherwise (one corehr list says number).
    const next = spec.page.next ?? 'page_token'
    if (typeof data[next] === 'string' || data[next] === undefined) data[next] = ''
  }
  return data
}

/** A small, stable file named after the last path parameter. */
function sampleFile(spec: EndpointSpec, params: Readonly<Record<string, string>>): Response {
  const bytes = new TextEncoder().encode(`larkfn fake file of ${spec.id}\n`)
  const last = Object.values(params).at(-1)
  return fileResponse(bytes, `${last ?? spec.id}.bin`)
}
