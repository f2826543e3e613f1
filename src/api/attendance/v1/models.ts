// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AntiCheatPunchConfig,
  ArchiveRuleName,
  CreateGroup,
  CreateUserApproval,
  Departure,
  FlexibleRule,
  FlowRecord,
  FreePunchCfg,
  GoOutNeedPunchCfg,
  Group,
  GroupCreateGroup,
  I18nNames,
  LateOffLateOnRule,
  LateOffLateOnSetting,
  LeaveDetailRangeObj,
  Location,
  Machine,
  MemberStatusChange,
  NeedPunchMember,
  NeedPunchSpecialDay,
  OvertimeClockCfg,
  OvertimeRestTimeRule,
  OvertimeRule,
  PunchTimeRule,
  Reason,
  RestTimeFlexibleConfig,
  Shift,
  ShiftAttendanceTimeConfig,
  ShiftMiddleTimeRule,
  UserApproval,
  UserDailyShift,
  UserRemedy,
  UserSetting,
  UserTaskResult,
  UserTmpDailyShift,
  View,
} from './types.ts'

/** Builds the schema of {@link AntiCheatPunchConfig}. */
export function AntiCheatPunchConfigSchema(): GenericSchema<AntiCheatPunchConfig> {
  return looseObject({
    intercept_suspected_cheat_punch: boolean(),
    check_cheat_software_punch: optional(boolean()),
    check_buddy_punch: optional(boolean()),
    check_simulate_wifi_punch: optional(boolean()),
    check_change_device_punch: optional(boolean()),
    allow_change_device_num: optional(number()),
    suspected_cheat_handle_method: optional(number()),
  })
}

/** Builds the schema of {@link ArchiveRuleName}. */
export function ArchiveRuleNameSchema(): GenericSchema<ArchiveRuleName> {
  return looseObject({ zh: optional(string()), en: optional(string()), ja: optional(string()) })
}

/** Builds the schema of {@link CreateGroup}. */
export function CreateGroupSchema(): GenericSchema<CreateGroup> {
  return looseObject({
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
    effect_now: optional(boolean()),
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
  })
}

/** Builds the schema of {@link CreateUserApproval}. */
export function CreateUserApprovalSchema(): GenericSchema<CreateUserApproval> {
  return looseObject({
    user_id: string(),
    date: string(),
    outs: optional(array(looseObject({
      uniq_id: string(),
      unit: number(),
      interval: number(),
      start_time: string(),
      end_time: string(),
      i18n_names: I18nNamesSchema(),
      default_locale: string(),
      reason: string(),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
    }))),
    leaves: optional(array(looseObject({
      uniq_id: optional(string()),
      unit: number(),
      interval: number(),
      start_time: string(),
      end_time: string(),
      i18n_names: I18nNamesSchema(),
      default_locale: picklist(['ch', 'en', 'ja']),
      reason: string(),
      idempotent_id: optional(string()),
      leave_detail_range_objs: optional(array(LeaveDetailRangeObjSchema())),
    }))),
    overtime_works: optional(array(looseObject({
      duration: number(),
      unit: number(),
      category: number(),
      type: number(),
      start_time: string(),
      end_time: string(),
      reason: optional(string()),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
    }))),
    trips: optional(array(looseObject({
      start_time: string(),
      end_time: string(),
      reason: string(),
      approve_pass_time: string(),
      approve_apply_time: string(),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
      departure: optional(DepartureSchema()),
      destinations: optional(array(DepartureSchema())),
      transportation: optional(array(number())),
      trip_type: optional(number()),
      remarks: optional(string()),
    }))),
    time_zone: optional(string()),
  })
}

/** Builds the schema of {@link Departure}. */
export function DepartureSchema(): GenericSchema<Departure> {
  return looseObject({ region_level: optional(string()), region_id: optional(string()) })
}

/** Builds the schema of {@link FlexibleRule}. */
export function FlexibleRuleSchema(): GenericSchema<FlexibleRule> {
  return looseObject({ flexible_early_minutes: number(), flexible_late_minutes: number() })
}

/** Builds the schema of {@link FlowRecord}. */
export function FlowRecordSchema(): GenericSchema<FlowRecord> {
  return looseObject({
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
  })
}

