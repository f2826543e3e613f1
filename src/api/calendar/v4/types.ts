// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Attachment` of catalog/calendar.v4.json. */
export interface Attachment {
  file_token?: string
  file_size?: string
  is_deleted?: boolean
  name?: string
}

/** Shared shape `Attendee` of catalog/calendar.v4.json. */
export interface Attendee {
  type?: 'user' | 'chat' | 'third_party' | 'resource'
  attendee_id?: string
  rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
  is_optional?: boolean
  is_organizer?: boolean
  is_external?: boolean
  display_name?: string
  chat_members?: ChatMember[]
  user_id?: string
  chat_id?: string
  room_id?: string
  third_party_email?: string
  operate_id?: string
  resource_customization?: ResourceCustomization[]
  approval_reason?: string
}

/** Shared shape `Calendar` of catalog/calendar.v4.json. */
export interface Calendar {
  calendar_id: string
  summary?: string
  description?: string
  permissions?: 'private' | 'show_only_free_busy' | 'public'
  color?: number
  type?: 'unknown' | 'resource' | 'primary' | 'shared' | 'google' | 'exchange'
  summary_alias?: string
  is_deleted?: boolean
  is_third_party?: boolean
  role?: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'
}

/** Shared shape `ChatMember` of catalog/calendar.v4.json. */
export interface ChatMember {
  rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
  is_optional?: boolean
  display_name?: string
  is_organizer?: boolean
  is_external?: boolean
}

/** Shared shape `CheckInEndTime` of catalog/calendar.v4.json. */
export interface CheckInEndTime {
  time_type: 'before_event_start' | 'after_event_start' | 'after_event_end'
  duration: number
}

/** Shared shape `CreateSchema` of catalog/calendar.v4.json. */
export interface CreateSchema {
  ui_name?: string
  ui_status?: 'hide' | 'readonly' | 'editable' | 'unknown'
  app_link?: string
}

/** Shared shape `CreateVchat` of catalog/calendar.v4.json. */
export interface CreateVchat {
  vc_type?: 'vc' | 'third_party' | 'no_meeting' | 'lark_live' | 'unknown'
  icon_type?: 'vc' | 'live' | 'default'
  description?: string
  meeting_url?: string
  live_link?: string
  vc_info?: VcInfo
  meeting_settings?: MeetingSettings
  third_party_meeting_settings?: ThirdPartyMeetingSettings
}

/** Shared shape `EndTime` of catalog/calendar.v4.json. */
export interface EndTime {
  date?: string
  timestamp?: string
  timezone?: string
}

/** Shared shape `Event` of catalog/calendar.v4.json. */
export interface Event {
  event_id: string
  organizer_calendar_id?: string
  summary?: string
  description?: string
  start_time: EndTime
  end_time: EndTime
  vchat?: Vchat
  visibility?: 'default' | 'private' | 'public'
  attendee_ability?: 'none' | 'can_see_others' | 'can_invite_others' | 'can_modify_event'
  free_busy_status?: 'free' | 'busy'
  location?: Location
  color?: number
  reminders?: { minutes?: number }[]
  recurrence?: string
  status?: 'tentative' | 'confirmed' | 'cancelled'
  is_exception?: boolean
  recurring_event_id?: string
  create_time?: string
  schemas?: Schema[]
  event_organizer?: EventOrganizer
  app_link?: string
  attachments?: Attachment[]
  event_check_in?: EventCheckIn
  source?: string
  self_rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
  description_rich?: string
}

/** Shared shape `EventAttachment` of catalog/calendar.v4.json. */
export interface EventAttachment {
  file_token?: string
  file_size?: string
  name?: string
}

/** Shared shape `EventCheckIn` of catalog/calendar.v4.json. */
export interface EventCheckIn {
  enable_check_in: boolean
  check_in_start_time?: CheckInEndTime
  check_in_end_time?: CheckInEndTime
  need_notify_attendees?: boolean
}

/** Shared shape `EventOrganizer` of catalog/calendar.v4.json. */
export interface EventOrganizer {
  user_id?: string
  display_name?: string
}

/** Shared shape `Freebusy` of catalog/calendar.v4.json. */
export interface Freebusy {
  start_time: string
  end_time: string
  rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
}

