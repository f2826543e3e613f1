// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AntiCheatPunchConfig` of catalog/attendance.v1.json. */
export interface AntiCheatPunchConfig {
  intercept_suspected_cheat_punch: boolean
  check_cheat_software_punch?: boolean
  check_buddy_punch?: boolean
  check_simulate_wifi_punch?: boolean
  check_change_device_punch?: boolean
  allow_change_device_num?: number
  suspected_cheat_handle_method?: number
}

/** Shared shape `ArchiveRuleName` of catalog/attendance.v1.json. */
export interface ArchiveRuleName {
  zh?: string
  en?: string
  ja?: string
}

/** Shared shape `CreateGroup` of catalog/attendance.v1.json. */
export interface CreateGroup {
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
  effect_now?: boolean
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

/** Shared shape `CreateUserApproval` of catalog/attendance.v1.json. */
export interface CreateUserApproval {
  user_id: string
  date: string
  outs?: {
    uniq_id: string
    unit: number
    interval: number
    start_time: string
    end_time: string
    i18n_names: I18nNames
    default_locale: string
    reason: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
  }[]
  leaves?: {
    uniq_id?: string
    unit: number
    interval: number
    start_time: string
    end_time: string
    i18n_names: I18nNames
    default_locale: 'ch' | 'en' | 'ja'
    reason: string
    idempotent_id?: string
    leave_detail_range_objs?: LeaveDetailRangeObj[]
  }[]
  overtime_works?: {
    duration: number
    unit: number
    category: number
    type: number
    start_time: string
    end_time: string
    reason?: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
  }[]
  trips?: {
    start_time: string
    end_time: string
    reason: string
    approve_pass_time: string
    approve_apply_time: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
    departure?: Departure
    destinations?: Departure[]
    transportation?: number[]
    trip_type?: number
    remarks?: string
  }[]
  time_zone?: string
}

/** Shared shape `Departure` of catalog/attendance.v1.json. */
export interface Departure {
  region_level?: string
  region_id?: string
}

/** Shared shape `FlexibleRule` of catalog/attendance.v1.json. */
export interface FlexibleRule {
  flexible_early_minutes: number
  flexible_late_minutes: number
}

/** Shared shape `FlowRecord` of catalog/attendance.v1.json. */
export interface FlowRecord {
  user_id: string
  creator_id: string
  location_name: string
  check_time: string
  comment: string
  record_id?: string
  longitude?: number
  latitude?: number
  ssid?: string
  bssid?: string
  is_field?: boolean
  is_wifi?: boolean
  type?: number
  photo_urls?: string[]
  device_id?: string
  check_result?:
    | 'NoNeedCheck'
    | 'SystemCheck'
    | 'Normal'
    | 'Early'
    | 'Late'
    | 'SeriousLate'
    | 'Lack'
    | 'Invalid'
    | 'None'
    | 'Todo'
  external_id?: string
  idempotent_id?: string
  create_time?: string
}

/** Shared shape `FreePunchCfg` of catalog/attendance.v1.json. */
export interface FreePunchCfg {
  free_start_time: string
  free_end_time: string
  punch_day: number
  work_day_no_punch_as_lack?: boolean
  work_hours_demand?: boolean
  work_hours?: number
  free_clock_setting?: { clock_mode?: number; clock_internal_hhmm?: number }
}

/** Shared shape `GoOutNeedPunchCfg` of catalog/attendance.v1.json. */
export interface GoOutNeedPunchCfg {
  late_minutes_as_late?: number
  late_minutes_as_lack?: number
  early_minutes_as_early?: number
  early_minutes_as_lack?: number
  not_during_shift?: boolean
}

/** Shared shape `Group` of catalog/attendance.v1.json. */
export interface Group {
  group_id: string
  group_name: string
}

/** Shared shape `GroupCreateGroup` of catalog/attendance.v1.json. */
export interface GroupCreateGroup {
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
  locations?: {
    location_name: string
    location_type: number
    latitude?: number
    longitude?: number
    ssid?: string
    bssid?: string
    map_type?: number
    address?: string
    ip?: string
    feature?: string
    gps_range?: number
  }[]
  group_type: number
  punch_day_shift_ids: string[]
  free_punch_cfg?: FreePunchCfg
  calendar_id: number
  need_punch_special_days?: NeedPunchSpecialDay[]
  no_need_punch_special_days?: NeedPunchSpecialDay[]
  work_day_no_punch_as_lack?: boolean
  effect_now?: boolean
  remedy_period_type?: number
  remedy_period_custom_date?: number
  punch_type?: number
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

/** Shared shape `I18nNames` of catalog/attendance.v1.json. */
export interface I18nNames {
  ch?: string
  en?: string
  ja?: string
}

/** Shared shape `LateOffLateOnRule` of catalog/attendance.v1.json. */
export interface LateOffLateOnRule {
  late_off_minutes: number
  late_on_minutes: number
}

/** Shared shape `LateOffLateOnSetting` of catalog/attendance.v1.json. */
export interface LateOffLateOnSetting {
  late_off_base_on_time_type?: number
  late_on_base_on_time_type?: number
}

/** Shared shape `LeaveDetailRangeObj` of catalog/attendance.v1.json. */
export interface LeaveDetailRangeObj {
  day?: number
  time_ranges?: { start_time_stamp?: number; end_time_stamp?: number }[]
}

/** Shared shape `Location` of catalog/attendance.v1.json. */
export interface Location {
  location_id?: string
  location_name: string
  location_type: number
  latitude?: number
  longitude?: number
  ssid?: string
  bssid?: string
  map_type?: number
  address?: string
  ip?: string
  feature?: string
  gps_range?: number
}

/** Shared shape `Machine` of catalog/attendance.v1.json. */
export interface Machine {
  machine_sn: string
  machine_name: string
}

/** Shared shape `MemberStatusChange` of catalog/attendance.v1.json. */
export interface MemberStatusChange {
  onboarding_on_no_need_punch?: boolean
  onboarding_off_no_need_punch?: boolean
  offboarding_on_no_need_punch?: boolean
  offboarding_off_no_need_punch?: boolean
}

/** Shared shape `NeedPunchMember` of catalog/attendance.v1.json. */
export interface NeedPunchMember {
  rule_scope_type?: number
  scope_group_list?: {
    scope_value_type?: number
    operation_type?: number
    right?: { key?: string; name?: string }[]
    member_ids?: string[]
    custom_field_ID?: string
    custom_field_obj_type?: string
  }
}

/** Shared shape `NeedPunchSpecialDay` of catalog/attendance.v1.json. */
export interface NeedPunchSpecialDay {
  punch_day: number
  shift_id: string
}

/** Shared shape `OvertimeClockCfg` of catalog/attendance.v1.json. */
export interface OvertimeClockCfg {
  allow_punch_approval?: boolean
  need_clock_over_time_start_and_end?: boolean
}

/** Shared shape `OvertimeRestTimeRule` of catalog/attendance.v1.json. */
export interface OvertimeRestTimeRule {
  rest_begin_time: string
  rest_end_time: string
}

/** Shared shape `OvertimeRule` of catalog/attendance.v1.json. */
export interface OvertimeRule {
  on_overtime: string
  off_overtime: string
}

/** Shared shape `PunchTimeRule` of catalog/attendance.v1.json. */
export interface PunchTimeRule {
  on_time: string
  off_time: string
  late_minutes_as_late: number
  late_minutes_as_lack: number
  on_advance_minutes: number
  early_minutes_as_early: number
  early_minutes_as_lack: number
  off_delay_minutes: number
  late_minutes_as_serious_late?: number
  no_need_on?: boolean
  no_need_off?: boolean
}

/** Shared shape `Reason` of catalog/attendance.v1.json. */
export interface Reason {
  lang: string
  value: string
}

/** Shared shape `RestTimeFlexibleConfig` of catalog/attendance.v1.json. */
export interface RestTimeFlexibleConfig {
  need_flexible?: boolean
  late_mins?: number
}

/** Shared shape `Shift` of catalog/attendance.v1.json. */
export interface Shift {
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

/** Shared shape `ShiftAttendanceTimeConfig` of catalog/attendance.v1.json. */
export interface ShiftAttendanceTimeConfig {
  attendance_time?: number
  on_attendance_time?: number
  off_attendance_time?: number
}

/** Shared shape `ShiftMiddleTimeRule` of catalog/attendance.v1.json. */
export interface ShiftMiddleTimeRule {
  middle_time_type?: number
  fixed_middle_time?: string
}

/** Shared shape `UserApproval` of catalog/attendance.v1.json. */
export interface UserApproval {
  user_id: string
  date: string
  outs?: {
    approval_id?: string
    uniq_id: string
    unit: number
    interval: number
    start_time: string
    end_time: string
    i18n_names: I18nNames
    default_locale: string
    reason: string
    approve_pass_time?: string
    approve_apply_time?: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
  }[]
  leaves?: {
    approval_id?: string
    uniq_id?: string
    unit: number
    interval: number
    start_time: string
    end_time: string
    i18n_names: I18nNames
    default_locale: 'ch' | 'en' | 'ja'
    reason: string
    approve_pass_time?: string
    approve_apply_time?: string
    idempotent_id?: string
    leave_detail_range_objs?: LeaveDetailRangeObj[]
  }[]
  overtime_works?: {
    approval_id?: string
    duration: number
    unit: number
    category: number
    type: number
    start_time: string
    end_time: string
    reason?: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
  }[]
  trips?: {
    approval_id?: string
    start_time: string
    end_time: string
    reason: string
    approve_pass_time: string
    approve_apply_time: string
    idempotent_id?: string
    correct_process_id?: string[]
    cancel_process_id?: string[]
    process_id?: string[]
    departure?: Departure
    destinations?: Departure[]
    transportation?: number[]
    trip_type?: number
    remarks?: string
  }[]
  time_zone?: string
}

/** Shared shape `UserDailyShift` of catalog/attendance.v1.json. */
export interface UserDailyShift {
  group_id: string
  shift_id: string
  month: number
  user_id: string
  day_no: number
  is_clear_schedule?: boolean
}

/** Shared shape `UserRemedy` of catalog/attendance.v1.json. */
export interface UserRemedy {
  user_id: string
  remedy_date: number
  punch_no: number
  work_type: number
  approval_id?: string
  remedy_time: string
  status?: number
  reason: string
  time?: string
  time_zone?: string
  create_time?: string
  update_time?: string
}

/** Shared shape `UserSetting` of catalog/attendance.v1.json. */
export interface UserSetting {
  user_id: string
  face_key: string
  face_key_update_time?: string
}

/** Shared shape `UserTaskResult` of catalog/attendance.v1.json. */
export interface UserTaskResult {
  result_id: string
  user_id: string
  employee_name: string
  day: number
  group_id: string
  shift_id: string
  records: {
    check_in_record_id: string
    check_in_record?: FlowRecord
    check_out_record_id: string
    check_out_record?: FlowRecord
    check_in_result: 'NoNeedCheck' | 'SystemCheck' | 'Normal' | 'Early' | 'Late' | 'Lack' | 'Todo'
    check_out_result: 'NoNeedCheck' | 'SystemCheck' | 'Normal' | 'Early' | 'Late' | 'Lack' | 'Todo'
    check_in_result_supplement:
      | 'None'
      | 'ManagerModification'
      | 'CardReplacement'
      | 'ShiftChange'
      | 'Travel'
      | 'Leave'
      | 'GoOut'
      | 'CardReplacementApplication'
      | 'FieldPunch'
    check_out_result_supplement:
      | 'None'
      | 'ManagerModification'
      | 'CardReplacement'
      | 'ShiftChange'
      | 'Travel'
      | 'Leave'
      | 'GoOut'
      | 'CardReplacementApplication'
      | 'FieldPunch'
    check_in_shift_time?: string
    check_out_shift_time?: string
    task_shift_type?: number
  }[]
}

/** Shared shape `UserTmpDailyShift` of catalog/attendance.v1.json. */
export interface UserTmpDailyShift {
  group_id: string
  user_id: string
  date: number
  shift_name: string
  punch_time_simple_rules: { on_time: string; off_time: string }[]
}

/** Shared shape `View` of catalog/attendance.v1.json. */
export interface View {
  view_id: string
  stats_type: 'daily' | 'month'
  user_id: string
  items?: {
    code: string
    title?: string
    child_items?: {
      code: string
      value: string
      title?: string
      column_type?: number
      read_only?: boolean
      min_value?: string
      max_value?: string
    }[]
  }[]
}
