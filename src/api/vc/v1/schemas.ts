// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import {
  ActionPermissionSchema,
  AllowUserSchema,
  ApprovalConfigSchema,
  AssignHostSchema,
  CalleeSchema,
  CurrentConfigSchema,
  DigitalSignageSchema,
  DisableInformSchema,
  EventSchema,
  ExtensionBoardingPresentSchema,
  FetchRecapStreamResultSchema,
  HostUserSchema,
  ItemSchema,
  KickoutResultSchema,
  MeetingSchema,
  PresentSchema,
  RemoveResultSchema,
  ReserveAdminConfigSchema,
  ReserveScopeConfigSchema,
  ResultSchema,
  RoomSchema,
  RoomStatusSchema,
  ScreenSharingSchema,
  TimeConfigSchema,
} from './models.ts'
import type { ListAlertOutput } from './alert.ts'
import type {
  EventsBotOutput,
  JoinBotOutput,
  LeaveBotOutput,
  MessageBotOutput,
  RealtimeBotEndpointOutput,
  UserBotActiveMeetingOutput,
} from './bot.ts'
import type {
  GetExportOutput,
  MeetingExportListOutput,
  ParticipantExportListOutput,
  ParticipantExportQualityListOutput,
  ResourceExportReservationListOutput,
} from './export.ts'
import type { PullMaterialMetaOutput, RemoveMaterialOutput, UploadMaterialMetaOutput } from './material.ts'
import type {
  ChangeMeetingNameOutput,
  EndMeetingOutput,
  GetMeetingOutput,
  InviteMeetingOutput,
  KickoutMeetingOutput,
  ListMeetingByNoOutput,
  ListMeetingOutput,
  SearchMeetingOutput,
  SetMeetingHostOutput,
  SubscriptionMeetingOutput,
  UnsubscriptionMeetingOutput,
} from './meeting.ts'
import type { GetMeetingPullSubtitleOutput } from './meeting.pull_subtitle.ts'
import type {
  GetMeetingRecordingOutput,
  SetMeetingRecordingPermissionOutput,
  StartMeetingRecordingOutput,
  StopMeetingRecordingOutput,
} from './meeting.recording.ts'
import type { GetMeetingListOutput } from './meeting_list.ts'
import type {
  ExtensionMyAiMmBoardingOutput,
  MediaMyAiMmBindOutput,
  MediaMyAiMmParseOutput,
  QueryMyAiMmOutput,
  QueryMyAiMmSuggestContextOutput,
} from './my_ai_mm.ts'
import type {
  AutoMyAiRoomReleaseEventOutput,
  AutoMyAiRoomWelcomeOutput,
  CheckMyAiRoomInScheduleOutput,
  ExitMyAiRoomOutput,
  HelpMyAiRoomSceneTypeOutput,
  JoinMyAiRoomMeetingNumberOutput,
  JoinMyAiRoomMeetingOutput,
  JoinMyAiRoomOfflineMeetingOutput,
  LeaveMyAiRoomMeetingOutput,
  ReserveMyAiRoomInstantEventOutput,
  RoomMyAiRoomCallingOutput,
} from './my_ai_room.ts'
import type { CreateMyAiSipEventCardOutput } from './my_ai_sip.ts'
import type {
  CardMyAiVcCallbackOutput,
  FetchMyAiVcMeetingAnalyzeOutput,
  FetchMyAiVcMeetingListOutput,
  MeetingMyAiVcAnalyzeOutput,
  SetMyAiVcMeetingListOutput,
  StartMyAiVcAnalysisOutput,
} from './my_ai_vc.ts'
import type {
  CallbackMyAiVcMeetingOutput,
  DoMyAiVcMeetingOperationOutput,
  DocMyAiVcMeetingBasedSuggestQuestionOutput,
  FetchMyAiVcMeetingRecapStreamOutput,
  FetchMyAiVcMeetingSectionSummaryStreamOutput,
  FetchMyAiVcMeetingStepSummaryStreamOutput,
  GetMyAiVcMeetingCommonReplyOutput,
  GetMyAiVcMeetingRecapOutput,
  GetMyAiVcMeetingTodoTaskOutput,
  SectionMyAiVcMeetingSummaryOutput,
  SeedMyAiVcMeetingAiPullDataOutput,
} from './my_ai_vc_meeting.ts'
import type {
  GetNoteOutput,
  SubscriptionNoteOutput,
  UnifiedNoteNoteTranscriptOutput,
  UnsubscriptionNoteOutput,
} from './note.ts'
import type { GetParticipantListOutput } from './participant_list.ts'
import type { GetParticipantQualityListOutput } from './participant_quality_list.ts'
import type { SubscriptionRecordingOutput, UnsubscriptionRecordingOutput } from './recording.ts'
import type { GetReportDailyOutput, GetReportTopUserOutput } from './report.ts'
import type {
  ApplyReserveOutput,
  DeleteReserveOutput,
  GetReserveActiveMeetingOutput,
  GetReserveOutput,
  UpdateReserveOutput,
} from './reserve.ts'
import type { PatchReserveConfigOutput, ReserveReserveConfigScopeOutput } from './reserve_config.ts'
import type { GetReserveConfigAdminOutput, PatchReserveConfigAdminOutput } from './reserve_config.admin.ts'
import type {
  GetReserveConfigDisableInformOutput,
  PatchReserveConfigDisableInformOutput,
} from './reserve_config.disable_inform.ts'
import type { GetReserveConfigFormOutput, PatchReserveConfigFormOutput } from './reserve_config.form.ts'
import type { GetResourceReservationListOutput } from './resource_reservation_list.ts'
import type {
  CreateRoomOutput,
  DeleteRoomOutput,
  GetRoomOutput,
  ListRoomOutput,
  MgetRoomOutput,
  PatchRoomOutput,
  SearchRoomOutput,
} from './room.ts'
import type {
  DelRoomConfigOutput,
  QueryRoomConfigOutput,
  SetRoomConfigCheckboardAccessCodeOutput,
  SetRoomConfigOutput,
  SetRoomConfigRoomAccessCodeOutput,
} from './room_config.ts'
import type {
  CreateRoomLevelOutput,
  DelRoomLevelOutput,
  GetRoomLevelOutput,
  ListRoomLevelOutput,
  MgetRoomLevelOutput,
  PatchRoomLevelOutput,
  SearchRoomLevelOutput,
} from './room_level.ts'
import type { AccessScopeConfigCodeOutput, CreateScopeConfigOutput, GetScopeConfigOutput } from './scope_config.ts'

