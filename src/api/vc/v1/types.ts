// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `ActionPermission` of catalog/vc.v1.json. */
export interface ActionPermission {
  permission: number
  permission_checkers: { check_field: number; check_mode: number; check_list: string[] }[]
}

/** Shared shape `AllowDept` of catalog/vc.v1.json. */
export interface AllowDept {
  department_id: string
  department_name?: string
}

/** Shared shape `AllowUser` of catalog/vc.v1.json. */
export interface AllowUser {
  user_id: string
  user_name?: string
}

/** Shared shape `ApprovalConfig` of catalog/vc.v1.json. */
export interface ApprovalConfig {
  approval_switch?: number
  approval_condition?: number
  meeting_duration?: number
  approvers?: AllowUser[]
}

/** Shared shape `AssignHost` of catalog/vc.v1.json. */
export interface AssignHost {
  user_type?: number
  id?: string
}

/** Shared shape `Callee` of catalog/vc.v1.json. */
export interface Callee {
  id?: string
  user_type: number
  pstn_sip_info?: { nickname?: string; main_address: string }
}

/** Shared shape `CommonParam` of catalog/vc.v1.json. */
export interface CommonParam {
  language?: string
  utc_offset?: string
  room_id?: string
  client_version?: string
  openapi_history?: OpenapiHistory
}

/** Shared shape `CurrentConfig` of catalog/vc.v1.json. */
export interface CurrentConfig {
  scope_type: number
  scope_id: string
  scope_config?: ScopeConfig
}

/** Shared shape `DigitalSignage` of catalog/vc.v1.json. */
export interface DigitalSignage {
  if_cover_child_scope?: boolean
  enable?: boolean
  mute?: boolean
  start_display?: number
  stop_display?: number
  materials?: {
    id?: string
    name?: string
    material_type?: number
    url?: string
    duration?: number
    cover?: string
    md5?: string
    vid?: string
    size?: string
  }[]
}

/** Shared shape `DisableInform` of catalog/vc.v1.json. */
export interface DisableInform {
  if_cover_child_scope?: boolean
  if_inform: boolean
  informed_users?: AllowUser[]
  informed_depts?: AllowDept[]
}

/** Shared shape `Event` of catalog/vc.v1.json. */
export interface Event {
  event_id?: string
  event_type?: string
  event_time?: string
  payload?: Payload
}

/** Shared shape `ExtensionBoardingPresent` of catalog/vc.v1.json. */
export interface ExtensionBoardingPresent {
  type?: string
  card_template_id?: string
  body?: string
  card_variables?: { content?: string }
  callback_info?: string
}

/** Shared shape `ExtensionBoardingScenarioContext` of catalog/vc.v1.json. */
export interface ExtensionBoardingScenarioContext {
  plugins?: { key?: string }[]
  work_mode?: number
  scenario?: 'IM' | 'Doc' | 'Sheet' | 'Base' | 'VC' | 'Calendar' | 'Email' | 'MediaView'
  session_id?: string
  upload_objects?: { biz_id?: string; type?: string }[]
  system_info?: SystemInfo
}

/** Shared shape `FetchRecapStreamResult` of catalog/vc.v1.json. */
export interface FetchRecapStreamResult {
  meeting_recap_or_fail_reason?: string
  meeting_recap?: string
}

/** Shared shape `HostUser` of catalog/vc.v1.json. */
export interface HostUser {
  id?: string
  user_type?: number
}

/** Shared shape `Item` of catalog/vc.v1.json. */
export interface Item {
  room_level_id?: string
  name?: string
  parent_id?: string
  path?: string[]
  has_child?: boolean
  custom_group_id?: string
}

/** Shared shape `KickoutResult` of catalog/vc.v1.json. */
export interface KickoutResult {
  id?: string
  user_type?: number
  result?: number
}

/** Shared shape `Meeting` of catalog/vc.v1.json. */
export interface Meeting {
  id?: string
  topic?: string
  url?: string
  meeting_no?: string
  password?: string
  create_time?: string
  start_time?: string
  end_time?: string
  host_user?: HostUser
  meeting_connect?: boolean
  status?: number
  participant_count?: string
  participant_count_accumulated?: string
  participants?: {
    id?: string
    first_join_time?: string
    final_leave_time?: string
    in_meeting_duration?: string
    user_type?: number
    is_host?: boolean
    is_cohost?: boolean
    is_external?: boolean
    status?: number
  }[]
  ability?: {
    use_video?: boolean
    use_audio?: boolean
    use_share_screen?: boolean
    use_follow_screen?: boolean
    use_recording?: boolean
    use_pstn?: boolean
  }
  note_id?: string
}

/** Shared shape `MeetingSettings` of catalog/vc.v1.json. */
export interface MeetingSettings {
  topic?: string
  action_permissions?: ActionPermission[]
  meeting_initial_type?: number
  meeting_connect?: boolean
  call_setting?: { callee: Callee }
  auto_record?: boolean
  assign_host_list?: AssignHost[]
  password?: string
}

/** Shared shape `OpenapiHistory` of catalog/vc.v1.json. */
export interface OpenapiHistory {
  response_type?: number
  schedule_event_id?: string
  other_msg?: string
  oapi_msg?: string
}

