import { invoke } from './call.ts'
import { createLarkValidationError } from './errors.ts'
import type { CallInput, CallOptions, Context, EndpointSpec, PageSpec } from './types.ts'

/** The element type of a page's item array: `items`, or whichever array the page data holds. */
export type ItemOf<O> = O extends { items?: ReadonlyArray<infer T> | null }
  ? T
  : { [K in keyof O]-?: NonNullable<O[K]> extends ReadonlyArray<infer T> ? T : never }[keyof O]

/** Options of {@link paginate}: per-call options plus limits. */
export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages. */
  readonly maxPages?: number
}

/**
 * What `paginate` takes: a paginated endpoint. Generated paginated endpoints are typed
 * `Endpoint<I, O, true>`; one typed `Endpoint<I, O>` (not paginated) is refused at compile time
 * (and at run time, by its spec).
 */
export interface PaginatedEndpoint<I, O> {
  readonly spec: EndpointSpec
  readonly __input?: I
  readonly __output?: O
  readonly __paginated?: true
}

/** The input and options after `ctx`: the input is required when the endpoint's input has a required part (`path`, `body`, …). */
export type PaginateArgs<I> = {} extends I ? [input?: I, options?: PaginateOptions] : [input: I, options?: PaginateOptions]

function withPageToken(input: CallInput, page: PageSpec, token: string | undefined): CallInput {
  if (token === undefined) return input
  if (page.tokenIn === 'body') return { ...input, body: { ...(input.body as object | undefined), page_token: token } }
  return { ...input, query: { ...input.query, page_token: token } }
}

function nextToken(data: Record<string, unknown>, page: PageSpec): string | undefined {
  const value = data[page.next ?? 'page_token'] ?? data.next_page_token ?? data.page_token
  // A few endpoints type their token as a number; it goes back as text either way.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Iterates the pages of a paginated endpoint, following `page_token` while `has_more` is true. A
 * failed page throws (it does not end the iteration quietly); `break` stops fetching.
 *
 * @param fn A paginated endpoint function (its spec has `page`).
 * @param ctx The context.
 * @param args The first page's input (required when the endpoint's input has a required part;
 *   `page_size` and filters stay the same on every page), then per-call options plus `maxPages`.
 * @returns An async iterator of each page's `data`.
 * @throws {LarkValidationError} When `fn` is not paginated.
 * @example
 * for await (const page of paginate(findUserByDepartment, ctx, { query: { department_id: '0', page_size: 50 } })) console.log(page.items?.length)
 */
export async function* paginate<I, O>(fn: PaginatedEndpoint<I, O>, ctx: Context, ...args: PaginateArgs<I>): AsyncGenerator<O, void, undefined> {
  const [input, options = {}] = args
  const page = fn.spec.page
  if (page === undefined) {
    throw createLarkValidationError(fn.spec.id, [{ path: '', message: 'this endpoint is not paginated' }])
  }
  const first = (input ?? {}) as CallInput
  const limit = options.maxPages ?? Number.POSITIVE_INFINITY
  const seen = new Set<string>()
  let token: string | undefined
  for (let count = 0; count < limit; count++) {
    const data = await invoke<O>(ctx, fn.spec, withPageToken(first, page, token), options)
    yield data
    const record = (data ?? {}) as Record<string, unknown>
    const next = nextToken(record, page)
    // A repeated token would loop forever: the platform's has_more is not trusted alone.
    if (record.has_more !== true || next === undefined || seen.has(next)) return
    seen.add(next)
    token = next
  }
}

/**
 * Iterates the items of every page of a paginated endpoint.
 *
 * @returns An async iterator of items (the `items` array, or the key the spec names).
 * @example
 * for await (const user of paginateItems(findUserByDepartment, ctx, { query: { department_id: '0' } })) console.log(user.name)
 */
export async function* paginateItems<I, O, T = ItemOf<O>>(fn: PaginatedEndpoint<I, O>, ctx: Context, ...args: PaginateArgs<I>): AsyncGenerator<T, void, undefined> {
  const key = fn.spec.page?.items === undefined ? 'items' : fn.spec.page.items
  if (key === null) {
    throw createLarkValidationError(fn.spec.id, [{ path: '', message: 'pages of this endpoint have no single item array: use paginate()' }])
  }
  for await (const data of paginate<I, O>(fn, ctx, ...args)) {
    const items = (data as Record<string, unknown> | undefined)?.[key]
    if (Array.isArray(items)) yield* items as T[]
  }
}