/** Schema of {@link ListAlertOutput}, for opt-in response validation. */
export const ListAlertOutputSchema: GenericSchema<ListAlertOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  items: optional(array(looseObject({
    alert_id: optional(string()),
    resource_scope: optional(string()),
    monitor_target: optional(number()),
    alert_strategy: optional(string()),
    alert_time: optional(string()),
    alert_level: optional(number()),
    contacts: optional(array(looseObject({ contact_type: optional(number()), contact_name: optional(string()) }))),
    notifyMethods: optional(array(number())),
    alertRule: optional(string()),
    process_time: optional(string()),
    recover_time: optional(string()),
    process_status: optional(number()),
    alert_rule_id: optional(string()),
    monitor_target_room_id: optional(string()),
    monitor_target_room_mac: optional(string()),
  }))),
}))()

/** Schema of {@link EventsBotOutput}, for opt-in response validation. */
export const EventsBotOutputSchema: GenericSchema<EventsBotOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  events: optional(array(EventSchema())),
}))()

/** Schema of {@link JoinBotOutput}, for opt-in response validation. */
export const JoinBotOutputSchema: GenericSchema<JoinBotOutput> = /*#__PURE__*/ (() => looseObject({
  meeting: optional(looseObject({
    id: optional(string()),
    meeting_no: optional(string()),
    start_time: optional(string()),
    topic: optional(string()),
  })),
  join_user: optional(HostUserSchema()),
}))()

/** Schema of {@link LeaveBotOutput}, for opt-in response validation. */
export const LeaveBotOutputSchema: GenericSchema<LeaveBotOutput> = /*#__PURE__*/ (() => looseObject({
  leave_user: optional(HostUserSchema()),
}))()

/** Schema of {@link MessageBotOutput}, for opt-in response validation. */
export const MessageBotOutputSchema: GenericSchema<MessageBotOutput> = /*#__PURE__*/ (() => looseObject({
  uuid: optional(string()),
}))()

/** Schema of {@link RealtimeBotEndpointOutput}, for opt-in response validation. */
export const RealtimeBotEndpointOutputSchema: GenericSchema<RealtimeBotEndpointOutput> = /*#__PURE__*/ (() => looseObject({
  websocket_url: optional(string()),
  expires_time: optional(string()),
}))()

/** Schema of {@link UserBotActiveMeetingOutput}, for opt-in response validation. */
export const UserBotActiveMeetingOutputSchema: GenericSchema<UserBotActiveMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  meetings: optional(array(looseObject({
    meeting_no: optional(string()),
    meeting_id: optional(string()),
    meeting_title: optional(string()),
  }))),
}))()

/** Schema of {@link GetExportOutput}, for opt-in response validation. */
export const GetExportOutputSchema: GenericSchema<GetExportOutput> = /*#__PURE__*/ (() => looseObject({
  status: number(),
  url: optional(string()),
  file_token: optional(string()),
  fail_msg: optional(string()),
}))()

/** Schema of {@link MeetingExportListOutput}, for opt-in response validation. */
export const MeetingExportListOutputSchema: GenericSchema<MeetingExportListOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link ParticipantExportListOutput}, for opt-in response validation. */
export const ParticipantExportListOutputSchema: GenericSchema<ParticipantExportListOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link ParticipantExportQualityListOutput}, for opt-in response validation. */
export const ParticipantExportQualityListOutputSchema: GenericSchema<ParticipantExportQualityListOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link ResourceExportReservationListOutput}, for opt-in response validation. */
export const ResourceExportReservationListOutputSchema: GenericSchema<ResourceExportReservationListOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link PullMaterialMetaOutput}, for opt-in response validation. */
export const PullMaterialMetaOutputSchema: GenericSchema<PullMaterialMetaOutput> = /*#__PURE__*/ (() => looseObject({
  materials: array(looseObject({
    name: optional(string()),
    file_token: string(),
    file_size: number(),
    device_type: number(),
    material_type: number(),
    review_result: optional(number()),
  })),
}))()

/** Schema of {@link RemoveMaterialOutput}, for opt-in response validation. */
export const RemoveMaterialOutputSchema: GenericSchema<RemoveMaterialOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(RemoveResultSchema())),
}))()

/** Schema of {@link UploadMaterialMetaOutput}, for opt-in response validation. */
export const UploadMaterialMetaOutputSchema: GenericSchema<UploadMaterialMetaOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(RemoveResultSchema())),
}))()

