// Generated from catalog/translation.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/translation/v1`: the translation v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './text.ts'
export type * from './types.ts'
