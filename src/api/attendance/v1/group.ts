// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { GroupCreateGroupSchema } from './models.ts'
import type {
  AntiCheatPunchConfig,
  CreateGroup,
  FreePunchCfg,
  GoOutNeedPunchCfg,
  Group,
  GroupCreateGroup,
  Location,
  Machine,
  MemberStatusChange,
  NeedPunchMember,
  NeedPunchSpecialDay,
  OvertimeClockCfg,
} from './types.ts'

/** Input of {@link createGroup}. */
export interface CreateGroupInput {
  query: { employee_type: 'employee_id' | 'employee_no'; dept_type: 'open_id' }
  body: { group: GroupCreateGroup; operator_id?: string }
}

/** `data` of a successful {@link createGroup} response. */
export interface CreateGroupOutput {
  group?: CreateGroup
}

/**
 * `attendance.v1.group.create`: POST /open-apis/attendance/v1/groups (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=attendance&resource=group&version=v1
 */
export const createGroup = /*#__PURE__*/ endpoint<CreateGroupInput, CreateGroupOutput>({
  id: 'attendance.v1.group.create',
  method: 'POST',
  path: '/open-apis/attendance/v1/groups',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']), dept_type: picklist(['open_id']) }),
      body: looseObject({ group: GroupCreateGroupSchema(), operator_id: optional(string()) }),
    }),
})

/** Input of {@link deleteGroup}. */
export interface DeleteGroupInput {
  path: { group_id: string }
}

/** `data` of a successful {@link deleteGroup} response. */
export type DeleteGroupOutput = { [key: string]: unknown }

/**
 * `attendance.v1.group.delete`: DELETE /open-apis/attendance/v1/groups/:group_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=attendance&resource=group&version=v1
 */
export const deleteGroup = /*#__PURE__*/ endpoint<DeleteGroupInput, DeleteGroupOutput>({
  id: 'attendance.v1.group.delete',
  method: 'DELETE',
  path: '/open-apis/attendance/v1/groups/:group_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ group_id: string() }) }),
})

/** Input of {@link getGroup}. */
export interface GetGroupInput {
  path: { group_id: string }
  query: { employee_type: 'employee_id' | 'employee_no'; dept_type: 'open_id' }
}

/** `data` of a successful {@link getGroup} response. */
export interface GetGroupOutput {
  group_id?: string
  group_name: string
  time_zone: string
  bind_dept_ids?: string[]
  except_dept_ids?: string[]
  bind_user_ids?: string[]
  except_user_ids?: string[]
  group_leader_ids: string[]
  sub_group_leader_ids?: string[]
  allow_out_punch?: boolean
  out_punch_need_approval?: boolean
  out_punch_need_post_approval?: boolean
  out_punch_need_remark?: boolean
  out_punch_need_photo?: boolean
  out_punch_allowed_hide_addr?: boolean
  out_punch_allowed_adjust_addr?: boolean
  adjust_range?: number
  allow_pc_punch?: boolean
  allow_remedy?: boolean
  remedy_limit?: boolean
  remedy_limit_count?: number
  remedy_date_limit?: boolean
  remedy_date_num?: number
  allow_remedy_type_lack?: boolean
  allow_remedy_type_late?: boolean
  allow_remedy_type_early?: boolean
  allow_remedy_type_normal?: boolean
  show_cumulative_time?: boolean
  show_over_time?: boolean
  hide_staff_punch_time?: boolean
  hide_clock_in_rule?: boolean
  face_punch?: boolean
  face_punch_cfg?: number
  face_live_need_action?: boolean
  face_downgrade?: boolean
  replace_basic_pic?: boolean
  anti_cheat_punch_config?: AntiCheatPunchConfig
  machines?: Machine[]
  gps_range?: number
  locations?: Location[]
  group_type: number
  punch_day_shift_ids: string[]
  free_punch_cfg?: FreePunchCfg
  calendar_id: number
  need_punch_special_days?: NeedPunchSpecialDay[]
  no_need_punch_special_days?: NeedPunchSpecialDay[]
  work_day_no_punch_as_lack?: boolean
  remedy_period_type?: number
  remedy_period_custom_date?: number
  punch_type?: number
  effect_time?: string
  fixshift_effect_time?: string
  member_effect_time?: string
  rest_clockIn_need_approval?: boolean
  clockIn_need_photo?: boolean
  member_status_change?: MemberStatusChange
  leave_need_punch?: boolean
  leave_need_punch_cfg?: GoOutNeedPunchCfg
  go_out_need_punch?: number
  go_out_need_punch_cfg?: GoOutNeedPunchCfg
  travel_need_punch?: number
  travel_need_punch_cfg?: GoOutNeedPunchCfg
  need_punch_members?: NeedPunchMember[]
  no_need_punch_members?: NeedPunchMember[]
  save_auto_changes?: boolean
  org_change_auto_adjust?: boolean
  bind_default_dept_ids?: string[]
  bind_default_user_ids?: string[]
  overtime_clock_cfg?: OvertimeClockCfg
  new_calendar_id?: string
  allow_apply_punch?: boolean
  clock_in_abnormal_settings?: { ignore_until_latest_clockout?: boolean }
}

