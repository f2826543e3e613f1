// Generated from catalog/report.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/report/v1`: the report v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './rule.ts'
export * from './rule.view.ts'
export * from './task.ts'
export type * from './types.ts'
