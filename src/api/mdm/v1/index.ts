// Generated from catalog/mdm.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/mdm/v1`: the mdm v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './user_auth_data_relation.ts'
export type * from './types.ts'