/** Schema of {@link ChangeMeetingNameOutput}, for opt-in response validation. */
export const ChangeMeetingNameOutputSchema: GenericSchema<ChangeMeetingNameOutput> = /*#__PURE__*/ (() => looseObject({
  results: optional(array(KickoutResultSchema())),
}))()

/** Schema of {@link EndMeetingOutput}, for opt-in response validation. */
export const EndMeetingOutputSchema: GenericSchema<EndMeetingOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetMeetingOutput}, for opt-in response validation. */
export const GetMeetingOutputSchema: GenericSchema<GetMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  meeting: optional(MeetingSchema()),
  related_artifacts: optional(looseObject({
    note_doc_token: optional(string()),
    verbatim_doc_token: optional(string()),
  })),
}))()

/** Schema of {@link InviteMeetingOutput}, for opt-in response validation. */
export const InviteMeetingOutputSchema: GenericSchema<InviteMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  invite_results: optional(array(looseObject({
    id: optional(string()),
    user_type: optional(number()),
    status: optional(number()),
  }))),
}))()

/** Schema of {@link KickoutMeetingOutput}, for opt-in response validation. */
export const KickoutMeetingOutputSchema: GenericSchema<KickoutMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  kickout_results: optional(array(KickoutResultSchema())),
}))()

/** Schema of {@link ListMeetingOutput}, for opt-in response validation. */
export const ListMeetingOutputSchema: GenericSchema<ListMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  meetings: optional(array(looseObject({
    id: optional(string()),
    topic: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    meeting_connect: optional(boolean()),
    status: optional(number()),
    participant_count_accumulated: optional(string()),
    note_id: optional(string()),
  }))),
}))()

/** Schema of {@link ListMeetingByNoOutput}, for opt-in response validation. */
export const ListMeetingByNoOutputSchema: GenericSchema<ListMeetingByNoOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  meeting_briefs: optional(array(looseObject({
    id: optional(string()),
    topic: optional(string()),
    url: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    meeting_connect: optional(boolean()),
    note_id: optional(string()),
  }))),
}))()

/** Schema of {@link SearchMeetingOutput}, for opt-in response validation. */
export const SearchMeetingOutputSchema: GenericSchema<SearchMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  total: optional(number()),
  has_more: boolean(),
  items: optional(array(looseObject({
    id: optional(string()),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      app_link: optional(string()),
      avatar: optional(string()),
      description: optional(string()),
    })),
  }))),
  page_token: optional(string()),
  notice: optional(string()),
}))()

/** Schema of {@link SetMeetingHostOutput}, for opt-in response validation. */
export const SetMeetingHostOutputSchema: GenericSchema<SetMeetingHostOutput> = /*#__PURE__*/ (() => looseObject({
  host_user: optional(HostUserSchema()),
}))()

/** Schema of {@link SubscriptionMeetingOutput}, for opt-in response validation. */
export const SubscriptionMeetingOutputSchema: GenericSchema<SubscriptionMeetingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionMeetingOutput}, for opt-in response validation. */
export const UnsubscriptionMeetingOutputSchema: GenericSchema<UnsubscriptionMeetingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetMeetingPullSubtitleOutput}, for opt-in response validation. */
export const GetMeetingPullSubtitleOutputSchema: GenericSchema<GetMeetingPullSubtitleOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  meeting_subtitles: optional(array(looseObject({
    seg_id: optional(number()),
    subtitle: optional(looseObject({
      content: optional(string()),
      language: optional(string()),
      speaker_user_id: optional(number()),
      speaker_device_id: optional(number()),
      ssd_speaker: optional(looseObject({
        user_id: optional(string()),
        speaker_id: optional(number()),
        speaker_id_type: optional(number()),
      })),
    })),
  }))),
}))()

/** Schema of {@link GetMeetingRecordingOutput}, for opt-in response validation. */
export const GetMeetingRecordingOutputSchema: GenericSchema<GetMeetingRecordingOutput> = /*#__PURE__*/ (() => looseObject({
  recording: optional(looseObject({
    id: optional(string()),
    meeting_id: optional(string()),
    url: optional(string()),
    duration: optional(string()),
  })),
}))()

