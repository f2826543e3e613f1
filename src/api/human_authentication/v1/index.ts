// Generated from catalog/human_authentication.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/human_authentication/v1`: the human_authentication v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './identity.ts'
export type * from './types.ts'
