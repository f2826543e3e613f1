import { invoke } from './call.ts'
import { fileCodec } from './files.ts'
import type { CallOptions, Context, EndpointSpec } from './types.ts'

/** Whether an input type has any required key (then the input argument is required too). */
type HasRequired<T> = {} extends T ? false : true

/** A generated endpoint function: data (`spec`) plus the one shared `call`. */
export type Endpoint<I, O> = (HasRequired<I> extends true
  ? (ctx: Context, input: I, options?: CallOptions) => Promise<O>
  : (ctx: Context, input?: I, options?: CallOptions) => Promise<O>) & {
  readonly spec: EndpointSpec
  /** Type-only marker of the input, read by `paginate`. */
  readonly __input?: I
  /** Type-only marker of the output, read by `paginate`. */
  readonly __output?: O
}

/**
 * Makes an endpoint function from its spec.
 *
 * @param spec The endpoint's facts: id, method, path, tokens, lazy input schema, flags.
 * @returns A function `(ctx, input, options) => Promise<data>` carrying `spec`.
 * @example
 * const getThing = endpoint<{ path: { id: string } }, { thing: unknown }>({
 *   id: 'demo.v1.thing.get', method: 'GET', path: '/open-apis/demo/v1/things/:id', tokens: ['tenant'],
 * })
 */
// @__NO_SIDE_EFFECTS__
export function endpoint<I, O>(spec: EndpointSpec): Endpoint<I, O> {
  const run = (ctx: Context, input?: I, options: CallOptions = {}) => invoke<O>(ctx, spec, input, options)
  return Object.assign(run, { spec }) as unknown as Endpoint<I, O>
}

/**
 * Makes a file endpoint (a multipart body, a file answer, or both) from its spec: like
 * {@link endpoint}, with the form and download code that JSON endpoints leave out of a bundle.
 *
 * @param spec The endpoint's facts, with `body: 'multipart'` and/or `download: true`.
 * @returns A function `(ctx, input, options) => Promise<data | Download>` carrying `spec`.
 */
// @__NO_SIDE_EFFECTS__
export function fileEndpoint<I, O>(spec: EndpointSpec): Endpoint<I, O> {
  const run = (ctx: Context, input?: I, options: CallOptions = {}) => invoke<O>(ctx, spec, input, options, fileCodec)
  return Object.assign(run, { spec }) as unknown as Endpoint<I, O>
}