/** Builds the schema of {@link FreePunchCfg}. */
export function FreePunchCfgSchema(): GenericSchema<FreePunchCfg> {
  return looseObject({
    free_start_time: string(),
    free_end_time: string(),
    punch_day: number(),
    work_day_no_punch_as_lack: optional(boolean()),
    work_hours_demand: optional(boolean()),
    work_hours: optional(number()),
    free_clock_setting: optional(looseObject({
      clock_mode: optional(number()),
      clock_internal_hhmm: optional(number()),
    })),
  })
}

/** Builds the schema of {@link GoOutNeedPunchCfg}. */
export function GoOutNeedPunchCfgSchema(): GenericSchema<GoOutNeedPunchCfg> {
  return looseObject({
    late_minutes_as_late: optional(number()),
    late_minutes_as_lack: optional(number()),
    early_minutes_as_early: optional(number()),
    early_minutes_as_lack: optional(number()),
    not_during_shift: optional(boolean()),
  })
}

/** Builds the schema of {@link Group}. */
export function GroupSchema(): GenericSchema<Group> {
  return looseObject({ group_id: string(), group_name: string() })
}

/** Builds the schema of {@link GroupCreateGroup}. */
export function GroupCreateGroupSchema(): GenericSchema<GroupCreateGroup> {
  return looseObject({
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
    locations: optional(array(looseObject({
      location_name: string(),
      location_type: number(),
      latitude: optional(number()),
      longitude: optional(number()),
      ssid: optional(string()),
      bssid: optional(string()),
      map_type: optional(number()),
      address: optional(string()),
      ip: optional(string()),
      feature: optional(string()),
      gps_range: optional(number()),
    }))),
    group_type: number(),
    punch_day_shift_ids: array(string()),
    free_punch_cfg: optional(FreePunchCfgSchema()),
    calendar_id: number(),
    need_punch_special_days: optional(array(NeedPunchSpecialDaySchema())),
    no_need_punch_special_days: optional(array(NeedPunchSpecialDaySchema())),
    work_day_no_punch_as_lack: optional(boolean()),
    effect_now: optional(boolean()),
    remedy_period_type: optional(number()),
    remedy_period_custom_date: optional(number()),
    punch_type: optional(number()),
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
  })
}

/** Builds the schema of {@link I18nNames}. */
export function I18nNamesSchema(): GenericSchema<I18nNames> {
  return looseObject({ ch: optional(string()), en: optional(string()), ja: optional(string()) })
}

/** Builds the schema of {@link LateOffLateOnRule}. */
export function LateOffLateOnRuleSchema(): GenericSchema<LateOffLateOnRule> {
  return looseObject({ late_off_minutes: number(), late_on_minutes: number() })
}

/** Builds the schema of {@link LateOffLateOnSetting}. */
export function LateOffLateOnSettingSchema(): GenericSchema<LateOffLateOnSetting> {
  return looseObject({ late_off_base_on_time_type: optional(number()), late_on_base_on_time_type: optional(number()) })
}

/** Builds the schema of {@link LeaveDetailRangeObj}. */
export function LeaveDetailRangeObjSchema(): GenericSchema<LeaveDetailRangeObj> {
  return looseObject({
    day: optional(number()),
    time_ranges: optional(array(looseObject({
      start_time_stamp: optional(number()),
      end_time_stamp: optional(number()),
    }))),
  })
}

/** Builds the schema of {@link Location}. */
export function LocationSchema(): GenericSchema<Location> {
  return looseObject({
    location_id: optional(string()),
    location_name: string(),
    location_type: number(),
    latitude: optional(number()),
    longitude: optional(number()),
    ssid: optional(string()),
    bssid: optional(string()),
    map_type: optional(number()),
    address: optional(string()),
    ip: optional(string()),
    feature: optional(string()),
    gps_range: optional(number()),
  })
}

/** Builds the schema of {@link Machine}. */
export function MachineSchema(): GenericSchema<Machine> {
  return looseObject({ machine_sn: string(), machine_name: string() })
}

/** Builds the schema of {@link MemberStatusChange}. */
export function MemberStatusChangeSchema(): GenericSchema<MemberStatusChange> {
  return looseObject({
    onboarding_on_no_need_punch: optional(boolean()),
    onboarding_off_no_need_punch: optional(boolean()),
    offboarding_on_no_need_punch: optional(boolean()),
    offboarding_off_no_need_punch: optional(boolean()),
  })
}

