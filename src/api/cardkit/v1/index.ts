// Generated from catalog/cardkit.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/cardkit/v1`: the cardkit v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './card.ts'
export * from './card.element.ts'
export type * from './types.ts'
