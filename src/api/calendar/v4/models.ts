// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  Attachment,
  Attendee,
  Calendar,
  ChatMember,
  CheckInEndTime,
  CreateSchema,
  CreateVchat,
  EndTime,
  Event,
  EventAttachment,
  EventCheckIn,
  EventOrganizer,
  Freebusy,
  GetEvent,
  Item,
  ItemVchat,
  Location,
  MeetingSettings,
  PrimaryCalendar,
  ResourceCustomization,
  Schema,
  Scope,
  ThirdPartyMeetingSettings,
  VcInfo,
  Vchat,
} from './types.ts'

/** Builds the schema of {@link Attachment}. */
export function AttachmentSchema(): GenericSchema<Attachment> {
  return looseObject({
    file_token: optional(string()),
    file_size: optional(string()),
    is_deleted: optional(boolean()),
    name: optional(string()),
  })
}

/** Builds the schema of {@link Attendee}. */
export function AttendeeSchema(): GenericSchema<Attendee> {
  return looseObject({
    type: optional(picklist(['user', 'chat', 'third_party', 'resource'])),
    attendee_id: optional(string()),
    rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    is_optional: optional(boolean()),
    is_organizer: optional(boolean()),
    is_external: optional(boolean()),
    display_name: optional(string()),
    chat_members: optional(array(ChatMemberSchema())),
    user_id: optional(string()),
    chat_id: optional(string()),
    room_id: optional(string()),
    third_party_email: optional(string()),
    operate_id: optional(string()),
    resource_customization: optional(array(ResourceCustomizationSchema())),
    approval_reason: optional(string()),
  })
}

/** Builds the schema of {@link Calendar}. */
export function CalendarSchema(): GenericSchema<Calendar> {
  return looseObject({
    calendar_id: string(),
    summary: optional(string()),
    description: optional(string()),
    permissions: optional(picklist(['private', 'show_only_free_busy', 'public'])),
    color: optional(number()),
    type: optional(picklist(['unknown', 'resource', 'primary', 'shared', 'google', 'exchange'])),
    summary_alias: optional(string()),
    is_deleted: optional(boolean()),
    is_third_party: optional(boolean()),
    role: optional(picklist(['unknown', 'free_busy_reader', 'reader', 'writer', 'owner'])),
  })
}

/** Builds the schema of {@link ChatMember}. */
export function ChatMemberSchema(): GenericSchema<ChatMember> {
  return looseObject({
    rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    is_optional: optional(boolean()),
    display_name: optional(string()),
    is_organizer: optional(boolean()),
    is_external: optional(boolean()),
  })
}

/** Builds the schema of {@link CheckInEndTime}. */
export function CheckInEndTimeSchema(): GenericSchema<CheckInEndTime> {
  return looseObject({
    time_type: picklist(['before_event_start', 'after_event_start', 'after_event_end']),
    duration: number(),
  })
}

/** Builds the schema of {@link CreateSchema}. */
export function CreateSchemaSchema(): GenericSchema<CreateSchema> {
  return looseObject({
    ui_name: optional(string()),
    ui_status: optional(picklist(['hide', 'readonly', 'editable', 'unknown'])),
    app_link: optional(string()),
  })
}

/** Builds the schema of {@link CreateVchat}. */
export function CreateVchatSchema(): GenericSchema<CreateVchat> {
  return looseObject({
    vc_type: optional(picklist(['vc', 'third_party', 'no_meeting', 'lark_live', 'unknown'])),
    icon_type: optional(picklist(['vc', 'live', 'default'])),
    description: optional(string()),
    meeting_url: optional(string()),
    live_link: optional(string()),
    vc_info: optional(VcInfoSchema()),
    meeting_settings: optional(MeetingSettingsSchema()),
    third_party_meeting_settings: optional(ThirdPartyMeetingSettingsSchema()),
  })
}

/** Builds the schema of {@link EndTime}. */
export function EndTimeSchema(): GenericSchema<EndTime> {
  return looseObject({ date: optional(string()), timestamp: optional(string()), timezone: optional(string()) })
}

