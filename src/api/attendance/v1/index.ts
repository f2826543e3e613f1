// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.

/**
 * `larkfn/attendance/v1`: the attendance v1 endpoints, their input and output types, and the shared shapes.
 *
 * @module
 */
export * from './approval_info.ts'
export * from './archive_rule.ts'
export * from './file.ts'
export * from './group.ts'
export * from './leave_accrual_record.ts'
export * from './leave_employ_expire_record.ts'
export * from './shift.ts'
export * from './user_approval.ts'
export * from './user_daily_shift.ts'
export * from './user_flow.ts'
export * from './user_setting.ts'
export * from './user_stats_data.ts'
export * from './user_stats_field.ts'
export * from './user_stats_view.ts'
export * from './user_task.ts'
export * from './user_task_remedy.ts'
export type * from './types.ts'
