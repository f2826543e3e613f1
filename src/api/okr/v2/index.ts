// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/okr/v2`: the okr v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './okr.alignment.ts'
export * from './okr.category.ts'
export * from './okr.cycle.ts'
export * from './okr.cycle.objective.ts'
export * from './okr.indicator.ts'
export * from './okr.key_result.ts'
export * from './okr.key_result.indicator.ts'
export * from './okr.key_result.progress.ts'
export * from './okr.objective.ts'
export * from './okr.objective.alignment.ts'
export * from './okr.objective.indicator.ts'
export * from './okr.objective.key_result.ts'
export * from './okr.objective.progress.ts'
export type * from './types.ts'
