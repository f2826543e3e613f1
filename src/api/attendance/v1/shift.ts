// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  FlexibleRuleSchema,
  LateOffLateOnRuleSchema,
  LateOffLateOnSettingSchema,
  OvertimeRestTimeRuleSchema,
  OvertimeRuleSchema,
  PunchTimeRuleSchema,
  RestTimeFlexibleConfigSchema,
  ShiftAttendanceTimeConfigSchema,
  ShiftMiddleTimeRuleSchema,
} from './models.ts'
import type {
  FlexibleRule,
  LateOffLateOnRule,
  LateOffLateOnSetting,
  OvertimeRestTimeRule,
  OvertimeRule,
  PunchTimeRule,
  RestTimeFlexibleConfig,
  Shift,
  ShiftAttendanceTimeConfig,
  ShiftMiddleTimeRule,
} from './types.ts'

/** Input of {@link createShift}. */
export interface CreateShiftInput {
  query?: { employee_type?: 'employee_id' | 'employee_no' }
  body: {
    shift_name: string
    punch_times: number
    sub_shift_leader_ids?: string[]
    is_flexible?: boolean
    flexible_minutes?: number
    flexible_rule?: FlexibleRule[]
    no_need_off?: boolean
    punch_time_rule: PunchTimeRule[]
    late_off_late_on_rule?: LateOffLateOnRule[]
    rest_time_rule?: OvertimeRestTimeRule[]
    overtime_rule?: OvertimeRule[]
    day_type?: number
    overtime_rest_time_rule?: OvertimeRestTimeRule[]
    late_minutes_as_serious_late?: number
    shift_middle_time_rule?: ShiftMiddleTimeRule
    shift_attendance_time_config?: ShiftAttendanceTimeConfig
    late_off_late_on_setting?: LateOffLateOnSetting
    id?: string
    rest_time_flexible_configs?: RestTimeFlexibleConfig[]
  }
}

/** `data` of a successful {@link createShift} response. */
export interface CreateShiftOutput {
  shift?: Shift
}

/**
 * `attendance.v1.shift.create`: POST /open-apis/attendance/v1/shifts (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=attendance&resource=shift&version=v1
 */
export const createShift = /*#__PURE__*/ endpoint<CreateShiftInput, CreateShiftOutput>({
  id: 'attendance.v1.shift.create',
  method: 'POST',
  path: '/open-apis/attendance/v1/shifts',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ employee_type: optional(picklist(['employee_id', 'employee_no'])) })),
      body: looseObject({
        shift_name: string(),
        punch_times: number(),
        sub_shift_leader_ids: optional(array(string())),
        is_flexible: optional(boolean()),
        flexible_minutes: optional(number()),
        flexible_rule: optional(array(FlexibleRuleSchema())),
        no_need_off: optional(boolean()),
        punch_time_rule: array(PunchTimeRuleSchema()),
        late_off_late_on_rule: optional(array(LateOffLateOnRuleSchema())),
        rest_time_rule: optional(array(OvertimeRestTimeRuleSchema())),
        overtime_rule: optional(array(OvertimeRuleSchema())),
        day_type: optional(number()),
        overtime_rest_time_rule: optional(array(OvertimeRestTimeRuleSchema())),
        late_minutes_as_serious_late: optional(number()),
        shift_middle_time_rule: optional(ShiftMiddleTimeRuleSchema()),
        shift_attendance_time_config: optional(ShiftAttendanceTimeConfigSchema()),
        late_off_late_on_setting: optional(LateOffLateOnSettingSchema()),
        id: optional(string()),
        rest_time_flexible_configs: optional(array(RestTimeFlexibleConfigSchema())),
      }),
    }),
})

/** Input of {@link deleteShift}. */
export interface DeleteShiftInput {
  path: { shift_id: string }
}

/** `data` of a successful {@link deleteShift} response. */
export type DeleteShiftOutput = { [key: string]: unknown }

/**
 * `attendance.v1.shift.delete`: DELETE /open-apis/attendance/v1/shifts/:shift_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=attendance&resource=shift&version=v1
 */
