// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { EnumFieldOptionName, LeaveRequest, Name } from './types.ts'

/** Input of {@link calendarLeaveByScope}. */
export interface CalendarLeaveByScopeInput {
  query?: {
    wk_department_id?: string
    wk_country_region_id?: string
    wk_employee_type_id?: string
    wk_work_location_id?: string
    wk_working_hours_type_id?: string
    wk_job_family_id?: string
    wk_company_id?: string
  }
}

/** `data` of a successful {@link calendarLeaveByScope} response. */
export interface CalendarLeaveByScopeOutput {
  calendar_wk_id?: string
}

/**
 * `corehr.v1.leave.calendar_by_scope`: GET /open-apis/corehr/v1/leaves/calendar_by_scope (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=calendar_by_scope&project=corehr&resource=leave&version=v1
 */
export const calendarLeaveByScope = /*#__PURE__*/ endpoint<CalendarLeaveByScopeInput, CalendarLeaveByScopeOutput>({
  id: 'corehr.v1.leave.calendar_by_scope',
  method: 'GET',
  path: '/open-apis/corehr/v1/leaves/calendar_by_scope',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        wk_department_id: optional(string()),
        wk_country_region_id: optional(string()),
        wk_employee_type_id: optional(string()),
        wk_work_location_id: optional(string()),
        wk_working_hours_type_id: optional(string()),
        wk_job_family_id: optional(string()),
        wk_company_id: optional(string()),
      })),
    }),
})

/** Input of {@link leaveLeaveBalances}. */
export interface LeaveLeaveBalancesInput {
  query: {
    page_token?: string
    page_size: string
    as_of_date?: string
    employment_id_list?: string[]
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    time_zone?: string
    include_offboard?: boolean
  }
}

/** `data` of a successful {@link leaveLeaveBalances} response. */
export interface LeaveLeaveBalancesOutput {
  employment_leave_balance_list?: {
    employment_id: string
    employment_name: Name[]
    as_of_date: string
    leave_balance_list: {
      leave_type_id: string
      leave_type_name: Name[]
      historical_cycles_left?: string
      this_cycle_total?: string
      this_cycle_taken: string
      leave_balance: string
      leave_duration_unit: number
      history_cycle_accrual?: string
      balance_in_current_cycle?: string
      taken?: string
      taken_history_cycle?: string
      offboarding_balance?: string
      taken_current_date?: string
      offboarding_granted?: string
      leave_balance_excluding_under_approval?: string
      leave_quantity_under_approval?: string
    }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.leave.leave_balances`: GET /open-apis/corehr/v1/leaves/leave_balances (tenant token).
 *
 * Paginated over `employment_leave_balance_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=leave_balances&project=corehr&resource=leave&version=v1
 */
export const leaveLeaveBalances = /*#__PURE__*/ endpoint<LeaveLeaveBalancesInput, LeaveLeaveBalancesOutput, true>({
  id: 'corehr.v1.leave.leave_balances',
  method: 'GET',
  path: '/open-apis/corehr/v1/leaves/leave_balances',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        as_of_date: optional(string()),
        employment_id_list: optional(array(string())),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        time_zone: optional(string()),
        include_offboard: optional(boolean()),
      }),
    }),
  page: { items: 'employment_leave_balance_list' },
})

/** Input of {@link leaveLeaveRequestHistory}. */
export interface LeaveLeaveRequestHistoryInput {
  query: {
    page_token?: string
    page_size: string
    employment_id_list?: string[]
    initiator_id_list?: string[]
    leave_request_status?: string[]
    leave_type_id_list?: string[]
    leave_start_date_min?: string
    leave_start_date_max?: string
    leave_end_date_min?: string
    leave_end_date_max?: string
    leave_submit_date_min?: string
    leave_submit_date_max?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    leave_update_time_min?: string
    leave_update_time_max?: string
    return_detail?: boolean
    leave_term_type?: number
    time_zone?: string
    data_source?: number
    db_update_time_min?: string
    db_update_time_max?: string
    wd_need_amount_zero_records?: boolean
    wd_need_denied_and_canceled_record?: boolean
    wd_paid_type?: number
  }
}

/** `data` of a successful {@link leaveLeaveRequestHistory} response. */
export interface LeaveLeaveRequestHistoryOutput {
  leave_request_list?: LeaveRequest[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.leave.leave_request_history`: GET /open-apis/corehr/v1/leaves/leave_request_history (tenant token).
 *
 * Paginated over `leave_request_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=leave_request_history&project=corehr&resource=leave&version=v1
 */
export const leaveLeaveRequestHistory = /*#__PURE__*/ endpoint<LeaveLeaveRequestHistoryInput, LeaveLeaveRequestHistoryOutput, true>({
  id: 'corehr.v1.leave.leave_request_history',
  method: 'GET',
  path: '/open-apis/corehr/v1/leaves/leave_request_history',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        employment_id_list: optional(array(string())),
        initiator_id_list: optional(array(string())),
        leave_request_status: optional(array(string())),
        leave_type_id_list: optional(array(string())),
        leave_start_date_min: optional(string()),
        leave_start_date_max: optional(string()),
        leave_end_date_min: optional(string()),
        leave_end_date_max: optional(string()),
        leave_submit_date_min: optional(string()),
        leave_submit_date_max: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        leave_update_time_min: optional(string()),
        leave_update_time_max: optional(string()),
        return_detail: optional(boolean()),
        leave_term_type: optional(number()),
        time_zone: optional(string()),
        data_source: optional(number()),
        db_update_time_min: optional(string()),
        db_update_time_max: optional(string()),
        wd_need_amount_zero_records: optional(boolean()),
        wd_need_denied_and_canceled_record: optional(boolean()),
        wd_paid_type: optional(number()),
      }),
    }),
  page: { items: 'leave_request_list' },
})

