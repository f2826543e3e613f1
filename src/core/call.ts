import { getDotPath, safeParse, type GenericSchema } from 'valibot'
import { createLarkApiError, createLarkHttpError, createLarkValidationError } from './errors.ts'
import { buildRequest } from './request.ts'
import { fileCodec } from './files.ts'
import type { CallInput, CallOptions, Context, EndpointSpec, FileCodec, LarkResponse } from './types.ts'

/** Request schemas, built on first use per spec (specs are module-level constants). */
const schemas = new WeakMap<EndpointSpec, GenericSchema>()

function validate(spec: EndpointSpec, input: unknown): void {
  if (spec.input === undefined) return
  let schema = schemas.get(spec)
  if (schema === undefined) {
    schema = spec.input()
    schemas.set(spec, schema)
  }
  const result = safeParse(schema, input)
  if (result.success) return
  const issues = result.issues.map((issue) => ({ path: getDotPath(issue) ?? '', message: describeIssue(issue) }))
  throw createLarkValidationError(spec.id, issues)
}

/** What kind of value was given, never the value itself (it may be a token or a secret). */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'string') return `a string of ${value.length} characters`
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * A schema issue in words that name the field's rule but not the value given: valibot's default
 * messages end with "but received <the value>", which is cut and replaced by the value's kind.
 */
function describeIssue(issue: { message: string; input: unknown }): string {
  const cut = issue.message.indexOf(' but received ')
  return cut < 0 ? issue.message : `${issue.message.slice(0, cut)}, received ${kindOf(issue.input)}`
}

function isJsonType(res: LarkResponse): boolean {
  return (res.headers.get('content-type') ?? '').includes('json')
}

interface Envelope {
  code: number
  msg?: string
  data?: unknown
  error?: Record<string, unknown>
}

function isEnvelope(body: unknown): body is Envelope {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'number'
}

/** Turns a response into the endpoint's result, or throws the matching error. */
export async function unwrap<O>(spec: EndpointSpec, res: LarkResponse, files?: FileCodec): Promise<O> {
  const logId = res.headers.get('x-tt-logid') ?? undefined
  let body = res.body
  if (spec.download && files) {
    if (res.status >= 200 && res.status < 300 && !isJsonType(res)) return files.decode(res) as O
    // A download that failed answers with a JSON envelope: read the (small) stream to see it.
    body = body instanceof ReadableStream ? await new Response(body).text() : body
    try {
      body = typeof body === 'string' ? JSON.parse(body) : body
    } catch {
      /* not JSON: reported below */
    }
  }
  if (isEnvelope(body)) {
    if (body.code === 0) return (spec.flat ? body : (body.data ?? {})) as O
    const detail = typeof body.error === 'object' && body.error !== null ? body.error : undefined
    const msg = typeof body.msg === 'string' ? body.msg : ''
    throw createLarkApiError({ endpoint: spec.id, code: body.code, msg, logId, httpStatus: res.status, detail })
  }
  if (spec.flat && res.status >= 200 && res.status < 300 && typeof body === 'object' && body !== null) return body as O
  const text = typeof body === 'string' ? body.slice(0, 200) : undefined
  const reason = typeof body === 'string' ? 'the answer is not JSON' : 'the answer is not a platform envelope'
  throw createLarkHttpError({ endpoint: spec.id, httpStatus: res.status, logId, bodyText: text, reason })
}

/** Headers the endpoint needs from the caller (helpdesk credentials) must be in `options.headers`. */
function checkHeaders(spec: EndpointSpec, options: CallOptions): void {
  if (spec.headers === undefined) return
  const given = new Set(Object.keys(options.headers ?? {}).map((name) => name.toLowerCase()))
  const missing = spec.headers.filter((name) => !given.has(name.toLowerCase()))
  if (missing.length > 0) {
    throw createLarkValidationError(spec.id, missing.map((name) => ({ path: `headers.${name}`, message: 'Required header is missing from options.headers' })))
  }
}

/**
 * Runs one endpoint with the given file codec (none for JSON endpoints): validate, build, send, unwrap.
 * @internal
 */
export async function invoke<O>(ctx: Context, spec: EndpointSpec, input: unknown, options: CallOptions, files?: FileCodec): Promise<O> {
  const value = input ?? {}
  if (options.validate ?? ctx.validate) validate(spec, value)
  checkHeaders(spec, options)
  const req = await buildRequest(ctx, spec, value as CallInput, options, files)
  return unwrap<O>(spec, await ctx.send(req), files)
}

/**
 * Runs one endpoint: validates the input (unless turned off), builds the request, sends it through
 * the context's middleware chain and resolves to the envelope's `data`. Multipart bodies and file
 * answers are handled as the spec says.
 *
 * @param ctx The context from `createContext`.
 * @param spec The endpoint's spec.
 * @param input `{ path?, query?, body? }`.
 * @param options Per-call options.
 * @returns The `data` of the answer (the whole body for flat endpoints, a {@link Download} for files).
 * @throws {LarkValidationError} When the input is invalid; nothing is sent.
 * @throws {LarkApiError} When the platform answers with `code ≠ 0`.
 * @throws {LarkHttpError} When no usable answer arrives.
 * @throws {LarkAuthError} When no token can be had.
 */
export function call<O>(ctx: Context, spec: EndpointSpec, input?: unknown, options: CallOptions = {}): Promise<O> {
  return invoke<O>(ctx, spec, input, options, fileCodec)
}
