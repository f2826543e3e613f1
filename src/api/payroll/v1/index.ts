// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/payroll/v1`: the payroll v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './acct_item.ts'
export * from './cost_allocation_detail.ts'
export * from './cost_allocation_plan.ts'
export * from './cost_allocation_report.ts'
export * from './datasource.ts'
export * from './datasource_record.ts'
export * from './paygroup.ts'
export * from './payment_activity.ts'
export * from './payment_activity_detail.ts'
export * from './payment_detail.ts'
export type * from './types.ts'
