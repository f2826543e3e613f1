// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { UserTaskResult } from './types.ts'

/** Input of {@link queryUserTask}. */
export interface QueryUserTaskInput {
  query: {
    employee_type: 'employee_id' | 'employee_no'
    ignore_invalid_users?: boolean
    include_terminated_user?: boolean
  }
  body: { user_ids: string[]; check_date_from: number; check_date_to: number; need_overtime_result?: boolean }
}

/** `data` of a successful {@link queryUserTask} response. */
export interface QueryUserTaskOutput {
  user_task_results?: UserTaskResult[]
  invalid_user_ids?: string[]
  unauthorized_user_ids?: string[]
}

/**
 * `attendance.v1.user_task.query`: POST /open-apis/attendance/v1/user_tasks/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_task&version=v1
 */
export const queryUserTask = /*#__PURE__*/ endpoint<QueryUserTaskInput, QueryUserTaskOutput>({
  id: 'attendance.v1.user_task.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_tasks/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employee_type: picklist(['employee_id', 'employee_no']),
        ignore_invalid_users: optional(boolean()),
        include_terminated_user: optional(boolean()),
      }),
      body: looseObject({
        user_ids: array(string()),
        check_date_from: number(),
        check_date_to: number(),
        need_overtime_result: optional(boolean()),
      }),
    }),
})
