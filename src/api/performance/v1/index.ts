// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/performance/v1`: the performance v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './review_data.ts'
export * from './semester.ts'
export * from './stage_task.ts'
export type * from './types.ts'
