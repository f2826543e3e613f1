// Generated from catalog/trust_party.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/trust_party/v1`: the trust_party v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './collaboration_tenant.ts'
export * from './collaboration_tenant.collaboration_department.ts'
export * from './collaboration_tenant.collaboration_user.ts'
export type * from './types.ts'
