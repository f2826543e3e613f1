import { invoke } from './call.ts'
import { fileCodec } from './files.ts'
import type { CallOptions, Context, EndpointSpec } from './types.ts'

/** Whether an input type has any required key (then the input argument is required too). */
type HasRequired<T> = {} extends T ? false : true

/**
 * A generated endpoint function: data (`spec`) plus the one shared `call`. `P` is `true` for a
 * paginated endpoint (its spec has `page`): only those type-check as `paginate`'s first argument.
 */
export type Endpoint<I, O, P extends boolean = false> = (HasRequired<I> extends true
  ? (ctx: Context, input: I, options?: CallOptions) => Promise<O>
  : (ctx: Context, input?: I, options?: CallOptions) => Promise<O>) & {
  readonly spec: EndpointSpec
  /** Type-only marker of the input, read by `paginate`. */
  readonly __input?: I
  /** Type-only marker of the output, read by `paginate`. */
  readonly __output?: O
  /** Type-only marker: `true` when the endpoint is paginated, read by `paginate`. */
  readonly __paginated?: P
}

/**
 * Makes an endpoint function from its spec.
 *
 * @param spec The endpoint's facts: id, method, path, tokens, lazy input schema, flags. A spec with
 *   `page` goes with `P = true` (`endpoint<I, O, true>`), so `paginate` accepts the function.
 * @returns A function `(ctx, input, options) => Promise<data>` carrying `spec`.
 * @example
 * const getThing = endpoint<{ path: { id: string } }, { thing: unknown }>({
 *   id: 'demo.v1.thing.get', method: 'GET', path: '/open-apis/demo/v1/things/:id', tokens: ['tenant'],
 * })
 */
// @__NO_SIDE_EFFECTS__
export function endpoint<I, O, P extends boolean = false>(spec: EndpointSpec): Endpoint<I, O, P> {
  const run = (ctx: Context, input?: I, options: CallOptions = {}) => invoke<O>(ctx, spec, input, options)
  return Object.assign(run, { spec }) as unknown as Endpoint<I, O, P>
}

/**
 * Makes a file endpoint (a multipart body, a file answer, or both) from its spec: like
 * {@link endpoint}, with the form and download code that JSON endpoints leave out of a bundle.
 *
 * @param spec The endpoint's facts, with `body: 'multipart'` and/or `download: true`.
 * @returns A function `(ctx, input, options) => Promise<data | Download>` carrying `spec`.
 */
// @__NO_SIDE_EFFECTS__
export function fileEndpoint<I, O, P extends boolean = false>(spec: EndpointSpec): Endpoint<I, O, P> {
  const run = (ctx: Context, input?: I, options: CallOptions = {}) => invoke<O>(ctx, spec, input, options, fileCodec)
  return Object.assign(run, { spec }) as unknown as Endpoint<I, O, P>
}
