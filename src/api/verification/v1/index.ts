// Generated from catalog/verification.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/verification/v1`: the verification v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './verification.ts'
export type * from './types.ts'