/** Input of {@link leaveLeaveTypes}. */
export interface LeaveLeaveTypesInput {
  query: {
    page_token?: string
    page_size: string
    status?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
  }
}

/** `data` of a successful {@link leaveLeaveTypes} response. */
export interface LeaveLeaveTypesOutput {
  leave_type_list?: {
    leave_type_id: string
    leave_type_name: Name[]
    status: number
    leave_subtype_list?: { leave_type_id: string; leave_type_name: Name[] }[]
    created_at: string
    created_by: string
    updated_at: string
    updated_by: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.leave.leave_types`: GET /open-apis/corehr/v1/leaves/leave_types (tenant token).
 *
 * Paginated over `leave_type_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=leave_types&project=corehr&resource=leave&version=v1
 */
export const leaveLeaveTypes = /*#__PURE__*/ endpoint<LeaveLeaveTypesInput, LeaveLeaveTypesOutput, true>({
  id: 'corehr.v1.leave.leave_types',
  method: 'GET',
  path: '/open-apis/corehr/v1/leaves/leave_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        status: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      }),
    }),
  page: { items: 'leave_type_list' },
})

/** Input of {@link workLeaveCalendar}. */
export interface WorkLeaveCalendarInput {
  body: {
    wk_calendar_ids: string[]
    wk_calendar_id_gt?: string
    wk_option?: {
      count?: boolean
      offset?: number
      limit: number
      sort_options?: {
        sort_field?: string
        sort_order?: number
        sort_i18n?: number
        sort_by_strand_length?: boolean
        sort_by_pinyin?: boolean
        sort_by_enum_value_order?: boolean
      }[]
    }
    only_enable?: boolean
  }
}

/** `data` of a successful {@link workLeaveCalendar} response. */
export interface WorkLeaveCalendarOutput {
  work_calendars?: { calendar_id: string; calendar_name?: EnumFieldOptionName; enable: boolean }[]
  count?: number
}

/**
 * `corehr.v1.leave.work_calendar`: POST /open-apis/corehr/v1/leaves/work_calendar (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=work_calendar&project=corehr&resource=leave&version=v1
 */
export const workLeaveCalendar = /*#__PURE__*/ endpoint<WorkLeaveCalendarInput, WorkLeaveCalendarOutput>({
  id: 'corehr.v1.leave.work_calendar',
  method: 'POST',
  path: '/open-apis/corehr/v1/leaves/work_calendar',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        wk_calendar_ids: array(string()),
        wk_calendar_id_gt: optional(string()),
        wk_option: optional(looseObject({
          count: optional(boolean()),
          offset: optional(number()),
          limit: number(),
          sort_options: optional(array(looseObject({
            sort_field: optional(string()),
            sort_order: optional(number()),
            sort_i18n: optional(number()),
            sort_by_strand_length: optional(boolean()),
            sort_by_pinyin: optional(boolean()),
            sort_by_enum_value_order: optional(boolean()),
          }))),
        })),
        only_enable: optional(boolean()),
      }),
    }),
})

/** Input of {@link workLeaveCalendarDate}. */
export interface WorkLeaveCalendarDateInput {
  body: {
    wk_calendar_ids: string[]
    dates?: string[]
    begin_date?: string
    end_date?: string
    offset?: number
    limit?: number
    ids?: string[]
  }
}

/** `data` of a successful {@link workLeaveCalendarDate} response. */
export interface WorkLeaveCalendarDateOutput {
  calendar_dates?: {
    calendar_id?: string
    date?: string
    date_type?: 'day_off' | 'public_holiday' | 'workday'
    id?: string
  }[]
}

/**
 * `corehr.v1.leave.work_calendar_date`: POST /open-apis/corehr/v1/leaves/work_calendar_date (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=work_calendar_date&project=corehr&resource=leave&version=v1
 */
export const workLeaveCalendarDate = /*#__PURE__*/ endpoint<WorkLeaveCalendarDateInput, WorkLeaveCalendarDateOutput>({
  id: 'corehr.v1.leave.work_calendar_date',
  method: 'POST',
  path: '/open-apis/corehr/v1/leaves/work_calendar_date',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        wk_calendar_ids: array(string()),
        dates: optional(array(string())),
        begin_date: optional(string()),
        end_date: optional(string()),
        offset: optional(number()),
        limit: optional(number()),
        ids: optional(array(string())),
      }),
    }),
})