/** Schema of {@link SetMeetingRecordingPermissionOutput}, for opt-in response validation. */
export const SetMeetingRecordingPermissionOutputSchema: GenericSchema<SetMeetingRecordingPermissionOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link StartMeetingRecordingOutput}, for opt-in response validation. */
export const StartMeetingRecordingOutputSchema: GenericSchema<StartMeetingRecordingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link StopMeetingRecordingOutput}, for opt-in response validation. */
export const StopMeetingRecordingOutputSchema: GenericSchema<StopMeetingRecordingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetMeetingListOutput}, for opt-in response validation. */
export const GetMeetingListOutputSchema: GenericSchema<GetMeetingListOutput> = /*#__PURE__*/ (() => looseObject({
  meeting_list: optional(array(looseObject({
    meeting_id: optional(string()),
    meeting_topic: optional(string()),
    meeting_type: optional(number()),
    organizer: optional(string()),
    department: optional(string()),
    user_id: optional(string()),
    employee_id: optional(string()),
    email: optional(string()),
    mobile: optional(string()),
    meeting_start_time: optional(string()),
    meeting_end_time: optional(string()),
    meeting_duration: optional(string()),
    number_of_participants: optional(string()),
    number_of_devices: optional(string()),
    audio: optional(boolean()),
    video: optional(boolean()),
    sharing: optional(boolean()),
    recording: optional(boolean()),
    telephone: optional(boolean()),
    reserved_rooms: optional(array(looseObject({ room_id: optional(string()), room_name: optional(string()) }))),
    has_related_document: optional(boolean()),
    ai_note: optional(boolean()),
    is_external: optional(boolean()),
    meeting_subtype: optional(number()),
    meeting_instance_id: optional(string()),
    number_of_webinar_viewers: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ExtensionMyAiMmBoardingOutput}, for opt-in response validation. */
export const ExtensionMyAiMmBoardingOutputSchema: GenericSchema<ExtensionMyAiMmBoardingOutput> = /*#__PURE__*/ (() => looseObject({
  present: optional(ExtensionBoardingPresentSchema()),
}))()

/** Schema of {@link MediaMyAiMmBindOutput}, for opt-in response validation. */
export const MediaMyAiMmBindOutputSchema: GenericSchema<MediaMyAiMmBindOutput> = /*#__PURE__*/ (() => looseObject({
  present: optional(ExtensionBoardingPresentSchema()),
}))()

/** Schema of {@link MediaMyAiMmParseOutput}, for opt-in response validation. */
export const MediaMyAiMmParseOutputSchema: GenericSchema<MediaMyAiMmParseOutput> = /*#__PURE__*/ (() => looseObject({
  present: optional(ExtensionBoardingPresentSchema()),
}))()

/** Schema of {@link QueryMyAiMmOutput}, for opt-in response validation. */
export const QueryMyAiMmOutputSchema: GenericSchema<QueryMyAiMmOutput> = /*#__PURE__*/ (() => looseObject({
  present: optional(ExtensionBoardingPresentSchema()),
  hint: optional(string()),
}))()

/** Schema of {@link QueryMyAiMmSuggestContextOutput}, for opt-in response validation. */
export const QueryMyAiMmSuggestContextOutputSchema: GenericSchema<QueryMyAiMmSuggestContextOutput> = /*#__PURE__*/ (() => looseObject({
  title: optional(string()),
  content: optional(string()),
}))()

/** Schema of {@link AutoMyAiRoomReleaseEventOutput}, for opt-in response validation. */
export const AutoMyAiRoomReleaseEventOutputSchema: GenericSchema<AutoMyAiRoomReleaseEventOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link AutoMyAiRoomWelcomeOutput}, for opt-in response validation. */
export const AutoMyAiRoomWelcomeOutputSchema: GenericSchema<AutoMyAiRoomWelcomeOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link CheckMyAiRoomInScheduleOutput}, for opt-in response validation. */
export const CheckMyAiRoomInScheduleOutputSchema: GenericSchema<CheckMyAiRoomInScheduleOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link ExitMyAiRoomOutput}, for opt-in response validation. */
export const ExitMyAiRoomOutputSchema: GenericSchema<ExitMyAiRoomOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link HelpMyAiRoomSceneTypeOutput}, for opt-in response validation. */
export const HelpMyAiRoomSceneTypeOutputSchema: GenericSchema<HelpMyAiRoomSceneTypeOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link JoinMyAiRoomMeetingOutput}, for opt-in response validation. */
export const JoinMyAiRoomMeetingOutputSchema: GenericSchema<JoinMyAiRoomMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link JoinMyAiRoomMeetingNumberOutput}, for opt-in response validation. */
export const JoinMyAiRoomMeetingNumberOutputSchema: GenericSchema<JoinMyAiRoomMeetingNumberOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link JoinMyAiRoomOfflineMeetingOutput}, for opt-in response validation. */
export const JoinMyAiRoomOfflineMeetingOutputSchema: GenericSchema<JoinMyAiRoomOfflineMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link LeaveMyAiRoomMeetingOutput}, for opt-in response validation. */
export const LeaveMyAiRoomMeetingOutputSchema: GenericSchema<LeaveMyAiRoomMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link ReserveMyAiRoomInstantEventOutput}, for opt-in response validation. */
export const ReserveMyAiRoomInstantEventOutputSchema: GenericSchema<ReserveMyAiRoomInstantEventOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link RoomMyAiRoomCallingOutput}, for opt-in response validation. */
export const RoomMyAiRoomCallingOutputSchema: GenericSchema<RoomMyAiRoomCallingOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(ResultSchema()),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link CreateMyAiSipEventCardOutput}, for opt-in response validation. */
export const CreateMyAiSipEventCardOutputSchema: GenericSchema<CreateMyAiSipEventCardOutput> = /*#__PURE__*/ (() => looseObject({
  hint: optional(string()),
  result: optional(string()),
  present: optional(looseObject({
    type: string(),
    body: string(),
    operation_type: optional(string()),
    interactable: optional(boolean()),
    operation_url: optional(string()),
    callback_url: optional(string()),
    callback_info: optional(string()),
    card_template_id: optional(string()),
    card_variables: optional(looseObject({ text: optional(string()), image_key: optional(string()) })),
  })),
}))()

