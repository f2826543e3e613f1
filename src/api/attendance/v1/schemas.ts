// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AntiCheatPunchConfigSchema,
  ArchiveRuleNameSchema,
  CreateGroupSchema,
  FlexibleRuleSchema,
  FlowRecordSchema,
  FreePunchCfgSchema,
  GoOutNeedPunchCfgSchema,
  GroupSchema,
  LateOffLateOnRuleSchema,
  LateOffLateOnSettingSchema,
  LocationSchema,
  MachineSchema,
  MemberStatusChangeSchema,
  NeedPunchMemberSchema,
  NeedPunchSpecialDaySchema,
  OvertimeClockCfgSchema,
  OvertimeRestTimeRuleSchema,
  OvertimeRuleSchema,
  PunchTimeRuleSchema,
  ReasonSchema,
  RestTimeFlexibleConfigSchema,
  ShiftAttendanceTimeConfigSchema,
  ShiftMiddleTimeRuleSchema,
  ShiftSchema,
  UserApprovalSchema,
  UserDailyShiftSchema,
  UserRemedySchema,
  UserSettingSchema,
  UserTaskResultSchema,
  UserTmpDailyShiftSchema,
  ViewSchema,
} from './models.ts'
import type { ProcessApprovalInfoOutput } from './approval_info.ts'
import type {
  DelArchiveRuleReportOutput,
  ListArchiveRuleOutput,
  UploadArchiveRuleReportOutput,
  UserArchiveRuleStatsFieldsQueryOutput,
} from './archive_rule.ts'
import type { UploadFileOutput } from './file.ts'
import type {
  CreateGroupOutput,
  DeleteGroupOutput,
  GetGroupOutput,
  ListGroupOutput,
  ListGroupUserOutput,
  SearchGroupOutput,
} from './group.ts'
import type { PatchLeaveAccrualRecordOutput } from './leave_accrual_record.ts'
import type { GetLeaveEmployExpireRecordOutput } from './leave_employ_expire_record.ts'
import type {
  CreateShiftOutput,
  DeleteShiftOutput,
  GetShiftOutput,
  ListShiftOutput,
  QueryShiftOutput,
} from './shift.ts'
import type { CreateUserApprovalOutput, QueryUserApprovalOutput } from './user_approval.ts'
import type {
  BatchCreateUserDailyShiftOutput,
  BatchCreateUserDailyShiftTempOutput,
  QueryUserDailyShiftOutput,
} from './user_daily_shift.ts'
import type {
  BatchCreateUserFlowOutput,
  BatchDelUserFlowOutput,
  GetUserFlowOutput,
  QueryUserFlowOutput,
} from './user_flow.ts'
import type { ModifyUserSettingOutput, QueryUserSettingOutput } from './user_setting.ts'
import type { QueryUserStatsDataOutput } from './user_stats_data.ts'
import type { QueryUserStatsFieldOutput } from './user_stats_field.ts'
import type { QueryUserStatsViewOutput, UpdateUserStatsViewOutput } from './user_stats_view.ts'
import type { QueryUserTaskOutput } from './user_task.ts'
import type {
  CreateUserTaskRemedyOutput,
  QueryUserTaskRemedyOutput,
  QueryUserTaskRemedyUserAllowedRemedysOutput,
} from './user_task_remedy.ts'

/** Schema of {@link ProcessApprovalInfoOutput}, for opt-in response validation. */
export const ProcessApprovalInfoOutputSchema: GenericSchema<ProcessApprovalInfoOutput> = /*#__PURE__*/ (() => looseObject({
  approval_info: optional(looseObject({
    approval_id: string(),
    approval_type: picklist(['leave', 'overtime', 'trip', 'out', 'remedy']),
    status: number(),
  })),
}))()

/** Schema of {@link DelArchiveRuleReportOutput}, for opt-in response validation. */
export const DelArchiveRuleReportOutputSchema: GenericSchema<DelArchiveRuleReportOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListArchiveRuleOutput}, for opt-in response validation. */
export const ListArchiveRuleOutputSchema: GenericSchema<ListArchiveRuleOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    report_id: optional(string()),
    report_name: optional(ArchiveRuleNameSchema()),
    archive_rule_id: optional(string()),
    archive_rule_name: optional(ArchiveRuleNameSchema()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UploadArchiveRuleReportOutput}, for opt-in response validation. */
