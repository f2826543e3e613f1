// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/acs/v1`: the acs v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './access_record.ts'
export * from './access_record.access_photo.ts'
export * from './device.ts'
export * from './rule_external.ts'
export * from './user.ts'
export * from './user.face.ts'
export * from './visitor.ts'
export type * from './types.ts'
