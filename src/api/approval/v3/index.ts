// Generated from catalog/approval.v3.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/approval/v3`: the approval v3 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './external.approval.ts'
export * from './external.instance.ts'
export type * from './types.ts'
