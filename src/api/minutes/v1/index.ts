// Generated from catalog/minutes.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/minutes/v1`: the minutes v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './minute.ts'
export * from './minute.media.ts'
export * from './minute.statistics.ts'
export * from './minute.transcript.ts'
export type * from './types.ts'
