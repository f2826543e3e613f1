// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/baike/v1`: the baike v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './classification.ts'
export * from './draft.ts'
export * from './entity.ts'
export * from './file.ts'
export type * from './types.ts'
