// Generated from catalog/authen.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/authen/v2`: the authen v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './oauth.token.ts'
export type * from './types.ts'
