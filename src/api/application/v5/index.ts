// Generated from catalog/application.v5.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/application/v5`: the application v5 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './application.ts'
export type * from './types.ts'
