// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/approval/v4`: the approval v4 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './approval.ts'
export * from './district.ts'
export * from './external_approval.ts'
export * from './external_instance.ts'
export * from './external_task.ts'
export * from './instance.ts'
export * from './instance.comment.ts'
export * from './task.ts'
export type * from './types.ts'
