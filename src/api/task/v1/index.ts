// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/task/v1`: the task v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './task.ts'
export * from './task.collaborator.ts'
export * from './task.comment.ts'
export * from './task.follower.ts'
export * from './task.reminder.ts'
export type * from './types.ts'
