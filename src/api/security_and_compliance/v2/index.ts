// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/security_and_compliance/v2`: the security_and_compliance v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './device_apply_record.ts'
export * from './device_record.ts'
export type * from './types.ts'
