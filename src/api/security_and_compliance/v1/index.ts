// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/security_and_compliance/v1`: the security_and_compliance v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './multi_geo_entity.tenant.ts'
export * from './openapi_log.ts'
export * from './user_migration.ts'
export type * from './types.ts'
