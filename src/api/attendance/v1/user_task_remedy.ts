// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { UserRemedy } from './types.ts'

/** Input of {@link createUserTaskRemedy}. */
export interface CreateUserTaskRemedyInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: {
    user_id: string
    remedy_date: number
    punch_no: number
    work_type: number
    remedy_time: string
    reason: string
    time?: string
  }
}

/** `data` of a successful {@link createUserTaskRemedy} response. */
export interface CreateUserTaskRemedyOutput {
  user_remedy?: UserRemedy
}

/**
 * `attendance.v1.user_task_remedy.create`: POST /open-apis/attendance/v1/user_task_remedys (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=attendance&resource=user_task_remedy&version=v1
 */
export const createUserTaskRemedy = /*#__PURE__*/ endpoint<CreateUserTaskRemedyInput, CreateUserTaskRemedyOutput>({
  id: 'attendance.v1.user_task_remedy.create',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_task_remedys',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        user_id: string(),
        remedy_date: number(),
        punch_no: number(),
        work_type: number(),
        remedy_time: string(),
        reason: string(),
        time: optional(string()),
      }),
    }),
})

/** Input of {@link queryUserTaskRemedy}. */
export interface QueryUserTaskRemedyInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: {
    user_ids: string[]
    check_time_from: string
    check_time_to: string
    check_date_type?: 'PeriodTime' | 'CreateTime' | 'UpdateTime'
    status?: number
  }
}

/** `data` of a successful {@link queryUserTaskRemedy} response. */
export interface QueryUserTaskRemedyOutput {
  user_remedys?: UserRemedy[]
}

/**
 * `attendance.v1.user_task_remedy.query`: POST /open-apis/attendance/v1/user_task_remedys/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_task_remedy&version=v1
 */
export const queryUserTaskRemedy = /*#__PURE__*/ endpoint<QueryUserTaskRemedyInput, QueryUserTaskRemedyOutput>({
  id: 'attendance.v1.user_task_remedy.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_task_remedys/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({
        user_ids: array(string()),
        check_time_from: string(),
        check_time_to: string(),
        check_date_type: optional(picklist(['PeriodTime', 'CreateTime', 'UpdateTime'])),
        status: optional(number()),
      }),
    }),
})

/** Input of {@link queryUserTaskRemedyUserAllowedRemedys}. */
export interface QueryUserTaskRemedyUserAllowedRemedysInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { user_id: string; remedy_date: number }
}

/** `data` of a successful {@link queryUserTaskRemedyUserAllowedRemedys} response. */
export interface QueryUserTaskRemedyUserAllowedRemedysOutput {
  user_allowed_remedys?: {
    user_id: string
    remedy_date: number
    is_free_punch?: boolean
    punch_no?: number
    work_type?: number
    punch_status?: string
    normal_punch_time?: string
    remedy_start_time?: string
    remedy_end_time?: string
  }[]
}

/**
 * `attendance.v1.user_task_remedy.query_user_allowed_remedys`: POST /open-apis/attendance/v1/user_task_remedys/query_user_allowed_remedys (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_user_allowed_remedys&project=attendance&resource=user_task_remedy&version=v1
 */
export const queryUserTaskRemedyUserAllowedRemedys = /*#__PURE__*/ endpoint<QueryUserTaskRemedyUserAllowedRemedysInput, QueryUserTaskRemedyUserAllowedRemedysOutput>({
  id: 'attendance.v1.user_task_remedy.query_user_allowed_remedys',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_task_remedys/query_user_allowed_remedys',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ user_id: string(), remedy_date: number() }),
    }),
})