export const deleteShift = /*#__PURE__*/ endpoint<DeleteShiftInput, DeleteShiftOutput>({
  id: 'attendance.v1.shift.delete',
  method: 'DELETE',
  path: '/open-apis/attendance/v1/shifts/:shift_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ shift_id: string() }) }),
})

/** Input of {@link getShift}. */
export interface GetShiftInput {
  path: { shift_id: string }
}

/** `data` of a successful {@link getShift} response. */
export interface GetShiftOutput {
  shift_id: string
  shift_name: string
  punch_times: number
  sub_shift_leader_ids?: string[]
  is_flexible?: boolean
  flexible_minutes?: number
  flexible_rule?: FlexibleRule[]
  no_need_off?: boolean
  punch_time_rule: PunchTimeRule[]
  late_off_late_on_rule?: LateOffLateOnRule[]
  rest_time_rule?: OvertimeRestTimeRule[]
  overtime_rule?: OvertimeRule[]
  day_type?: number
  overtime_rest_time_rule?: OvertimeRestTimeRule[]
  late_minutes_as_serious_late?: number
  shift_middle_time_rule?: ShiftMiddleTimeRule
  shift_attendance_time_config?: ShiftAttendanceTimeConfig
  late_off_late_on_setting?: LateOffLateOnSetting
  id?: string
  rest_time_flexible_configs?: RestTimeFlexibleConfig[]
}

/**
 * `attendance.v1.shift.get`: GET /open-apis/attendance/v1/shifts/:shift_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=attendance&resource=shift&version=v1
 */
export const getShift = /*#__PURE__*/ endpoint<GetShiftInput, GetShiftOutput>({
  id: 'attendance.v1.shift.get',
  method: 'GET',
  path: '/open-apis/attendance/v1/shifts/:shift_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ shift_id: string() }) }),
})

/** Input of {@link listShift}. */
export interface ListShiftInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listShift} response. */
export interface ListShiftOutput {
  shift_list?: Shift[]
  page_token?: string
  has_more?: boolean
}

/**
 * `attendance.v1.shift.list`: GET /open-apis/attendance/v1/shifts (tenant token).
 *
 * Paginated over `shift_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=attendance&resource=shift&version=v1
 */
export const listShift = /*#__PURE__*/ endpoint<ListShiftInput, ListShiftOutput, true>({
  id: 'attendance.v1.shift.list',
  method: 'GET',
  path: '/open-apis/attendance/v1/shifts',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'shift_list' },
})

/** Input of {@link queryShift}. */
export interface QueryShiftInput {
  query: { shift_name: string }
}

/** `data` of a successful {@link queryShift} response. */
export interface QueryShiftOutput {
  shift_id: string
  shift_name: string
  punch_times: number
  sub_shift_leader_ids?: string[]
  is_flexible?: boolean
  flexible_minutes?: number
  flexible_rule?: FlexibleRule[]
  no_need_off?: boolean
  punch_time_rule: PunchTimeRule[]
  late_off_late_on_rule?: LateOffLateOnRule[]
  rest_time_rule?: OvertimeRestTimeRule[]
  overtime_rule?: OvertimeRule[]
  day_type?: number
  overtime_rest_time_rule?: OvertimeRestTimeRule[]
  late_minutes_as_serious_late?: number
  shift_middle_time_rule?: ShiftMiddleTimeRule
  shift_attendance_time_config?: ShiftAttendanceTimeConfig
  late_off_late_on_setting?: LateOffLateOnSetting
  id?: string
  rest_time_flexible_configs?: RestTimeFlexibleConfig[]
}

/**
 * `attendance.v1.shift.query`: POST /open-apis/attendance/v1/shifts/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=shift&version=v1
 */
export const queryShift = /*#__PURE__*/ endpoint<QueryShiftInput, QueryShiftOutput>({
  id: 'attendance.v1.shift.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/shifts/query',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ shift_name: string() }) }),
})