/** Shared shape `Operator` of catalog/vc.v1.json. */
export interface Operator {
  id?: string
  user_type?: number
  user_role?: number
  user_name?: string
}

/** Shared shape `Payload` of catalog/vc.v1.json. */
export interface Payload {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    start_time?: string
    end_time?: string
    host_user?: Operator
  }
  activity_event_type?: string
  participant_joined_items?: { participant?: Operator; join_time?: string }[]
  participant_left_items?: { participant?: Operator; leave_reason?: number; leave_time?: string }[]
  transcript_received_items?: {
    speaker?: Operator
    text?: string
    language?: string
    start_time_ms?: string
    end_time_ms?: string
    sentence_id?: string
  }[]
  chat_received_items?: {
    operator?: Operator
    message_id?: string
    message_type?: number
    content?: string
    send_time?: string
  }[]
  magic_share_started_items?: { operator?: Operator; share_id?: string; share_doc?: ShareDoc; time?: string }[]
  magic_share_ended_items?: { operator?: Operator; share_id?: string; time?: string }[]
  document_context_changed_items?: {
    operator?: Operator
    share_id?: string
    share_doc?: ShareDoc
    time?: string
    comment_focus?: { comment_id?: string; focused?: boolean }
    section_location?: { title?: string; level?: number; parent_titles?: string[] }
    element_preview?: { action?: string; element_type?: string; element_token?: string; block_id?: string }
  }[]
}

/** Shared shape `Present` of catalog/vc.v1.json. */
export interface Present {
  type?: string
  body?: string
  interactable?: boolean
  operation_type?: string
  operation_url?: string
  callback_url?: string
  callback_info?: string
}

/** Shared shape `RemoveResult` of catalog/vc.v1.json. */
export interface RemoveResult {
  file_token?: string
  result?: number
}

/** Shared shape `ReserveAdminConfig` of catalog/vc.v1.json. */
export interface ReserveAdminConfig {
  depts?: AllowDept[]
  users?: AllowUser[]
}

/** Shared shape `ReserveScopeConfig` of catalog/vc.v1.json. */
export interface ReserveScopeConfig {
  if_cover_child_scope?: boolean
  allow_all_users?: number
  allow_users?: AllowUser[]
  allow_depts?: AllowDept[]
}

/** Shared shape `Result` of catalog/vc.v1.json. */
export interface Result {
  room_reply?: string
  openapi_response?: OpenapiHistory
}

/** Shared shape `Room` of catalog/vc.v1.json. */
export interface Room {
  room_id?: string
  name?: string
  capacity?: number
  description?: string
  display_id?: string
  custom_room_id?: string
  room_level_id?: string
  path?: string[]
  room_status?: RoomStatus
  device?: { name: string }[]
}

/** Shared shape `RoomStatus` of catalog/vc.v1.json. */
export interface RoomStatus {
  status: boolean
  schedule_status?: boolean
  disable_start_time?: string
  disable_end_time?: string
  disable_reason?: string
  contact_ids?: string[]
  disable_notice?: boolean
  resume_notice?: boolean
}

/** Shared shape `ScenarioContext` of catalog/vc.v1.json. */
export interface ScenarioContext {
  plugins?: { key?: string }[]
  object?: {
    type?: 'DOC' | 'USER' | 'EMAIL' | 'MESSAGE' | 'MESSAGE_COLLECTION' | 'TASK' | 'SCHEDULE' | 'MEETING'
    biz_id?: string
  }
  work_mode?: number
  scenario?: 'IM' | 'Doc' | 'Sheet' | 'Base' | 'VC' | 'Calendar' | 'Email' | 'Meego'
  extra?: {
    vc_meeting_id?: string
    vc_locale?: string
    vc_applink_host?: string
    vc_app_version?: string
    vc_feature_config?: string
    quick_execute_param_rich_tag?: string
  }
  system_info?: SystemInfo
}

/** Shared shape `ScopeConfig` of catalog/vc.v1.json. */
export interface ScopeConfig {
  room_background?: string
  display_background?: string
  digital_signage?: DigitalSignage
  room_box_digital_signage?: DigitalSignage
  room_status?: RoomStatus
}

/** Shared shape `ScreenSharing` of catalog/vc.v1.json. */
export interface ScreenSharing {
  time?: string
  bitrate_received?: string
  latency_received?: string
  jitter_received?: string
  maximum_resolution_received?: string
  framerate_received?: string
  bitrate_sent?: string
  latency_sent?: string
  jitter_sent?: string
  maximum_resolution_sent?: string
  framerate_sent?: string
}

/** Shared shape `ShareDoc` of catalog/vc.v1.json. */
export interface ShareDoc {
  url?: string
  title?: string
}

/** Shared shape `SystemInfo` of catalog/vc.v1.json. */
export interface SystemInfo {
  lang?: string
  brand?: string
  locale?: string
  session_id?: string
  app_version?: string
}

/** Shared shape `TimeConfig` of catalog/vc.v1.json. */
export interface TimeConfig {
  if_cover_child_scope?: boolean
  time_switch: number
  days_in_advance?: number
  opening_hour?: string
  start_time?: string
  end_time?: string
  max_duration?: number
}