/**
 * `attendance.v1.group.get`: GET /open-apis/attendance/v1/groups/:group_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=attendance&resource=group&version=v1
 */
export const getGroup = /*#__PURE__*/ endpoint<GetGroupInput, GetGroupOutput>({
  id: 'attendance.v1.group.get',
  method: 'GET',
  path: '/open-apis/attendance/v1/groups/:group_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']), dept_type: picklist(['open_id']) }),
    }),
})

/** Input of {@link listGroup}. */
export interface ListGroupInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listGroup} response. */
export interface ListGroupOutput {
  group_list?: Group[]
  page_token?: string
  has_more?: boolean
}

/**
 * `attendance.v1.group.list`: GET /open-apis/attendance/v1/groups (tenant token).
 *
 * Paginated over `group_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=attendance&resource=group&version=v1
 */
export const listGroup = /*#__PURE__*/ endpoint<ListGroupInput, ListGroupOutput, true>({
  id: 'attendance.v1.group.list',
  method: 'GET',
  path: '/open-apis/attendance/v1/groups',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'group_list' },
})

/** Input of {@link listGroupUser}. */
export interface ListGroupUserInput {
  path: { group_id: string }
  query: {
    employee_type: string
    dept_type: string
    page_size?: number
    page_token?: string
    member_clock_type: number
  }
}

/** `data` of a successful {@link listGroupUser} response. */
export interface ListGroupUserOutput {
  users?: { user_id?: string; department_ids?: string[] }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `attendance.v1.group.list_user`: GET /open-apis/attendance/v1/groups/:group_id/list_user (tenant or user token).
 *
 * Paginated over `users`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_user&project=attendance&resource=group&version=v1
 */
export const listGroupUser = /*#__PURE__*/ endpoint<ListGroupUserInput, ListGroupUserOutput, true>({
  id: 'attendance.v1.group.list_user',
  method: 'GET',
  path: '/open-apis/attendance/v1/groups/:group_id/list_user',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      query: looseObject({
        employee_type: string(),
        dept_type: string(),
        page_size: optional(number()),
        page_token: optional(string()),
        member_clock_type: number(),
      }),
    }),
  page: { items: 'users' },
})

/** Input of {@link searchGroup}. */
export interface SearchGroupInput {
  body: { group_name: string; exactly_matched?: boolean }
}

/** `data` of a successful {@link searchGroup} response. */
export interface SearchGroupOutput {
  group_list?: Group[]
}

/**
 * `attendance.v1.group.search`: POST /open-apis/attendance/v1/groups/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=attendance&resource=group&version=v1
 */
export const searchGroup = /*#__PURE__*/ endpoint<SearchGroupInput, SearchGroupOutput>({
  id: 'attendance.v1.group.search',
  method: 'POST',
  path: '/open-apis/attendance/v1/groups/search',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ group_name: string(), exactly_matched: optional(boolean()) }) }),
})
