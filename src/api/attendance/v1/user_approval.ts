// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateUserApprovalSchema } from './models.ts'
import type { CreateUserApproval, UserApproval } from './types.ts'

/** Input of {@link createUserApproval}. */
export interface CreateUserApprovalInput {
  query: { employee_type: 'employee_id' | 'employee_no' | 'open_id' }
  body?: { user_approval?: CreateUserApproval }
}

/** `data` of a successful {@link createUserApproval} response. */
export interface CreateUserApprovalOutput {
  user_approval?: UserApproval
}

/**
 * `attendance.v1.user_approval.create`: POST /open-apis/attendance/v1/user_approvals (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=attendance&resource=user_approval&version=v1
 */
export const createUserApproval = /*#__PURE__*/ endpoint<CreateUserApprovalInput, CreateUserApprovalOutput>({
  id: 'attendance.v1.user_approval.create',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_approvals',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no', 'open_id']) }),
      body: optional(looseObject({ user_approval: optional(CreateUserApprovalSchema()) })),
    }),
})

/** Input of {@link queryUserApproval}. */
export interface QueryUserApprovalInput {
  query: { employee_type: 'employee_id' | 'employee_no' | 'open_id' }
  body: {
    user_ids: string[]
    check_date_from: number
    check_date_to: number
    check_date_type?: 'PeriodTime' | 'CreateTime' | 'UpdateTime'
    status?: number
    check_time_from?: string
    check_time_to?: string
  }
}

/** `data` of a successful {@link queryUserApproval} response. */
export interface QueryUserApprovalOutput {
  user_approvals?: UserApproval[]
}

/**
 * `attendance.v1.user_approval.query`: POST /open-apis/attendance/v1/user_approvals/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_approval&version=v1
 */
export const queryUserApproval = /*#__PURE__*/ endpoint<QueryUserApprovalInput, QueryUserApprovalOutput>({
  id: 'attendance.v1.user_approval.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_approvals/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no', 'open_id']) }),
      body: looseObject({
        user_ids: array(string()),
        check_date_from: number(),
        check_date_to: number(),
        check_date_type: optional(picklist(['PeriodTime', 'CreateTime', 'UpdateTime'])),
        status: optional(number()),
        check_time_from: optional(string()),
        check_time_to: optional(string()),
      }),
    }),
})
