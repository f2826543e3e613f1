// Generated from catalog/mina.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/mina/v2`: the mina v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './token_login.ts'
export type * from './types.ts'
