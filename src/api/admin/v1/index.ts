// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/admin/v1`: the admin v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './admin_dept_stat.ts'
export * from './admin_user_stat.ts'
export * from './audit_info.ts'
export * from './badge.ts'
export * from './badge.grant.ts'
export * from './badge_image.ts'
export * from './password.ts'
export type * from './types.ts'
