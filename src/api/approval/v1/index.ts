// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/approval/v1`: the approval v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './id.ts'
export * from './message.ts'
export type * from './types.ts'
