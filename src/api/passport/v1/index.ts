// Generated from catalog/passport.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/passport/v1`: the passport v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './password.ts'
export * from './session.ts'
export type * from './types.ts'
