// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { UserDailyShiftSchema, UserTmpDailyShiftSchema } from './models.ts'
import type { UserDailyShift, UserTmpDailyShift } from './types.ts'

/** Input of {@link batchCreateUserDailyShift}. */
export interface BatchCreateUserDailyShiftInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { user_daily_shifts: UserDailyShift[]; operator_id?: string }
}

/** `data` of a successful {@link batchCreateUserDailyShift} response. */
export interface BatchCreateUserDailyShiftOutput {
  user_daily_shifts?: UserDailyShift[]
}

/**
 * `attendance.v1.user_daily_shift.batch_create`: POST /open-apis/attendance/v1/user_daily_shifts/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=attendance&resource=user_daily_shift&version=v1
 */
export const batchCreateUserDailyShift = /*#__PURE__*/ endpoint<BatchCreateUserDailyShiftInput, BatchCreateUserDailyShiftOutput>({
  id: 'attendance.v1.user_daily_shift.batch_create',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_daily_shifts/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ user_daily_shifts: array(UserDailyShiftSchema()), operator_id: optional(string()) }),
    }),
})

/** Input of {@link batchCreateUserDailyShiftTemp}. */
export interface BatchCreateUserDailyShiftTempInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { user_tmp_daily_shifts: UserTmpDailyShift[]; operator_id?: string }
}

/** `data` of a successful {@link batchCreateUserDailyShiftTemp} response. */
export interface BatchCreateUserDailyShiftTempOutput {
  user_tmp_daily_shifts?: UserTmpDailyShift[]
}

/**
 * `attendance.v1.user_daily_shift.batch_create_temp`: POST /open-apis/attendance/v1/user_daily_shifts/batch_create_temp (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create_temp&project=attendance&resource=user_daily_shift&version=v1
 */
export const batchCreateUserDailyShiftTemp = /*#__PURE__*/ endpoint<BatchCreateUserDailyShiftTempInput, BatchCreateUserDailyShiftTempOutput>({
  id: 'attendance.v1.user_daily_shift.batch_create_temp',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_daily_shifts/batch_create_temp',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ user_tmp_daily_shifts: array(UserTmpDailyShiftSchema()), operator_id: optional(string()) }),
    }),
})

/** Input of {@link queryUserDailyShift}. */
export interface QueryUserDailyShiftInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { user_ids: string[]; check_date_from: number; check_date_to: number }
}

/** `data` of a successful {@link queryUserDailyShift} response. */
export interface QueryUserDailyShiftOutput {
  user_daily_shifts?: UserDailyShift[]
}

/**
 * `attendance.v1.user_daily_shift.query`: POST /open-apis/attendance/v1/user_daily_shifts/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_daily_shift&version=v1
 */
export const queryUserDailyShift = /*#__PURE__*/ endpoint<QueryUserDailyShiftInput, QueryUserDailyShiftOutput>({
  id: 'attendance.v1.user_daily_shift.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_daily_shifts/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ user_ids: array(string()), check_date_from: number(), check_date_to: number() }),
    }),
})
