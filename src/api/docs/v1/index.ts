// Generated from catalog/docs.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/docs/v1`: the docs v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './content.ts'
export type * from './types.ts'
