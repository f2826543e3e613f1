// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/approval/v2`: the approval v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './approval.ts'
export * from './cc.ts'
export * from './external.ts'
export * from './external.instance.ts'
export * from './file.ts'
export * from './instance.ts'
export * from './subscription.ts'
export * from './task.ts'
export type * from './types.ts'
