// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/ehr/v1`: the ehr v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './attachment.ts'
export * from './employee.ts'
export type * from './types.ts'