export const UploadArchiveRuleReportOutputSchema: GenericSchema<UploadArchiveRuleReportOutput> = /*#__PURE__*/ (() => looseObject({
  invalid_code: optional(array(string())),
  invalid_member_id: optional(array(string())),
}))()

/** Schema of {@link UserArchiveRuleStatsFieldsQueryOutput}, for opt-in response validation. */
export const UserArchiveRuleStatsFieldsQueryOutputSchema: GenericSchema<UserArchiveRuleStatsFieldsQueryOutput> = /*#__PURE__*/ (() => looseObject({
  archive_report_fields: optional(array(looseObject({
    code: optional(string()),
    title: optional(string()),
    upper_titles: optional(array(string())),
  }))),
}))()

/** Schema of {@link UploadFileOutput}, for opt-in response validation. */
export const UploadFileOutputSchema: GenericSchema<UploadFileOutput> = /*#__PURE__*/ (() => looseObject({
  file: optional(looseObject({ file_id: string() })),
}))()

/** Schema of {@link CreateGroupOutput}, for opt-in response validation. */
export const CreateGroupOutputSchema: GenericSchema<CreateGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group: optional(CreateGroupSchema()),
}))()

/** Schema of {@link DeleteGroupOutput}, for opt-in response validation. */
export const DeleteGroupOutputSchema: GenericSchema<DeleteGroupOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetGroupOutput}, for opt-in response validation. */
export const GetGroupOutputSchema: GenericSchema<GetGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group_id: optional(string()),
  group_name: string(),
  time_zone: string(),
  bind_dept_ids: optional(array(string())),
  except_dept_ids: optional(array(string())),
  bind_user_ids: optional(array(string())),
  except_user_ids: optional(array(string())),
  group_leader_ids: array(string()),
  sub_group_leader_ids: optional(array(string())),
  allow_out_punch: optional(boolean()),
  out_punch_need_approval: optional(boolean()),
  out_punch_need_post_approval: optional(boolean()),
  out_punch_need_remark: optional(boolean()),
  out_punch_need_photo: optional(boolean()),
  out_punch_allowed_hide_addr: optional(boolean()),
  out_punch_allowed_adjust_addr: optional(boolean()),
  adjust_range: optional(number()),
  allow_pc_punch: optional(boolean()),
  allow_remedy: optional(boolean()),
  remedy_limit: optional(boolean()),
  remedy_limit_count: optional(number()),
  remedy_date_limit: optional(boolean()),
  remedy_date_num: optional(number()),
  allow_remedy_type_lack: optional(boolean()),
  allow_remedy_type_late: optional(boolean()),
  allow_remedy_type_early: optional(boolean()),
  allow_remedy_type_normal: optional(boolean()),
  show_cumulative_time: optional(boolean()),
  show_over_time: optional(boolean()),
  hide_staff_punch_time: optional(boolean()),
  hide_clock_in_rule: optional(boolean()),
  face_punch: optional(boolean()),
  face_punch_cfg: optional(number()),
  face_live_need_action: optional(boolean()),
  face_downgrade: optional(boolean()),
  replace_basic_pic: optional(boolean()),
  anti_cheat_punch_config: optional(AntiCheatPunchConfigSchema()),
  machines: optional(array(MachineSchema())),
  gps_range: optional(number()),
  locations: optional(array(LocationSchema())),
  group_type: number(),
  punch_day_shift_ids: array(string()),
  free_punch_cfg: optional(FreePunchCfgSchema()),
  calendar_id: number(),
  need_punch_special_days: optional(array(NeedPunchSpecialDaySchema())),
  no_need_punch_special_days: optional(array(NeedPunchSpecialDaySchema())),
  work_day_no_punch_as_lack: optional(boolean()),
  remedy_period_type: optional(number()),
  remedy_period_custom_date: optional(number()),
  punch_type: optional(number()),
  effect_time: optional(string()),
  fixshift_effect_time: optional(string()),
  member_effect_time: optional(string()),
  rest_clockIn_need_approval: optional(boolean()),
  clockIn_need_photo: optional(boolean()),
  member_status_change: optional(MemberStatusChangeSchema()),
  leave_need_punch: optional(boolean()),
  leave_need_punch_cfg: optional(GoOutNeedPunchCfgSchema()),
  go_out_need_punch: optional(number()),
  go_out_need_punch_cfg: optional(GoOutNeedPunchCfgSchema()),
  travel_need_punch: optional(number()),
  travel_need_punch_cfg: optional(GoOutNeedPunchCfgSchema()),
  need_punch_members: optional(array(NeedPunchMemberSchema())),
  no_need_punch_members: optional(array(NeedPunchMemberSchema())),
  save_auto_changes: optional(boolean()),
  org_change_auto_adjust: optional(boolean()),
  bind_default_dept_ids: optional(array(string())),
  bind_default_user_ids: optional(array(string())),
  overtime_clock_cfg: optional(OvertimeClockCfgSchema()),
  new_calendar_id: optional(string()),
  allow_apply_punch: optional(boolean()),
  clock_in_abnormal_settings: optional(looseObject({ ignore_until_latest_clockout: optional(boolean()) })),
}))()

