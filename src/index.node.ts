/**
 * The root entry as Node resolves it (the `node` export condition; Bun and Deno take the plain
 * one): the same API, except that a context made without a `fetch` sends through `nodeFetch`
 * (`node:http` / `node:https`) instead of the global `fetch`. On Node 20 the global `fetch` loads
 * undici on first use, most of a cold process's first call (bench/RESULTS.md). Pass
 * `fetch: globalThis.fetch` to use the global one.
 *
 * @module
 */
import { createContext as createWith, type ContextOptions } from './core/context.ts'
import type { Context } from './core/types.ts'
import { nodeFetch } from './node/fetch.ts'

export * from './index.ts'

/**
 * Creates a context (see the root entry's `createContext`); on Node, `fetch` defaults to `nodeFetch`.
 *
 * @param options App credentials, domain, token store, middleware, retry policy, logging, fetch.
 * @returns The context.
 * @throws {LarkValidationError} When an option is invalid; the error names every bad option.
 */
export function createContext(options: ContextOptions = {}): Context {
  // Not an object: left to the shared checks, which name what is wrong.
  if (typeof options !== 'object' || options === null || options.fetch !== undefined) return createWith(options)
  return createWith({ ...options, fetch: nodeFetch })
}
