// Generated from catalog/search.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/search/v1`: the search v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './user.ts'
export type * from './types.ts'