/** Schema of {@link ListGroupOutput}, for opt-in response validation. */
export const ListGroupOutputSchema: GenericSchema<ListGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group_list: optional(array(GroupSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListGroupUserOutput}, for opt-in response validation. */
export const ListGroupUserOutputSchema: GenericSchema<ListGroupUserOutput> = /*#__PURE__*/ (() => looseObject({
  users: optional(array(looseObject({ user_id: optional(string()), department_ids: optional(array(string())) }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SearchGroupOutput}, for opt-in response validation. */
export const SearchGroupOutputSchema: GenericSchema<SearchGroupOutput> = /*#__PURE__*/ (() => looseObject({
  group_list: optional(array(GroupSchema())),
}))()

/** Schema of {@link PatchLeaveAccrualRecordOutput}, for opt-in response validation. */
export const PatchLeaveAccrualRecordOutputSchema: GenericSchema<PatchLeaveAccrualRecordOutput> = /*#__PURE__*/ (() => looseObject({
  record: looseObject({
    id: string(),
    employment_id: string(),
    leave_type_id: string(),
    granting_quantity: string(),
    granting_unit: number(),
    effective_date: string(),
    expiration_date: string(),
    granted_by: number(),
    reason: array(ReasonSchema()),
    created_at: string(),
    created_by: string(),
    updated_at: string(),
    updated_by: string(),
    section_type: optional(number()),
  }),
}))()

/** Schema of {@link GetLeaveEmployExpireRecordOutput}, for opt-in response validation. */
export const GetLeaveEmployExpireRecordOutputSchema: GenericSchema<GetLeaveEmployExpireRecordOutput> = /*#__PURE__*/ (() => looseObject({
  records: array(looseObject({
    id: string(),
    employment_id: string(),
    leave_type_id: string(),
    granting_quantity: string(),
    left_granting_quantity: string(),
    granting_unit: number(),
    effective_date: string(),
    expiration_date: string(),
    reason: array(ReasonSchema()),
    is_update_by_external: boolean(),
    accrual_source: number(),
    leave_sub_type_id: string(),
    section_type: optional(number()),
  })),
}))()

/** Schema of {@link CreateShiftOutput}, for opt-in response validation. */
export const CreateShiftOutputSchema: GenericSchema<CreateShiftOutput> = /*#__PURE__*/ (() => looseObject({
  shift: optional(ShiftSchema()),
}))()

/** Schema of {@link DeleteShiftOutput}, for opt-in response validation. */
export const DeleteShiftOutputSchema: GenericSchema<DeleteShiftOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetShiftOutput}, for opt-in response validation. */
export const GetShiftOutputSchema: GenericSchema<GetShiftOutput> = /*#__PURE__*/ (() => looseObject({
  shift_id: string(),
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
}))()

/** Schema of {@link ListShiftOutput}, for opt-in response validation. */
export const ListShiftOutputSchema: GenericSchema<ListShiftOutput> = /*#__PURE__*/ (() => looseObject({
  shift_list: optional(array(ShiftSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link QueryShiftOutput}, for opt-in response validation. */
export const QueryShiftOutputSchema: GenericSchema<QueryShiftOutput> = /*#__PURE__*/ (() => looseObject({
  shift_id: string(),
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
}))()

/** Schema of {@link CreateUserApprovalOutput}, for opt-in response validation. */
export const CreateUserApprovalOutputSchema: GenericSchema<CreateUserApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  user_approval: optional(UserApprovalSchema()),
}))()

/** Schema of {@link QueryUserApprovalOutput}, for opt-in response validation. */
export const QueryUserApprovalOutputSchema: GenericSchema<QueryUserApprovalOutput> = /*#__PURE__*/ (() => looseObject({
  user_approvals: optional(array(UserApprovalSchema())),
}))()

/** Schema of {@link BatchCreateUserDailyShiftOutput}, for opt-in response validation. */
export const BatchCreateUserDailyShiftOutputSchema: GenericSchema<BatchCreateUserDailyShiftOutput> = /*#__PURE__*/ (() => looseObject({
  user_daily_shifts: optional(array(UserDailyShiftSchema())),
}))()

/** Schema of {@link BatchCreateUserDailyShiftTempOutput}, for opt-in response validation. */
export const BatchCreateUserDailyShiftTempOutputSchema: GenericSchema<BatchCreateUserDailyShiftTempOutput> = /*#__PURE__*/ (() => looseObject({
  user_tmp_daily_shifts: optional(array(UserTmpDailyShiftSchema())),
}))()

/** Schema of {@link QueryUserDailyShiftOutput}, for opt-in response validation. */
export const QueryUserDailyShiftOutputSchema: GenericSchema<QueryUserDailyShiftOutput> = /*#__PURE__*/ (() => looseObject({
  user_daily_shifts: optional(array(UserDailyShiftSchema())),
}))()

/** Schema of {@link BatchCreateUserFlowOutput}, for opt-in response validation. */
export const BatchCreateUserFlowOutputSchema: GenericSchema<BatchCreateUserFlowOutput> = /*#__PURE__*/ (() => looseObject({
  flow_records: optional(array(FlowRecordSchema())),
}))()

/** Schema of {@link BatchDelUserFlowOutput}, for opt-in response validation. */
export const BatchDelUserFlowOutputSchema: GenericSchema<BatchDelUserFlowOutput> = /*#__PURE__*/ (() => looseObject({
  success_record_ids: optional(array(string())),
  fail_record_ids: optional(array(string())),
}))()

/** Schema of {@link GetUserFlowOutput}, for opt-in response validation. */
export const GetUserFlowOutputSchema: GenericSchema<GetUserFlowOutput> = /*#__PURE__*/ (() => looseObject({
  user_id: string(),
  creator_id: string(),
  location_name: string(),
  check_time: string(),
  comment: string(),
  record_id: optional(string()),
  longitude: optional(number()),
  latitude: optional(number()),
  ssid: optional(string()),
  bssid: optional(string()),
  is_field: optional(boolean()),
  is_wifi: optional(boolean()),
  type: optional(number()),
  photo_urls: optional(array(string())),
  device_id: optional(string()),
  check_result: optional(picklist([
    'NoNeedCheck',
    'SystemCheck',
    'Normal',
    'Early',
    'Late',
    'SeriousLate',
    'Lack',
    'Invalid',
    'None',
    'Todo',
  ])),
  external_id: optional(string()),
  idempotent_id: optional(string()),
  create_time: optional(string()),
}))()

/** Schema of {@link QueryUserFlowOutput}, for opt-in response validation. */
export const QueryUserFlowOutputSchema: GenericSchema<QueryUserFlowOutput> = /*#__PURE__*/ (() => looseObject({
  user_flow_results: optional(array(FlowRecordSchema())),
}))()

/** Schema of {@link ModifyUserSettingOutput}, for opt-in response validation. */
export const ModifyUserSettingOutputSchema: GenericSchema<ModifyUserSettingOutput> = /*#__PURE__*/ (() => looseObject({
  user_setting: optional(UserSettingSchema()),
}))()

/** Schema of {@link QueryUserSettingOutput}, for opt-in response validation. */
export const QueryUserSettingOutputSchema: GenericSchema<QueryUserSettingOutput> = /*#__PURE__*/ (() => looseObject({
  user_settings: optional(array(UserSettingSchema())),
}))()

/** Schema of {@link QueryUserStatsDataOutput}, for opt-in response validation. */
export const QueryUserStatsDataOutputSchema: GenericSchema<QueryUserStatsDataOutput> = /*#__PURE__*/ (() => looseObject({
  user_datas: optional(array(looseObject({
    name: string(),
    user_id: string(),
    datas: optional(array(looseObject({
      code: string(),
      value: string(),
      features: optional(array(looseObject({ key: string(), value: string() }))),
      title: optional(string()),
      duration_num: optional(looseObject({
        day: optional(string()),
        half_day: optional(string()),
        hour: optional(string()),
        half_hour: optional(string()),
        minute: optional(string()),
      })),
    }))),
  }))),
  invalid_user_list: optional(array(string())),
}))()

/** Schema of {@link QueryUserStatsFieldOutput}, for opt-in response validation. */
export const QueryUserStatsFieldOutputSchema: GenericSchema<QueryUserStatsFieldOutput> = /*#__PURE__*/ (() => looseObject({
  user_stats_field: optional(looseObject({
    stats_type: picklist(['daily', 'month']),
    user_id: string(),
    fields: array(looseObject({
      code: string(),
      title: string(),
      child_fields: optional(array(looseObject({ code: string(), title: string(), time_unit: optional(string()) }))),
    })),
  })),
}))()

/** Schema of {@link QueryUserStatsViewOutput}, for opt-in response validation. */
export const QueryUserStatsViewOutputSchema: GenericSchema<QueryUserStatsViewOutput> = /*#__PURE__*/ (() => looseObject({
  view: optional(ViewSchema()),
}))()

/** Schema of {@link UpdateUserStatsViewOutput}, for opt-in response validation. */
export const UpdateUserStatsViewOutputSchema: GenericSchema<UpdateUserStatsViewOutput> = /*#__PURE__*/ (() => looseObject({
  view: optional(ViewSchema()),
}))()

/** Schema of {@link QueryUserTaskOutput}, for opt-in response validation. */
export const QueryUserTaskOutputSchema: GenericSchema<QueryUserTaskOutput> = /*#__PURE__*/ (() => looseObject({
  user_task_results: optional(array(UserTaskResultSchema())),
  invalid_user_ids: optional(array(string())),
  unauthorized_user_ids: optional(array(string())),
}))()

/** Schema of {@link CreateUserTaskRemedyOutput}, for opt-in response validation. */
export const CreateUserTaskRemedyOutputSchema: GenericSchema<CreateUserTaskRemedyOutput> = /*#__PURE__*/ (() => looseObject({
  user_remedy: optional(UserRemedySchema()),
}))()

/** Schema of {@link QueryUserTaskRemedyOutput}, for opt-in response validation. */
export const QueryUserTaskRemedyOutputSchema: GenericSchema<QueryUserTaskRemedyOutput> = /*#__PURE__*/ (() => looseObject({
  user_remedys: optional(array(UserRemedySchema())),
}))()

/** Schema of {@link QueryUserTaskRemedyUserAllowedRemedysOutput}, for opt-in response validation. */
export const QueryUserTaskRemedyUserAllowedRemedysOutputSchema: GenericSchema<QueryUserTaskRemedyUserAllowedRemedysOutput> = /*#__PURE__*/ (() => looseObject({
  user_allowed_remedys: optional(array(looseObject({
    user_id: string(),
    remedy_date: number(),
    is_free_punch: optional(boolean()),
    punch_no: optional(number()),
    work_type: optional(number()),
    punch_status: optional(string()),
    normal_punch_time: optional(string()),
    remedy_start_time: optional(string()),
    remedy_end_time: optional(string()),
  }))),
}))()
