// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/drive/v1`: the drive v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './export_task.ts'
export * from './file.ts'
export * from './file.comment.ts'
export * from './file.comment.reply.ts'
export * from './file.statistics.ts'
export * from './file.subscription.ts'
export * from './file.version.ts'
export * from './file.view_record.ts'
export * from './import_task.ts'
export * from './media.ts'
export * from './meta.ts'
export * from './permission.member.ts'
export * from './permission.public.ts'
export * from './permission.public.password.ts'
export * from './user.ts'
export type * from './types.ts'
