// Generated from catalog/suite.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/suite`: the suite endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './docs_api.meta.ts'
export * from './docs_api.object.ts'
export type * from './types.ts'