/** Builds the schema of {@link Event}. */
export function EventSchema(): GenericSchema<Event> {
  return looseObject({
    event_id: string(),
    organizer_calendar_id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    start_time: EndTimeSchema(),
    end_time: EndTimeSchema(),
    vchat: optional(VchatSchema()),
    visibility: optional(picklist(['default', 'private', 'public'])),
    attendee_ability: optional(picklist(['none', 'can_see_others', 'can_invite_others', 'can_modify_event'])),
    free_busy_status: optional(picklist(['free', 'busy'])),
    location: optional(LocationSchema()),
    color: optional(number()),
    reminders: optional(array(looseObject({ minutes: optional(number()) }))),
    recurrence: optional(string()),
    status: optional(picklist(['tentative', 'confirmed', 'cancelled'])),
    is_exception: optional(boolean()),
    recurring_event_id: optional(string()),
    create_time: optional(string()),
    schemas: optional(array(SchemaSchema())),
    event_organizer: optional(EventOrganizerSchema()),
    app_link: optional(string()),
    attachments: optional(array(AttachmentSchema())),
    event_check_in: optional(EventCheckInSchema()),
    source: optional(string()),
    self_rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    description_rich: optional(string()),
  })
}

/** Builds the schema of {@link EventAttachment}. */
export function EventAttachmentSchema(): GenericSchema<EventAttachment> {
  return looseObject({ file_token: optional(string()), file_size: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link EventCheckIn}. */
export function EventCheckInSchema(): GenericSchema<EventCheckIn> {
  return looseObject({
    enable_check_in: boolean(),
    check_in_start_time: optional(CheckInEndTimeSchema()),
    check_in_end_time: optional(CheckInEndTimeSchema()),
    need_notify_attendees: optional(boolean()),
  })
}

/** Builds the schema of {@link EventOrganizer}. */
export function EventOrganizerSchema(): GenericSchema<EventOrganizer> {
  return looseObject({ user_id: optional(string()), display_name: optional(string()) })
}

/** Builds the schema of {@link Freebusy}. */
export function FreebusySchema(): GenericSchema<Freebusy> {
  return looseObject({
    start_time: string(),
    end_time: string(),
    rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
  })
}

/** Builds the schema of {@link GetEvent}. */
export function GetEventSchema(): GenericSchema<GetEvent> {
  return looseObject({
    event_id: string(),
    organizer_calendar_id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    start_time: EndTimeSchema(),
    end_time: EndTimeSchema(),
    vchat: optional(VchatSchema()),
    visibility: optional(picklist(['default', 'private', 'public'])),
    attendee_ability: optional(picklist(['none', 'can_see_others', 'can_invite_others', 'can_modify_event'])),
    free_busy_status: optional(picklist(['free', 'busy'])),
    location: optional(LocationSchema()),
    color: optional(number()),
    reminders: optional(array(looseObject({ minutes: optional(number()) }))),
    recurrence: optional(string()),
    status: optional(picklist(['tentative', 'confirmed', 'cancelled'])),
    is_exception: optional(boolean()),
    recurring_event_id: optional(string()),
    create_time: optional(string()),
    schemas: optional(array(SchemaSchema())),
    event_organizer: optional(EventOrganizerSchema()),
    app_link: optional(string()),
    attendees: optional(array(looseObject({
      type: optional(picklist(['user', 'chat', 'third_party', 'resource'])),
      attendee_id: optional(string()),
      rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
      is_optional: optional(boolean()),
      is_organizer: optional(boolean()),
      is_external: optional(boolean()),
      display_name: optional(string()),
      chat_members: optional(array(ChatMemberSchema())),
      user_id: optional(string()),
      chat_id: optional(string()),
      room_id: optional(string()),
      third_party_email: optional(string()),
      operate_id: optional(string()),
    }))),
    has_more_attendee: optional(boolean()),
    attachments: optional(array(EventAttachmentSchema())),
    event_check_in: optional(EventCheckInSchema()),
    source: optional(string()),
    self_rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    description_rich: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    event_id: string(),
    summary: optional(string()),
    description: optional(string()),
    start_time: optional(EndTimeSchema()),
    end_time: optional(EndTimeSchema()),
    status: optional(picklist(['tentative', 'confirmed', 'cancelled'])),
    is_exception: optional(boolean()),
    app_link: optional(string()),
    organizer_calendar_id: optional(string()),
    vchat: optional(ItemVchatSchema()),
    visibility: optional(picklist(['default', 'private', 'public'])),
    attendee_ability: optional(picklist(['none', 'can_see_others', 'can_invite_others', 'can_modify_event'])),
    free_busy_status: optional(picklist(['free', 'busy'])),
    location: optional(LocationSchema()),
    color: optional(number()),
    recurring_event_id: optional(string()),
    event_organizer: optional(EventOrganizerSchema()),
    attendees: optional(array(AttendeeSchema())),
    self_rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    description_rich: optional(string()),
  })
}

/** Builds the schema of {@link ItemVchat}. */
export function ItemVchatSchema(): GenericSchema<ItemVchat> {
  return looseObject({
    vc_type: optional(picklist(['unknown', 'vc', 'third_party', 'no_meeting', 'lark_live', 'third_party_meeting'])),
    icon_type: optional(picklist(['default', 'vc', 'live'])),
    description: optional(string()),
    meeting_url: optional(string()),
    live_link: optional(string()),
    vc_info: optional(VcInfoSchema()),
  })
}

/** Builds the schema of {@link Location}. */
export function LocationSchema(): GenericSchema<Location> {
  return looseObject({
    name: optional(string()),
    address: optional(string()),
    latitude: optional(number()),
    longitude: optional(number()),
  })
}

/** Builds the schema of {@link MeetingSettings}. */
export function MeetingSettingsSchema(): GenericSchema<MeetingSettings> {
  return looseObject({
    owner_id: optional(string()),
    join_meeting_permission: optional(picklist([
      'anyone_can_join',
      'only_organization_employees',
      'only_event_attendees',
    ])),
    password: optional(string()),
    assign_hosts: optional(array(string())),
    auto_record: optional(boolean()),
    open_lobby: optional(boolean()),
    allow_attendees_start: optional(boolean()),
  })
}

/** Builds the schema of {@link PrimaryCalendar}. */
export function PrimaryCalendarSchema(): GenericSchema<PrimaryCalendar> {
  return looseObject({ calendar: optional(CalendarSchema()), user_id: optional(string()) })
}

/** Builds the schema of {@link ResourceCustomization}. */
export function ResourceCustomizationSchema(): GenericSchema<ResourceCustomization> {
  return looseObject({
    index_key: string(),
    input_content: optional(string()),
    options: optional(array(looseObject({ option_key: optional(string()), others_content: optional(string()) }))),
  })
}

/** Builds the schema of {@link Schema}. */
export function SchemaSchema(): GenericSchema<Schema> {
  return looseObject({
    ui_name: optional(string()),
    ui_status: optional(picklist(['unknown', 'hide', 'readonly', 'editable'])),
    app_link: optional(string()),
  })
}

/** Builds the schema of {@link Scope}. */
export function ScopeSchema(): GenericSchema<Scope> {
  return looseObject({ type: picklist(['user']), user_id: optional(string()) })
}

/** Builds the schema of {@link ThirdPartyMeetingSettings}. */
export function ThirdPartyMeetingSettingsSchema(): GenericSchema<ThirdPartyMeetingSettings> {
  return looseObject({
    meeting_type: optional(string()),
    meeting_id: optional(string()),
    meeting_no: optional(string()),
    password: optional(string()),
    meeting_descriptions: optional(array(looseObject({ lang: optional(string()), description: optional(string()) }))),
  })
}

/** Builds the schema of {@link VcInfo}. */
export function VcInfoSchema(): GenericSchema<VcInfo> {
  return looseObject({ unique_id: string(), meeting_no: string() })
}

/** Builds the schema of {@link Vchat}. */
export function VchatSchema(): GenericSchema<Vchat> {
  return looseObject({
    vc_type: optional(picklist(['unknown', 'vc', 'third_party', 'no_meeting', 'lark_live', 'third_party_meeting'])),
    icon_type: optional(picklist(['default', 'vc', 'live'])),
    description: optional(string()),
    meeting_url: optional(string()),
    live_link: optional(string()),
    vc_info: optional(VcInfoSchema()),
    meeting_settings: optional(MeetingSettingsSchema()),
    third_party_meeting_settings: optional(ThirdPartyMeetingSettingsSchema()),
  })
}
