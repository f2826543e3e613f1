// Generated from catalog/tenant.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/tenant/v2`: the tenant v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './tenant.ts'
export * from './tenant.product_assign_info.ts'
export type * from './types.ts'
