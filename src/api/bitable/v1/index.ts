// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/bitable/v1`: the bitable v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.ts'
export * from './app.block_workflow.ts'
export * from './app.dashboard.ts'
export * from './app.role.ts'
export * from './app.role.member.ts'
export * from './app.table.ts'
export * from './app.table.field.ts'
export * from './app.table.field_group.ts'
export * from './app.table.form.ts'
export * from './app.table.form.field.ts'
export * from './app.table.record.ts'
export * from './app.table.view.ts'
export * from './app.workflow.ts'
export type * from './types.ts'