/** Builds the schema of {@link NeedPunchMember}. */
export function NeedPunchMemberSchema(): GenericSchema<NeedPunchMember> {
  return looseObject({
    rule_scope_type: optional(number()),
    scope_group_list: optional(looseObject({
      scope_value_type: optional(number()),
      operation_type: optional(number()),
      right: optional(array(looseObject({ key: optional(string()), name: optional(string()) }))),
      member_ids: optional(array(string())),
      custom_field_ID: optional(string()),
      custom_field_obj_type: optional(string()),
    })),
  })
}

/** Builds the schema of {@link NeedPunchSpecialDay}. */
export function NeedPunchSpecialDaySchema(): GenericSchema<NeedPunchSpecialDay> {
  return looseObject({ punch_day: number(), shift_id: string() })
}

/** Builds the schema of {@link OvertimeClockCfg}. */
export function OvertimeClockCfgSchema(): GenericSchema<OvertimeClockCfg> {
  return looseObject({
    allow_punch_approval: optional(boolean()),
    need_clock_over_time_start_and_end: optional(boolean()),
  })
}

/** Builds the schema of {@link OvertimeRestTimeRule}. */
export function OvertimeRestTimeRuleSchema(): GenericSchema<OvertimeRestTimeRule> {
  return looseObject({ rest_begin_time: string(), rest_end_time: string() })
}

/** Builds the schema of {@link OvertimeRule}. */
export function OvertimeRuleSchema(): GenericSchema<OvertimeRule> {
  return looseObject({ on_overtime: string(), off_overtime: string() })
}

/** Builds the schema of {@link PunchTimeRule}. */
export function PunchTimeRuleSchema(): GenericSchema<PunchTimeRule> {
  return looseObject({
    on_time: string(),
    off_time: string(),
    late_minutes_as_late: number(),
    late_minutes_as_lack: number(),
    on_advance_minutes: number(),
    early_minutes_as_early: number(),
    early_minutes_as_lack: number(),
    off_delay_minutes: number(),
    late_minutes_as_serious_late: optional(number()),
    no_need_on: optional(boolean()),
    no_need_off: optional(boolean()),
  })
}

/** Builds the schema of {@link Reason}. */
export function ReasonSchema(): GenericSchema<Reason> {
  return looseObject({ lang: string(), value: string() })
}

/** Builds the schema of {@link RestTimeFlexibleConfig}. */
export function RestTimeFlexibleConfigSchema(): GenericSchema<RestTimeFlexibleConfig> {
  return looseObject({ need_flexible: optional(boolean()), late_mins: optional(number()) })
}

/** Builds the schema of {@link Shift}. */
export function ShiftSchema(): GenericSchema<Shift> {
  return looseObject({
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
  })
}

/** Builds the schema of {@link ShiftAttendanceTimeConfig}. */
export function ShiftAttendanceTimeConfigSchema(): GenericSchema<ShiftAttendanceTimeConfig> {
  return looseObject({
    attendance_time: optional(number()),
    on_attendance_time: optional(number()),
    off_attendance_time: optional(number()),
  })
}

/** Builds the schema of {@link ShiftMiddleTimeRule}. */
export function ShiftMiddleTimeRuleSchema(): GenericSchema<ShiftMiddleTimeRule> {
  return looseObject({ middle_time_type: optional(number()), fixed_middle_time: optional(string()) })
}

