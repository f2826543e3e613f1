// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/apaas/v1`: the apaas v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './app.ts'
export * from './application.audit_log.ts'
export * from './application.environment_variable.ts'
export * from './application.flow.ts'
export * from './application.function.ts'
export * from './application.object.ts'
export * from './application.object.record.ts'
export * from './application.record_permission.member.ts'
export * from './application.role.member.ts'
export * from './approval_instance.ts'
export * from './approval_task.ts'
export * from './seat_activity.ts'
export * from './seat_assignment.ts'
export * from './tenant_app_metrics.ts'
export * from './user_task.ts'
export * from './workspace.ts'
export * from './workspace.enum.ts'
export * from './workspace.table.ts'
export * from './workspace.view.ts'
export type * from './types.ts'
