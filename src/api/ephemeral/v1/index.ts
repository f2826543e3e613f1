// Generated from catalog/ephemeral.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/ephemeral/v1`: the ephemeral v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './message.ts'
export type * from './types.ts'