/** Shared shape `GetEvent` of catalog/calendar.v4.json. */
export interface GetEvent {
  event_id: string
  organizer_calendar_id?: string
  summary?: string
  description?: string
  start_time: EndTime
  end_time: EndTime
  vchat?: Vchat
  visibility?: 'default' | 'private' | 'public'
  attendee_ability?: 'none' | 'can_see_others' | 'can_invite_others' | 'can_modify_event'
  free_busy_status?: 'free' | 'busy'
  location?: Location
  color?: number
  reminders?: { minutes?: number }[]
  recurrence?: string
  status?: 'tentative' | 'confirmed' | 'cancelled'
  is_exception?: boolean
  recurring_event_id?: string
  create_time?: string
  schemas?: Schema[]
  event_organizer?: EventOrganizer
  app_link?: string
  attendees?: {
    type?: 'user' | 'chat' | 'third_party' | 'resource'
    attendee_id?: string
    rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
    is_optional?: boolean
    is_organizer?: boolean
    is_external?: boolean
    display_name?: string
    chat_members?: ChatMember[]
    user_id?: string
    chat_id?: string
    room_id?: string
    third_party_email?: string
    operate_id?: string
  }[]
  has_more_attendee?: boolean
  attachments?: EventAttachment[]
  event_check_in?: EventCheckIn
  source?: string
  self_rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
  description_rich?: string
}

/** Shared shape `Item` of catalog/calendar.v4.json. */
export interface Item {
  event_id: string
  summary?: string
  description?: string
  start_time?: EndTime
  end_time?: EndTime
  status?: 'tentative' | 'confirmed' | 'cancelled'
  is_exception?: boolean
  app_link?: string
  organizer_calendar_id?: string
  vchat?: ItemVchat
  visibility?: 'default' | 'private' | 'public'
  attendee_ability?: 'none' | 'can_see_others' | 'can_invite_others' | 'can_modify_event'
  free_busy_status?: 'free' | 'busy'
  location?: Location
  color?: number
  recurring_event_id?: string
  event_organizer?: EventOrganizer
  attendees?: Attendee[]
  self_rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
  description_rich?: string
}

/** Shared shape `ItemVchat` of catalog/calendar.v4.json. */
export interface ItemVchat {
  vc_type?: 'unknown' | 'vc' | 'third_party' | 'no_meeting' | 'lark_live' | 'third_party_meeting'
  icon_type?: 'default' | 'vc' | 'live'
  description?: string
  meeting_url?: string
  live_link?: string
  vc_info?: VcInfo
}

/** Shared shape `Location` of catalog/calendar.v4.json. */
export interface Location {
  name?: string
  address?: string
  latitude?: number
  longitude?: number
}

/** Shared shape `MeetingSettings` of catalog/calendar.v4.json. */
export interface MeetingSettings {
  owner_id?: string
  join_meeting_permission?: 'anyone_can_join' | 'only_organization_employees' | 'only_event_attendees'
  password?: string
  assign_hosts?: string[]
  auto_record?: boolean
  open_lobby?: boolean
  allow_attendees_start?: boolean
}

/** Shared shape `PrimaryCalendar` of catalog/calendar.v4.json. */
export interface PrimaryCalendar {
  calendar?: Calendar
  user_id?: string
}

/** Shared shape `ResourceCustomization` of catalog/calendar.v4.json. */
export interface ResourceCustomization {
  index_key: string
  input_content?: string
  options?: { option_key?: string; others_content?: string }[]
}

/** Shared shape `Schema` of catalog/calendar.v4.json. */
export interface Schema {
  ui_name?: string
  ui_status?: 'unknown' | 'hide' | 'readonly' | 'editable'
  app_link?: string
}

/** Shared shape `Scope` of catalog/calendar.v4.json. */
export interface Scope {
  type: 'user'
  user_id?: string
}

/** Shared shape `ThirdPartyMeetingSettings` of catalog/calendar.v4.json. */
export interface ThirdPartyMeetingSettings {
  meeting_type?: string
  meeting_id?: string
  meeting_no?: string
  password?: string
  meeting_descriptions?: { lang?: string; description?: string }[]
}

/** Shared shape `VcInfo` of catalog/calendar.v4.json. */
export interface VcInfo {
  unique_id: string
  meeting_no: string
}

/** Shared shape `Vchat` of catalog/calendar.v4.json. */
export interface Vchat {
  vc_type?: 'unknown' | 'vc' | 'third_party' | 'no_meeting' | 'lark_live' | 'third_party_meeting'
  icon_type?: 'default' | 'vc' | 'live'
  description?: string
  meeting_url?: string
  live_link?: string
  vc_info?: VcInfo
  meeting_settings?: MeetingSettings
  third_party_meeting_settings?: ThirdPartyMeetingSettings
}
