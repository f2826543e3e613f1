// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/okr/v1`: the okr v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './image.ts'
export * from './okr.ts'
export * from './period.ts'
export * from './period_rule.ts'
export * from './progress_record.ts'
export * from './review.ts'
export * from './user.okr.ts'
export type * from './types.ts'