/** Schema of {@link CardMyAiVcCallbackOutput}, for opt-in response validation. */
export const CardMyAiVcCallbackOutputSchema: GenericSchema<CardMyAiVcCallbackOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link FetchMyAiVcMeetingAnalyzeOutput}, for opt-in response validation. */
export const FetchMyAiVcMeetingAnalyzeOutputSchema: GenericSchema<FetchMyAiVcMeetingAnalyzeOutput> = /*#__PURE__*/ (() => looseObject({
  meeting_analyze_status: optional(number()),
  analyze_outputs: optional(array(looseObject({
    meeting_id: optional(string()),
    check_status_code: optional(number()),
    objective_check_output: optional(looseObject({
      failed_lists: optional(array(number())),
      status_code: optional(number()),
    })),
    subjective_check_output: optional(looseObject({
      keypoints: optional(array(string())),
      key_point_match_details: optional(array(looseObject({
        key_point_match_details: optional(array(looseObject({
          start_timestamp: optional(string()),
          matched_text: optional(string()),
        }))),
      }))),
      user_prompt_outputs: optional(array(string())),
      status_code: optional(number()),
    })),
  }))),
}))()

/** Schema of {@link FetchMyAiVcMeetingListOutput}, for opt-in response validation. */
export const FetchMyAiVcMeetingListOutputSchema: GenericSchema<FetchMyAiVcMeetingListOutput> = /*#__PURE__*/ (() => looseObject({
  meeting_list_url: optional(string()),
}))()

/** Schema of {@link MeetingMyAiVcAnalyzeOutput}, for opt-in response validation. */
export const MeetingMyAiVcAnalyzeOutputSchema: GenericSchema<MeetingMyAiVcAnalyzeOutput> = /*#__PURE__*/ (() => looseObject({
  task_id: optional(string()),
}))()

/** Schema of {@link SetMyAiVcMeetingListOutput}, for opt-in response validation. */
export const SetMyAiVcMeetingListOutputSchema: GenericSchema<SetMyAiVcMeetingListOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link StartMyAiVcAnalysisOutput}, for opt-in response validation. */
export const StartMyAiVcAnalysisOutputSchema: GenericSchema<StartMyAiVcAnalysisOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({ reply: string() })),
  present: optional(PresentSchema()),
}))()

/** Schema of {@link CallbackMyAiVcMeetingOutput}, for opt-in response validation. */
export const CallbackMyAiVcMeetingOutputSchema: GenericSchema<CallbackMyAiVcMeetingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link DoMyAiVcMeetingOperationOutput}, for opt-in response validation. */
export const DoMyAiVcMeetingOperationOutputSchema: GenericSchema<DoMyAiVcMeetingOperationOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({ meeting_operation_reply: optional(string()) })),
}))()

/** Schema of {@link DocMyAiVcMeetingBasedSuggestQuestionOutput}, for opt-in response validation. */
export const DocMyAiVcMeetingBasedSuggestQuestionOutputSchema: GenericSchema<DocMyAiVcMeetingBasedSuggestQuestionOutput> = /*#__PURE__*/ (() => looseObject({
  presents: optional(PresentSchema()),
}))()

/** Schema of {@link FetchMyAiVcMeetingRecapStreamOutput}, for opt-in response validation. */
export const FetchMyAiVcMeetingRecapStreamOutputSchema: GenericSchema<FetchMyAiVcMeetingRecapStreamOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(FetchRecapStreamResultSchema()),
}))()

/** Schema of {@link FetchMyAiVcMeetingSectionSummaryStreamOutput}, for opt-in response validation. */
export const FetchMyAiVcMeetingSectionSummaryStreamOutputSchema: GenericSchema<FetchMyAiVcMeetingSectionSummaryStreamOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(FetchRecapStreamResultSchema()),
}))()

/** Schema of {@link FetchMyAiVcMeetingStepSummaryStreamOutput}, for opt-in response validation. */
export const FetchMyAiVcMeetingStepSummaryStreamOutputSchema: GenericSchema<FetchMyAiVcMeetingStepSummaryStreamOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(FetchRecapStreamResultSchema()),
}))()

/** Schema of {@link GetMyAiVcMeetingCommonReplyOutput}, for opt-in response validation. */
export const GetMyAiVcMeetingCommonReplyOutputSchema: GenericSchema<GetMyAiVcMeetingCommonReplyOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({ meeting_content_reply: optional(string()) })),
}))()

/** Schema of {@link GetMyAiVcMeetingRecapOutput}, for opt-in response validation. */
export const GetMyAiVcMeetingRecapOutputSchema: GenericSchema<GetMyAiVcMeetingRecapOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(FetchRecapStreamResultSchema()),
}))()

/** Schema of {@link GetMyAiVcMeetingTodoTaskOutput}, for opt-in response validation. */
export const GetMyAiVcMeetingTodoTaskOutputSchema: GenericSchema<GetMyAiVcMeetingTodoTaskOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(looseObject({
    meeting_todo_task_or_fail_reason: optional(string()),
    meeting_todo_task: optional(string()),
  })),
}))()

/** Schema of {@link SectionMyAiVcMeetingSummaryOutput}, for opt-in response validation. */
export const SectionMyAiVcMeetingSummaryOutputSchema: GenericSchema<SectionMyAiVcMeetingSummaryOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(FetchRecapStreamResultSchema()),
}))()

/** Schema of {@link SeedMyAiVcMeetingAiPullDataOutput}, for opt-in response validation. */
export const SeedMyAiVcMeetingAiPullDataOutputSchema: GenericSchema<SeedMyAiVcMeetingAiPullDataOutput> = /*#__PURE__*/ (() => looseObject({
  result: optional(string()),
  fail_msg: optional(string()),
}))()