/** Builds the schema of {@link UserApproval}. */
export function UserApprovalSchema(): GenericSchema<UserApproval> {
  return looseObject({
    user_id: string(),
    date: string(),
    outs: optional(array(looseObject({
      approval_id: optional(string()),
      uniq_id: string(),
      unit: number(),
      interval: number(),
      start_time: string(),
      end_time: string(),
      i18n_names: I18nNamesSchema(),
      default_locale: string(),
      reason: string(),
      approve_pass_time: optional(string()),
      approve_apply_time: optional(string()),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
    }))),
    leaves: optional(array(looseObject({
      approval_id: optional(string()),
      uniq_id: optional(string()),
      unit: number(),
      interval: number(),
      start_time: string(),
      end_time: string(),
      i18n_names: I18nNamesSchema(),
      default_locale: picklist(['ch', 'en', 'ja']),
      reason: string(),
      approve_pass_time: optional(string()),
      approve_apply_time: optional(string()),
      idempotent_id: optional(string()),
      leave_detail_range_objs: optional(array(LeaveDetailRangeObjSchema())),
    }))),
    overtime_works: optional(array(looseObject({
      approval_id: optional(string()),
      duration: number(),
      unit: number(),
      category: number(),
      type: number(),
      start_time: string(),
      end_time: string(),
      reason: optional(string()),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
    }))),
    trips: optional(array(looseObject({
      approval_id: optional(string()),
      start_time: string(),
      end_time: string(),
      reason: string(),
      approve_pass_time: string(),
      approve_apply_time: string(),
      idempotent_id: optional(string()),
      correct_process_id: optional(array(string())),
      cancel_process_id: optional(array(string())),
      process_id: optional(array(string())),
      departure: optional(DepartureSchema()),
      destinations: optional(array(DepartureSchema())),
      transportation: optional(array(number())),
      trip_type: optional(number()),
      remarks: optional(string()),
    }))),
    time_zone: optional(string()),
  })
}

/** Builds the schema of {@link UserDailyShift}. */
export function UserDailyShiftSchema(): GenericSchema<UserDailyShift> {
  return looseObject({
    group_id: string(),
    shift_id: string(),
    month: number(),
    user_id: string(),
    day_no: number(),
    is_clear_schedule: optional(boolean()),
  })
}

/** Builds the schema of {@link UserRemedy}. */
export function UserRemedySchema(): GenericSchema<UserRemedy> {
  return looseObject({
    user_id: string(),
    remedy_date: number(),
    punch_no: number(),
    work_type: number(),
    approval_id: optional(string()),
    remedy_time: string(),
    status: optional(number()),
    reason: string(),
    time: optional(string()),
    time_zone: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
  })
}

/** Builds the schema of {@link UserSetting}. */
export function UserSettingSchema(): GenericSchema<UserSetting> {
  return looseObject({ user_id: string(), face_key: string(), face_key_update_time: optional(string()) })
}

/** Builds the schema of {@link UserTaskResult}. */
export function UserTaskResultSchema(): GenericSchema<UserTaskResult> {
  return looseObject({
    result_id: string(),
    user_id: string(),
    employee_name: string(),
    day: number(),
    group_id: string(),
    shift_id: string(),
    records: array(looseObject({
      check_in_record_id: string(),
      check_in_record: optional(FlowRecordSchema()),
      check_out_record_id: string(),
      check_out_record: optional(FlowRecordSchema()),
      check_in_result: picklist(['NoNeedCheck', 'SystemCheck', 'Normal', 'Early', 'Late', 'Lack', 'Todo']),
      check_out_result: picklist(['NoNeedCheck', 'SystemCheck', 'Normal', 'Early', 'Late', 'Lack', 'Todo']),
      check_in_result_supplement: picklist([
        'None',
        'ManagerModification',
        'CardReplacement',
        'ShiftChange',
        'Travel',
        'Leave',
        'GoOut',
        'CardReplacementApplication',
        'FieldPunch',
      ]),
      check_out_result_supplement: picklist([
        'None',
        'ManagerModification',
        'CardReplacement',
        'ShiftChange',
        'Travel',
        'Leave',
        'GoOut',
        'CardReplacementApplication',
        'FieldPunch',
      ]),
      check_in_shift_time: optional(string()),
      check_out_shift_time: optional(string()),
      task_shift_type: optional(number()),
    })),
  })
}

/** Builds the schema of {@link UserTmpDailyShift}. */
export function UserTmpDailyShiftSchema(): GenericSchema<UserTmpDailyShift> {
  return looseObject({
    group_id: string(),
    user_id: string(),
    date: number(),
    shift_name: string(),
    punch_time_simple_rules: array(looseObject({ on_time: string(), off_time: string() })),
  })
}

/** Builds the schema of {@link View}. */
export function ViewSchema(): GenericSchema<View> {
  return looseObject({
    view_id: string(),
    stats_type: picklist(['daily', 'month']),
    user_id: string(),
    items: optional(array(looseObject({
      code: string(),
      title: optional(string()),
      child_items: optional(array(looseObject({
        code: string(),
        value: string(),
        title: optional(string()),
        column_type: optional(number()),
        read_only: optional(boolean()),
        min_value: optional(string()),
        max_value: optional(string()),
      }))),
    }))),
  })
}
