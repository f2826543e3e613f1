// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  ActionPermission,
  AllowDept,
  AllowUser,
  ApprovalConfig,
  AssignHost,
  Callee,
  CommonParam,
  CurrentConfig,
  DigitalSignage,
  DisableInform,
  Event,
  ExtensionBoardingPresent,
  ExtensionBoardingScenarioContext,
  FetchRecapStreamResult,
  HostUser,
  Item,
  KickoutResult,
  Meeting,
  MeetingSettings,
  OpenapiHistory,
  Operator,
  Payload,
  Present,
  RemoveResult,
  ReserveAdminConfig,
  ReserveScopeConfig,
  Result,
  Room,
  RoomStatus,
  ScenarioContext,
  ScopeConfig,
  ScreenSharing,
  ShareDoc,
  SystemInfo,
  TimeConfig,
} from './types.ts'

/** Builds the schema of {@link ActionPermission}. */
export function ActionPermissionSchema(): GenericSchema<ActionPermission> {
  return looseObject({
    permission: number(),
    permission_checkers: array(looseObject({
      check_field: number(),
      check_mode: number(),
      check_list: array(string()),
    })),
  })
}

/** Builds the schema of {@link AllowDept}. */
export function AllowDeptSchema(): GenericSchema<AllowDept> {
  return looseObject({ department_id: string(), department_name: optional(string()) })
}

/** Builds the schema of {@link AllowUser}. */
export function AllowUserSchema(): GenericSchema<AllowUser> {
  return looseObject({ user_id: string(), user_name: optional(string()) })
}

/** Builds the schema of {@link ApprovalConfig}. */
export function ApprovalConfigSchema(): GenericSchema<ApprovalConfig> {
  return looseObject({
    approval_switch: optional(number()),
    approval_condition: optional(number()),
    meeting_duration: optional(number()),
    approvers: optional(array(AllowUserSchema())),
  })
}

/** Builds the schema of {@link AssignHost}. */
export function AssignHostSchema(): GenericSchema<AssignHost> {
  return looseObject({ user_type: optional(number()), id: optional(string()) })
}

/** Builds the schema of {@link Callee}. */
export function CalleeSchema(): GenericSchema<Callee> {
  return looseObject({
    id: optional(string()),
    user_type: number(),
    pstn_sip_info: optional(looseObject({ nickname: optional(string()), main_address: string() })),
  })
}

/** Builds the schema of {@link CommonParam}. */
export function CommonParamSchema(): GenericSchema<CommonParam> {
  return looseObject({
    language: optional(string()),
    utc_offset: optional(string()),
    room_id: optional(string()),
    client_version: optional(string()),
    openapi_history: optional(OpenapiHistorySchema()),
  })
}

/** Builds the schema of {@link CurrentConfig}. */
export function CurrentConfigSchema(): GenericSchema<CurrentConfig> {
  return looseObject({ scope_type: number(), scope_id: string(), scope_config: optional(ScopeConfigSchema()) })
}

