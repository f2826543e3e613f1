// Generated from catalog/hire.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/hire/v2`: the hire v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './interview_record.ts'
export * from './talent.ts'
export type * from './types.ts'
