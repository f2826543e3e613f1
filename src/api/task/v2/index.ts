// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/task/v2`: the task v2 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './attachment.ts'
export * from './comment.ts'
export * from './custom_field.ts'
export * from './custom_field.option.ts'
export * from './section.ts'
export * from './task.ts'
export * from './task.subtask.ts'
export * from './task_v2.ts'
export * from './tasklist.ts'
export * from './tasklist.activity_subscription.ts'
export type * from './types.ts'