/** Builds the schema of {@link DigitalSignage}. */
export function DigitalSignageSchema(): GenericSchema<DigitalSignage> {
  return looseObject({
    if_cover_child_scope: optional(boolean()),
    enable: optional(boolean()),
    mute: optional(boolean()),
    start_display: optional(number()),
    stop_display: optional(number()),
    materials: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      material_type: optional(number()),
      url: optional(string()),
      duration: optional(number()),
      cover: optional(string()),
      md5: optional(string()),
      vid: optional(string()),
      size: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link DisableInform}. */
export function DisableInformSchema(): GenericSchema<DisableInform> {
  return looseObject({
    if_cover_child_scope: optional(boolean()),
    if_inform: boolean(),
    informed_users: optional(array(AllowUserSchema())),
    informed_depts: optional(array(AllowDeptSchema())),
  })
}

/** Builds the schema of {@link Event}. */
export function EventSchema(): GenericSchema<Event> {
  return looseObject({
    event_id: optional(string()),
    event_type: optional(string()),
    event_time: optional(string()),
    payload: optional(PayloadSchema()),
  })
}

/** Builds the schema of {@link ExtensionBoardingPresent}. */
export function ExtensionBoardingPresentSchema(): GenericSchema<ExtensionBoardingPresent> {
  return looseObject({
    type: optional(string()),
    card_template_id: optional(string()),
    body: optional(string()),
    card_variables: optional(looseObject({ content: optional(string()) })),
    callback_info: optional(string()),
  })
}

/** Builds the schema of {@link ExtensionBoardingScenarioContext}. */
export function ExtensionBoardingScenarioContextSchema(): GenericSchema<ExtensionBoardingScenarioContext> {
  return looseObject({
    plugins: optional(array(looseObject({ key: optional(string()) }))),
    work_mode: optional(number()),
    scenario: optional(picklist(['IM', 'Doc', 'Sheet', 'Base', 'VC', 'Calendar', 'Email', 'MediaView'])),
    session_id: optional(string()),
    upload_objects: optional(array(looseObject({ biz_id: optional(string()), type: optional(string()) }))),
    system_info: optional(SystemInfoSchema()),
  })
}

/** Builds the schema of {@link FetchRecapStreamResult}. */
export function FetchRecapStreamResultSchema(): GenericSchema<FetchRecapStreamResult> {
  return looseObject({ meeting_recap_or_fail_reason: optional(string()), meeting_recap: optional(string()) })
}

/** Builds the schema of {@link HostUser}. */
export function HostUserSchema(): GenericSchema<HostUser> {
  return looseObject({ id: optional(string()), user_type: optional(number()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    room_level_id: optional(string()),
    name: optional(string()),
    parent_id: optional(string()),
    path: optional(array(string())),
    has_child: optional(boolean()),
    custom_group_id: optional(string()),
  })
}

/** Builds the schema of {@link KickoutResult}. */
export function KickoutResultSchema(): GenericSchema<KickoutResult> {
  return looseObject({ id: optional(string()), user_type: optional(number()), result: optional(number()) })
}

/** Builds the schema of {@link Meeting}. */
export function MeetingSchema(): GenericSchema<Meeting> {
  return looseObject({
    id: optional(string()),
    topic: optional(string()),
    url: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    create_time: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    host_user: optional(HostUserSchema()),
    meeting_connect: optional(boolean()),
    status: optional(number()),
    participant_count: optional(string()),
    participant_count_accumulated: optional(string()),
    participants: optional(array(looseObject({
      id: optional(string()),
      first_join_time: optional(string()),
      final_leave_time: optional(string()),
      in_meeting_duration: optional(string()),
      user_type: optional(number()),
      is_host: optional(boolean()),
      is_cohost: optional(boolean()),
      is_external: optional(boolean()),
      status: optional(number()),
    }))),
    ability: optional(looseObject({
      use_video: optional(boolean()),
      use_audio: optional(boolean()),
      use_share_screen: optional(boolean()),
      use_follow_screen: optional(boolean()),
      use_recording: optional(boolean()),
      use_pstn: optional(boolean()),
    })),
    note_id: optional(string()),
  })
}

/** Builds the schema of {@link MeetingSettings}. */
export function MeetingSettingsSchema(): GenericSchema<MeetingSettings> {
  return looseObject({
    topic: optional(string()),
    action_permissions: optional(array(ActionPermissionSchema())),
    meeting_initial_type: optional(number()),
    meeting_connect: optional(boolean()),
    call_setting: optional(looseObject({ callee: CalleeSchema() })),
    auto_record: optional(boolean()),
    assign_host_list: optional(array(AssignHostSchema())),
    password: optional(string()),
  })
}

/** Builds the schema of {@link OpenapiHistory}. */
export function OpenapiHistorySchema(): GenericSchema<OpenapiHistory> {
  return looseObject({
    response_type: optional(number()),
    schedule_event_id: optional(string()),
    other_msg: optional(string()),
    oapi_msg: optional(string()),
  })
}

/** Builds the schema of {@link Operator}. */
export function OperatorSchema(): GenericSchema<Operator> {
  return looseObject({
    id: optional(string()),
    user_type: optional(number()),
    user_role: optional(number()),
    user_name: optional(string()),
  })
}

/** Builds the schema of {@link Payload}. */
export function PayloadSchema(): GenericSchema<Payload> {
  return looseObject({
    meeting: optional(looseObject({
      id: optional(string()),
      topic: optional(string()),
      meeting_no: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      host_user: optional(OperatorSchema()),
    })),
    activity_event_type: optional(string()),
    participant_joined_items: optional(array(looseObject({
      participant: optional(OperatorSchema()),
      join_time: optional(string()),
    }))),
    participant_left_items: optional(array(looseObject({
      participant: optional(OperatorSchema()),
      leave_reason: optional(number()),
      leave_time: optional(string()),
    }))),
    transcript_received_items: optional(array(looseObject({
      speaker: optional(OperatorSchema()),
      text: optional(string()),
      language: optional(string()),
      start_time_ms: optional(string()),
      end_time_ms: optional(string()),
      sentence_id: optional(string()),
    }))),
    chat_received_items: optional(array(looseObject({
      operator: optional(OperatorSchema()),
      message_id: optional(string()),
      message_type: optional(number()),
      content: optional(string()),
      send_time: optional(string()),
    }))),
    magic_share_started_items: optional(array(looseObject({
      operator: optional(OperatorSchema()),
      share_id: optional(string()),
      share_doc: optional(ShareDocSchema()),
      time: optional(string()),
    }))),
    magic_share_ended_items: optional(array(looseObject({
      operator: optional(OperatorSchema()),
      share_id: optional(string()),
      time: optional(string()),
    }))),
    document_context_changed_items: optional(array(looseObject({
      operator: optional(OperatorSchema()),
      share_id: optional(string()),
      share_doc: optional(ShareDocSchema()),
      time: optional(string()),
      comment_focus: optional(looseObject({ comment_id: optional(string()), focused: optional(boolean()) })),
      section_location: optional(looseObject({
        title: optional(string()),
        level: optional(number()),
        parent_titles: optional(array(string())),
      })),
      element_preview: optional(looseObject({
        action: optional(string()),
        element_type: optional(string()),
        element_token: optional(string()),
        block_id: optional(string()),
      })),
    }))),
  })
}

/** Builds the schema of {@link Present}. */
export function PresentSchema(): GenericSchema<Present> {
  return looseObject({
    type: optional(string()),
    body: optional(string()),
    interactable: optional(boolean()),
    operation_type: optional(string()),
    operation_url: optional(string()),
    callback_url: optional(string()),
    callback_info: optional(string()),
  })
}

/** Builds the schema of {@link RemoveResult}. */
export function RemoveResultSchema(): GenericSchema<RemoveResult> {
  return looseObject({ file_token: optional(string()), result: optional(number()) })
}

/** Builds the schema of {@link ReserveAdminConfig}. */
export function ReserveAdminConfigSchema(): GenericSchema<ReserveAdminConfig> {
  return looseObject({ depts: optional(array(AllowDeptSchema())), users: optional(array(AllowUserSchema())) })
}

/** Builds the schema of {@link ReserveScopeConfig}. */
export function ReserveScopeConfigSchema(): GenericSchema<ReserveScopeConfig> {
  return looseObject({
    if_cover_child_scope: optional(boolean()),
    allow_all_users: optional(number()),
    allow_users: optional(array(AllowUserSchema())),
    allow_depts: optional(array(AllowDeptSchema())),
  })
}

/** Builds the schema of {@link Result}. */
export function ResultSchema(): GenericSchema<Result> {
  return looseObject({ room_reply: optional(string()), openapi_response: optional(OpenapiHistorySchema()) })
}

/** Builds the schema of {@link Room}. */
export function RoomSchema(): GenericSchema<Room> {
  return looseObject({
    room_id: optional(string()),
    name: optional(string()),
    capacity: optional(number()),
    description: optional(string()),
    display_id: optional(string()),
    custom_room_id: optional(string()),
    room_level_id: optional(string()),
    path: optional(array(string())),
    room_status: optional(RoomStatusSchema()),
    device: optional(array(looseObject({ name: string() }))),
  })
}

/** Builds the schema of {@link RoomStatus}. */
export function RoomStatusSchema(): GenericSchema<RoomStatus> {
  return looseObject({
    status: boolean(),
    schedule_status: optional(boolean()),
    disable_start_time: optional(string()),
    disable_end_time: optional(string()),
    disable_reason: optional(string()),
    contact_ids: optional(array(string())),
    disable_notice: optional(boolean()),
    resume_notice: optional(boolean()),
  })
}

/** Builds the schema of {@link ScenarioContext}. */
export function ScenarioContextSchema(): GenericSchema<ScenarioContext> {
  return looseObject({
    plugins: optional(array(looseObject({ key: optional(string()) }))),
    object: optional(looseObject({
      type: optional(picklist([
        'DOC',
        'USER',
        'EMAIL',
        'MESSAGE',
        'MESSAGE_COLLECTION',
        'TASK',
        'SCHEDULE',
        'MEETING',
      ])),
      biz_id: optional(string()),
    })),
    work_mode: optional(number()),
    scenario: optional(picklist(['IM', 'Doc', 'Sheet', 'Base', 'VC', 'Calendar', 'Email', 'Meego'])),
    extra: optional(looseObject({
      vc_meeting_id: optional(string()),
      vc_locale: optional(string()),
      vc_applink_host: optional(string()),
      vc_app_version: optional(string()),
      vc_feature_config: optional(string()),
      quick_execute_param_rich_tag: optional(string()),
    })),
    system_info: optional(SystemInfoSchema()),
  })
}

/** Builds the schema of {@link ScopeConfig}. */
export function ScopeConfigSchema(): GenericSchema<ScopeConfig> {
  return looseObject({
    room_background: optional(string()),
    display_background: optional(string()),
    digital_signage: optional(DigitalSignageSchema()),
    room_box_digital_signage: optional(DigitalSignageSchema()),
    room_status: optional(RoomStatusSchema()),
  })
}

/** Builds the schema of {@link ScreenSharing}. */
export function ScreenSharingSchema(): GenericSchema<ScreenSharing> {
  return looseObject({
    time: optional(string()),
    bitrate_received: optional(string()),
    latency_received: optional(string()),
    jitter_received: optional(string()),
    maximum_resolution_received: optional(string()),
    framerate_received: optional(string()),
    bitrate_sent: optional(string()),
    latency_sent: optional(string()),
    jitter_sent: optional(string()),
    maximum_resolution_sent: optional(string()),
    framerate_sent: optional(string()),
  })
}

/** Builds the schema of {@link ShareDoc}. */
export function ShareDocSchema(): GenericSchema<ShareDoc> {
  return looseObject({ url: optional(string()), title: optional(string()) })
}

/** Builds the schema of {@link SystemInfo}. */
export function SystemInfoSchema(): GenericSchema<SystemInfo> {
  return looseObject({
    lang: optional(string()),
    brand: optional(string()),
    locale: optional(string()),
    session_id: optional(string()),
    app_version: optional(string()),
  })
}

/** Builds the schema of {@link TimeConfig}. */
export function TimeConfigSchema(): GenericSchema<TimeConfig> {
  return looseObject({
    if_cover_child_scope: optional(boolean()),
    time_switch: number(),
    days_in_advance: optional(number()),
    opening_hour: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    max_duration: optional(number()),
  })
}
