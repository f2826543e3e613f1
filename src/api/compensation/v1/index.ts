// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/compensation/v1`: the compensation v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './archive.ts'
export * from './change_reason.ts'
export * from './indicator.ts'
export * from './item.ts'
export * from './item_category.ts'
export * from './lump_sum_payment.ts'
export * from './plan.ts'
export * from './recurring_payment.ts'
export * from './social_archive.ts'
export * from './social_archive_adjust_record.ts'
export * from './social_insurance.ts'
export * from './social_plan.ts'
export type * from './types.ts'
