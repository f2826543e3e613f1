// Generated from catalog/jssdk.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/jssdk`: the jssdk endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './ticket.ts'
export type * from './types.ts'