/** Schema of {@link GetNoteOutput}, for opt-in response validation. */
export const GetNoteOutputSchema: GenericSchema<GetNoteOutput> = /*#__PURE__*/ (() => looseObject({
  note: optional(looseObject({
    creator_id: string(),
    create_time: string(),
    artifacts: array(looseObject({ artifact_type: number(), create_time: string(), doc_token: string() })),
    references: array(looseObject({ reference_type: number(), doc_token: string() })),
    note_source: optional(looseObject({ source_type: optional(string()), source_entity_id: optional(string()) })),
    note_display_type: optional(number()),
  })),
}))()

/** Schema of {@link SubscriptionNoteOutput}, for opt-in response validation. */
export const SubscriptionNoteOutputSchema: GenericSchema<SubscriptionNoteOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnifiedNoteNoteTranscriptOutput}, for opt-in response validation. */
export const UnifiedNoteNoteTranscriptOutputSchema: GenericSchema<UnifiedNoteNoteTranscriptOutput> = /*#__PURE__*/ (() => looseObject({
  transcript: optional(looseObject({
    format: optional(number()),
    plain_text: optional(string()),
    markdown: optional(string()),
    structured_transcript_content: optional(looseObject({
      paragraphs: optional(array(looseObject({
        speaker: optional(looseObject({
          speaker_id: optional(string()),
          speaker_type: optional(number()),
          speaker_name: optional(string()),
          extra: optional(looseObject({
            room_name: optional(string()),
            other_device_user_id: optional(string()),
            other_device_user_name: optional(string()),
          })),
        })),
        speak_ms: optional(number()),
        sentences: optional(array(looseObject({
          sentence_id: optional(string()),
          content: string(),
          start_ms: optional(number()),
          stop_ms: optional(number()),
        }))),
      }))),
    })),
  })),
  next_cursor_id: optional(string()),
  page_size: optional(number()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link UnsubscriptionNoteOutput}, for opt-in response validation. */
export const UnsubscriptionNoteOutputSchema: GenericSchema<UnsubscriptionNoteOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetParticipantListOutput}, for opt-in response validation. */
export const GetParticipantListOutputSchema: GenericSchema<GetParticipantListOutput> = /*#__PURE__*/ (() => looseObject({
  participants: optional(array(looseObject({
    participant_name: optional(string()),
    department: optional(string()),
    user_id: optional(string()),
    meeting_room_id: optional(string()),
    employee_id: optional(string()),
    phone: optional(string()),
    email: optional(string()),
    device: optional(string()),
    app_version: optional(string()),
    public_ip: optional(string()),
    internal_ip: optional(string()),
    use_rtc_proxy: optional(boolean()),
    location: optional(string()),
    network_type: optional(string()),
    protocol: optional(string()),
    microphone: optional(string()),
    speaker: optional(string()),
    camera: optional(string()),
    audio: optional(boolean()),
    video: optional(boolean()),
    sharing: optional(boolean()),
    join_time: optional(string()),
    leave_time: optional(string()),
    time_in_meeting: optional(string()),
    leave_reason: optional(string()),
    accept_status: optional(number()),
    is_external: optional(boolean()),
    webinar_user_role: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link GetParticipantQualityListOutput}, for opt-in response validation. */
export const GetParticipantQualityListOutputSchema: GenericSchema<GetParticipantQualityListOutput> = /*#__PURE__*/ (() => looseObject({
  participant_quality_list: optional(array(looseObject({
    network: optional(looseObject({
      time: optional(string()),
      network_delay: optional(string()),
      bitrate_received: optional(string()),
      packet_loss_avg_received: optional(string()),
      packet_loss_max_received: optional(string()),
      bitrate_sent: optional(string()),
      packet_loss_avg_sent: optional(string()),
      packet_loss_max_sent: optional(string()),
    })),
    audio: optional(looseObject({
      time: optional(string()),
      mic_input_volume: optional(string()),
      speaker_volume: optional(string()),
      bitrate_received: optional(string()),
      latency_received: optional(string()),
      jitter_received: optional(string()),
      bitrate_sent: optional(string()),
      latency_sent: optional(string()),
      jitter_sent: optional(string()),
    })),
    video: optional(ScreenSharingSchema()),
    screen_sharing: optional(ScreenSharingSchema()),
    cpu_usage: optional(looseObject({
      time: optional(string()),
      client_avg_cpu_usage: optional(string()),
      client_max_cpu_usage: optional(string()),
      system_avg_cpu_usage: optional(string()),
      system_max_cpu_usage: optional(string()),
    })),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link SubscriptionRecordingOutput}, for opt-in response validation. */
export const SubscriptionRecordingOutputSchema: GenericSchema<SubscriptionRecordingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionRecordingOutput}, for opt-in response validation. */
export const UnsubscriptionRecordingOutputSchema: GenericSchema<UnsubscriptionRecordingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetReportDailyOutput}, for opt-in response validation. */
export const GetReportDailyOutputSchema: GenericSchema<GetReportDailyOutput> = /*#__PURE__*/ (() => looseObject({
  meeting_report: optional(looseObject({
    total_meeting_count: optional(string()),
    total_meeting_duration: optional(string()),
    total_participant_count: optional(string()),
    daily_report: optional(array(looseObject({
      date: optional(string()),
      meeting_count: optional(string()),
      meeting_duration: optional(string()),
      participant_count: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link GetReportTopUserOutput}, for opt-in response validation. */
export const GetReportTopUserOutputSchema: GenericSchema<GetReportTopUserOutput> = /*#__PURE__*/ (() => looseObject({
  top_user_report: optional(array(looseObject({
    id: optional(string()),
    name: optional(string()),
    user_type: optional(number()),
    meeting_count: optional(string()),
    meeting_duration: optional(string()),
  }))),
}))()

/** Schema of {@link ApplyReserveOutput}, for opt-in response validation. */
export const ApplyReserveOutputSchema: GenericSchema<ApplyReserveOutput> = /*#__PURE__*/ (() => looseObject({
  reserve: optional(looseObject({
    id: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    url: optional(string()),
    app_link: optional(string()),
    live_link: optional(string()),
    end_time: optional(string()),
  })),
  reserve_correction_check_info: optional(looseObject({ invalid_host_id_list: optional(array(string())) })),
}))()

/** Schema of {@link DeleteReserveOutput}, for opt-in response validation. */
export const DeleteReserveOutputSchema: GenericSchema<DeleteReserveOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetReserveOutput}, for opt-in response validation. */
export const GetReserveOutputSchema: GenericSchema<GetReserveOutput> = /*#__PURE__*/ (() => looseObject({
  reserve: optional(looseObject({
    id: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    url: optional(string()),
    app_link: optional(string()),
    live_link: optional(string()),
    end_time: optional(string()),
    expire_status: optional(number()),
    reserve_user_id: optional(string()),
    meeting_settings: optional(looseObject({
      topic: optional(string()),
      action_permissions: optional(array(ActionPermissionSchema())),
      meeting_initial_type: optional(number()),
      meeting_connect: optional(boolean()),
      call_setting: optional(looseObject({ callee: CalleeSchema() })),
      auto_record: optional(boolean()),
      assign_host_list: optional(array(AssignHostSchema())),
    })),
  })),
}))()

/** Schema of {@link GetReserveActiveMeetingOutput}, for opt-in response validation. */
export const GetReserveActiveMeetingOutputSchema: GenericSchema<GetReserveActiveMeetingOutput> = /*#__PURE__*/ (() => looseObject({
  meeting: optional(MeetingSchema()),
}))()

/** Schema of {@link UpdateReserveOutput}, for opt-in response validation. */
export const UpdateReserveOutputSchema: GenericSchema<UpdateReserveOutput> = /*#__PURE__*/ (() => looseObject({
  reserve: optional(looseObject({
    id: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    url: optional(string()),
    live_link: optional(string()),
    end_time: optional(string()),
    expire_status: optional(number()),
  })),
  reserve_correction_check_info: optional(looseObject({ invalid_host_id_list: optional(array(string())) })),
}))()

/** Schema of {@link PatchReserveConfigOutput}, for opt-in response validation. */
export const PatchReserveConfigOutputSchema: GenericSchema<PatchReserveConfigOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ReserveReserveConfigScopeOutput}, for opt-in response validation. */
export const ReserveReserveConfigScopeOutputSchema: GenericSchema<ReserveReserveConfigScopeOutput> = /*#__PURE__*/ (() => looseObject({
  approve_config: optional(ApprovalConfigSchema()),
  time_config: optional(TimeConfigSchema()),
  reserve_scope_config: optional(ReserveScopeConfigSchema()),
}))()

/** Schema of {@link GetReserveConfigAdminOutput}, for opt-in response validation. */
export const GetReserveConfigAdminOutputSchema: GenericSchema<GetReserveConfigAdminOutput> = /*#__PURE__*/ (() => looseObject({
  reserve_admin_config: ReserveAdminConfigSchema(),
}))()

/** Schema of {@link PatchReserveConfigAdminOutput}, for opt-in response validation. */
export const PatchReserveConfigAdminOutputSchema: GenericSchema<PatchReserveConfigAdminOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetReserveConfigDisableInformOutput}, for opt-in response validation. */
export const GetReserveConfigDisableInformOutputSchema: GenericSchema<GetReserveConfigDisableInformOutput> = /*#__PURE__*/ (() => looseObject({
  disable_inform: optional(DisableInformSchema()),
}))()

/** Schema of {@link PatchReserveConfigDisableInformOutput}, for opt-in response validation. */
export const PatchReserveConfigDisableInformOutputSchema: GenericSchema<PatchReserveConfigDisableInformOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetReserveConfigFormOutput}, for opt-in response validation. */
export const GetReserveConfigFormOutputSchema: GenericSchema<GetReserveConfigFormOutput> = /*#__PURE__*/ (() => looseObject({
  reserve_form_config: looseObject({
    if_cover_child_scope: optional(boolean()),
    reserve_form: boolean(),
    notified_users: optional(array(AllowUserSchema())),
    notified_time: optional(number()),
    time_unit: optional(number()),
    custom_list: optional(array(looseObject({
      custom_type: number(),
      key: string(),
      need_fill: boolean(),
      title: string(),
      placeholder: optional(string()),
      options: optional(array(looseObject({ text: string(), key: string(), is_other: optional(boolean()) }))),
      conditions: optional(array(looseObject({
        custom_key: optional(string()),
        option_keys: optional(array(string())),
      }))),
    }))),
  }),
}))()

/** Schema of {@link PatchReserveConfigFormOutput}, for opt-in response validation. */
export const PatchReserveConfigFormOutputSchema: GenericSchema<PatchReserveConfigFormOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetResourceReservationListOutput}, for opt-in response validation. */
export const GetResourceReservationListOutputSchema: GenericSchema<GetResourceReservationListOutput> = /*#__PURE__*/ (() => looseObject({
  room_reservation_list: optional(array(looseObject({
    room_id: optional(string()),
    room_name: optional(string()),
    event_title: optional(string()),
    reserver: optional(string()),
    reserver_user_id: optional(string()),
    department_of_reserver: optional(string()),
    guests_number: optional(string()),
    accepted_number: optional(string()),
    event_start_time: optional(string()),
    event_end_time: optional(string()),
    event_duration: optional(string()),
    reservation_status: optional(string()),
    check_in_device: optional(string()),
    room_check_in_status: optional(string()),
    check_in_time: optional(string()),
    is_release_early: optional(string()),
    releasing_person: optional(string()),
    releasing_time: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CreateRoomOutput}, for opt-in response validation. */
export const CreateRoomOutputSchema: GenericSchema<CreateRoomOutput> = /*#__PURE__*/ (() => looseObject({
  room: optional(RoomSchema()),
}))()

/** Schema of {@link DeleteRoomOutput}, for opt-in response validation. */
export const DeleteRoomOutputSchema: GenericSchema<DeleteRoomOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetRoomOutput}, for opt-in response validation. */
export const GetRoomOutputSchema: GenericSchema<GetRoomOutput> = /*#__PURE__*/ (() => looseObject({
  room: optional(RoomSchema()),
}))()

/** Schema of {@link ListRoomOutput}, for opt-in response validation. */
export const ListRoomOutputSchema: GenericSchema<ListRoomOutput> = /*#__PURE__*/ (() => looseObject({
  rooms: optional(array(RoomSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link MgetRoomOutput}, for opt-in response validation. */
export const MgetRoomOutputSchema: GenericSchema<MgetRoomOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(RoomSchema())),
}))()

/** Schema of {@link PatchRoomOutput}, for opt-in response validation. */
export const PatchRoomOutputSchema: GenericSchema<PatchRoomOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchRoomOutput}, for opt-in response validation. */
export const SearchRoomOutputSchema: GenericSchema<SearchRoomOutput> = /*#__PURE__*/ (() => looseObject({
  rooms: optional(array(RoomSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link DelRoomConfigOutput}, for opt-in response validation. */
export const DelRoomConfigOutputSchema: GenericSchema<DelRoomConfigOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link QueryRoomConfigOutput}, for opt-in response validation. */
export const QueryRoomConfigOutputSchema: GenericSchema<QueryRoomConfigOutput> = /*#__PURE__*/ (() => looseObject({
  room_background: optional(string()),
  display_background: optional(string()),
  digital_signage: optional(DigitalSignageSchema()),
  room_box_digital_signage: optional(DigitalSignageSchema()),
  room_status: optional(RoomStatusSchema()),
}))()

/** Schema of {@link SetRoomConfigOutput}, for opt-in response validation. */
export const SetRoomConfigOutputSchema: GenericSchema<SetRoomConfigOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SetRoomConfigCheckboardAccessCodeOutput}, for opt-in response validation. */
export const SetRoomConfigCheckboardAccessCodeOutputSchema: GenericSchema<SetRoomConfigCheckboardAccessCodeOutput> = /*#__PURE__*/ (() => looseObject({
  access_code: optional(string()),
}))()

/** Schema of {@link SetRoomConfigRoomAccessCodeOutput}, for opt-in response validation. */
export const SetRoomConfigRoomAccessCodeOutputSchema: GenericSchema<SetRoomConfigRoomAccessCodeOutput> = /*#__PURE__*/ (() => looseObject({
  access_code: optional(string()),
}))()

/** Schema of {@link CreateRoomLevelOutput}, for opt-in response validation. */
export const CreateRoomLevelOutputSchema: GenericSchema<CreateRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({
  room_level: optional(ItemSchema()),
}))()

/** Schema of {@link DelRoomLevelOutput}, for opt-in response validation. */
export const DelRoomLevelOutputSchema: GenericSchema<DelRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetRoomLevelOutput}, for opt-in response validation. */
export const GetRoomLevelOutputSchema: GenericSchema<GetRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({
  room_level: optional(ItemSchema()),
}))()

/** Schema of {@link ListRoomLevelOutput}, for opt-in response validation. */
export const ListRoomLevelOutputSchema: GenericSchema<ListRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link MgetRoomLevelOutput}, for opt-in response validation. */
export const MgetRoomLevelOutputSchema: GenericSchema<MgetRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link PatchRoomLevelOutput}, for opt-in response validation. */
export const PatchRoomLevelOutputSchema: GenericSchema<PatchRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link SearchRoomLevelOutput}, for opt-in response validation. */
export const SearchRoomLevelOutputSchema: GenericSchema<SearchRoomLevelOutput> = /*#__PURE__*/ (() => looseObject({
  level_ids: optional(array(string())),
}))()

/** Schema of {@link AccessScopeConfigCodeOutput}, for opt-in response validation. */
export const AccessScopeConfigCodeOutputSchema: GenericSchema<AccessScopeConfigCodeOutput> = /*#__PURE__*/ (() => looseObject({
  access_code: string(),
}))()

/** Schema of {@link CreateScopeConfigOutput}, for opt-in response validation. */
export const CreateScopeConfigOutputSchema: GenericSchema<CreateScopeConfigOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetScopeConfigOutput}, for opt-in response validation. */
export const GetScopeConfigOutputSchema: GenericSchema<GetScopeConfigOutput> = /*#__PURE__*/ (() => looseObject({
  current_config: optional(CurrentConfigSchema()),
  origin_configs: optional(array(CurrentConfigSchema())),
}))()
