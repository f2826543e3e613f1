// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/directory/v1`: the directory v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './collaboration_rule.ts'
export * from './collaboration_tenant.ts'
export * from './collboration_share_entity.ts'
export * from './department.ts'
export * from './employee.ts'
export type * from './types.ts'
