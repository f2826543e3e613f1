// Generated from catalog/wiki.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/wiki/v1`: the wiki v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './node.ts'
export type * from './types.ts'
