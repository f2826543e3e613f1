// Generated from catalog/base.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/base/v2`: the base v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.role.ts'
export type * from './types.ts'
