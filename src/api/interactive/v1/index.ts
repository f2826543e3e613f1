// Generated from catalog/interactive.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/interactive/v1`: the interactive v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './card.ts'
export type * from './types.ts'
