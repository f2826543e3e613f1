// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AttachmentSchema,
  AttendeeSchema,
  CalendarSchema,
  ChatMemberSchema,
  EndTimeSchema,
  EventAttachmentSchema,
  EventOrganizerSchema,
  EventSchema,
  FreebusySchema,
  GetEventSchema,
  ItemSchema,
  ItemVchatSchema,
  LocationSchema,
  PrimaryCalendarSchema,
  ResourceCustomizationSchema,
  SchemaSchema,
  ScopeSchema,
} from './models.ts'
import type {
  CreateCalendarOutput,
  DeleteCalendarOutput,
  GetCalendarOutput,
  ListCalendarOutput,
  MgetCalendarOutput,
  PatchCalendarOutput,
  PrimaryCalendarOutput,
  PrimarysCalendarOutput,
  SearchCalendarOutput,
  SubscribeCalendarOutput,
  SubscriptionCalendarOutput,
  UnsubscribeCalendarOutput,
  UnsubscriptionCalendarOutput,
} from './calendar.ts'
import type {
  CreateCalendarAclOutput,
  DeleteCalendarAclOutput,
  ListCalendarAclOutput,
  SubscriptionCalendarAclOutput,
  UnsubscriptionCalendarAclOutput,
} from './calendar.acl.ts'
import type {
  CreateCalendarEventOutput,
  DeleteCalendarEventOutput,
  GetCalendarEventOutput,
  InstanceCalendarEventViewOutput,
  InstancesCalendarEventOutput,
  ListCalendarEventOutput,
  PatchCalendarEventOutput,
  ReplyCalendarEventOutput,
  SearchCalendarEventOutput,
  SubscriptionCalendarEventOutput,
  UnsubscriptionCalendarEventOutput,
} from './calendar.event.ts'
import type {
  BatchDeleteCalendarEventAttendeeOutput,
  CreateCalendarEventAttendeeOutput,
  ListCalendarEventAttendeeOutput,
} from './calendar.event.attendee.ts'
import type { ListCalendarEventAttendeeChatMemberOutput } from './calendar.event.attendee.chat_member.ts'
import type {
  CreateCalendarEventMeetingChatOutput,
  DeleteCalendarEventMeetingChatOutput,
} from './calendar.event.meeting_chat.ts'
import type { CreateCalendarEventMeetingMinuteOutput } from './calendar.event.meeting_minute.ts'
import type {
  CreateExchangeBindingOutput,
  DeleteExchangeBindingOutput,
  GetExchangeBindingOutput,
} from './exchange_binding.ts'
import type { BatchFreebusyOutput, ListFreebusyOutput } from './freebusy.ts'
import type { GenerateSettingCaldavConfOutput } from './setting.ts'
import type { CreateTimeoffEventOutput, DeleteTimeoffEventOutput } from './timeoff_event.ts'

/** Schema of {@link CreateCalendarOutput}, for opt-in response validation. */
export const CreateCalendarOutputSchema: GenericSchema<CreateCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendar: optional(CalendarSchema()),
}))()

/** Schema of {@link DeleteCalendarOutput}, for opt-in response validation. */
export const DeleteCalendarOutputSchema: GenericSchema<DeleteCalendarOutput> = /*#__PURE__*/ (() => looseObject({}))()

/** Schema of {@link GetCalendarOutput}, for opt-in response validation. */
export const GetCalendarOutputSchema: GenericSchema<GetCalendarOutput> = /*#__PURE__*/ (() => looseObject({
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
}))()

/** Schema of {@link ListCalendarOutput}, for opt-in response validation. */
export const ListCalendarOutputSchema: GenericSchema<ListCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  sync_token: optional(string()),
  calendar_list: optional(array(CalendarSchema())),
}))()

/** Schema of {@link MgetCalendarOutput}, for opt-in response validation. */
export const MgetCalendarOutputSchema: GenericSchema<MgetCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendars: optional(array(CalendarSchema())),
}))()

/** Schema of {@link PatchCalendarOutput}, for opt-in response validation. */
export const PatchCalendarOutputSchema: GenericSchema<PatchCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendar: optional(CalendarSchema()),
}))()

/** Schema of {@link PrimaryCalendarOutput}, for opt-in response validation. */
export const PrimaryCalendarOutputSchema: GenericSchema<PrimaryCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendars: optional(array(PrimaryCalendarSchema())),
}))()

/** Schema of {@link PrimarysCalendarOutput}, for opt-in response validation. */
export const PrimarysCalendarOutputSchema: GenericSchema<PrimarysCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendars: optional(array(PrimaryCalendarSchema())),
}))()

/** Schema of {@link SearchCalendarOutput}, for opt-in response validation. */
export const SearchCalendarOutputSchema: GenericSchema<SearchCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(CalendarSchema())),
  page_token: optional(string()),
}))()

/** Schema of {@link SubscribeCalendarOutput}, for opt-in response validation. */
export const SubscribeCalendarOutputSchema: GenericSchema<SubscribeCalendarOutput> = /*#__PURE__*/ (() => looseObject({
  calendar: optional(CalendarSchema()),
}))()

/** Schema of {@link SubscriptionCalendarOutput}, for opt-in response validation. */
export const SubscriptionCalendarOutputSchema: GenericSchema<SubscriptionCalendarOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscribeCalendarOutput}, for opt-in response validation. */
export const UnsubscribeCalendarOutputSchema: GenericSchema<UnsubscribeCalendarOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionCalendarOutput}, for opt-in response validation. */
export const UnsubscriptionCalendarOutputSchema: GenericSchema<UnsubscriptionCalendarOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCalendarAclOutput}, for opt-in response validation. */
export const CreateCalendarAclOutputSchema: GenericSchema<CreateCalendarAclOutput> = /*#__PURE__*/ (() => looseObject({
  acl_id: string(),
  role: picklist(['unknown', 'free_busy_reader', 'reader', 'writer', 'owner']),
  scope: ScopeSchema(),
}))()

/** Schema of {@link DeleteCalendarAclOutput}, for opt-in response validation. */
export const DeleteCalendarAclOutputSchema: GenericSchema<DeleteCalendarAclOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link ListCalendarAclOutput}, for opt-in response validation. */
export const ListCalendarAclOutputSchema: GenericSchema<ListCalendarAclOutput> = /*#__PURE__*/ (() => looseObject({
  acls: optional(array(looseObject({
    acl_id: string(),
    role: picklist(['unknown', 'free_busy_reader', 'reader', 'writer', 'owner']),
    scope: ScopeSchema(),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link SubscriptionCalendarAclOutput}, for opt-in response validation. */
export const SubscriptionCalendarAclOutputSchema: GenericSchema<SubscriptionCalendarAclOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionCalendarAclOutput}, for opt-in response validation. */
export const UnsubscriptionCalendarAclOutputSchema: GenericSchema<UnsubscriptionCalendarAclOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCalendarEventOutput}, for opt-in response validation. */
export const CreateCalendarEventOutputSchema: GenericSchema<CreateCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  event: optional(EventSchema()),
}))()

/** Schema of {@link DeleteCalendarEventOutput}, for opt-in response validation. */
export const DeleteCalendarEventOutputSchema: GenericSchema<DeleteCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetCalendarEventOutput}, for opt-in response validation. */
export const GetCalendarEventOutputSchema: GenericSchema<GetCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  event: optional(GetEventSchema()),
}))()

/** Schema of {@link InstanceCalendarEventViewOutput}, for opt-in response validation. */
export const InstanceCalendarEventViewOutputSchema: GenericSchema<InstanceCalendarEventViewOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(ItemSchema())),
}))()

/** Schema of {@link InstancesCalendarEventOutput}, for opt-in response validation. */
export const InstancesCalendarEventOutputSchema: GenericSchema<InstancesCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    event_id: string(),
    summary: optional(string()),
    description: optional(string()),
    start_time: optional(EndTimeSchema()),
    end_time: optional(EndTimeSchema()),
    status: optional(picklist(['tentative', 'confirmed', 'cancelled'])),
    is_exception: optional(boolean()),
    app_link: optional(string()),
    location: optional(LocationSchema()),
    description_rich: optional(string()),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link ListCalendarEventOutput}, for opt-in response validation. */
export const ListCalendarEventOutputSchema: GenericSchema<ListCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  has_more: optional(boolean()),
  page_token: optional(string()),
  sync_token: optional(string()),
  items: optional(array(looseObject({
    event_id: string(),
    organizer_calendar_id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    start_time: EndTimeSchema(),
    end_time: EndTimeSchema(),
    vchat: optional(ItemVchatSchema()),
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
    attachments: optional(array(EventAttachmentSchema())),
    source: optional(string()),
    self_rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    description_rich: optional(string()),
  }))),
}))()

/** Schema of {@link PatchCalendarEventOutput}, for opt-in response validation. */
export const PatchCalendarEventOutputSchema: GenericSchema<PatchCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  event: optional(EventSchema()),
}))()

/** Schema of {@link ReplyCalendarEventOutput}, for opt-in response validation. */
export const ReplyCalendarEventOutputSchema: GenericSchema<ReplyCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link SearchCalendarEventOutput}, for opt-in response validation. */
export const SearchCalendarEventOutputSchema: GenericSchema<SearchCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    event_id: string(),
    organizer_calendar_id: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    start_time: EndTimeSchema(),
    end_time: EndTimeSchema(),
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
    event_organizer: optional(EventOrganizerSchema()),
    app_link: optional(string()),
    attachments: optional(array(AttachmentSchema())),
    source: optional(string()),
    self_rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    description_rich: optional(string()),
  }))),
  page_token: optional(string()),
}))()

/** Schema of {@link SubscriptionCalendarEventOutput}, for opt-in response validation. */
export const SubscriptionCalendarEventOutputSchema: GenericSchema<SubscriptionCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link UnsubscriptionCalendarEventOutput}, for opt-in response validation. */
export const UnsubscriptionCalendarEventOutputSchema: GenericSchema<UnsubscriptionCalendarEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link BatchDeleteCalendarEventAttendeeOutput}, for opt-in response validation. */
export const BatchDeleteCalendarEventAttendeeOutputSchema: GenericSchema<BatchDeleteCalendarEventAttendeeOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCalendarEventAttendeeOutput}, for opt-in response validation. */
export const CreateCalendarEventAttendeeOutputSchema: GenericSchema<CreateCalendarEventAttendeeOutput> = /*#__PURE__*/ (() => looseObject({
  attendees: optional(array(AttendeeSchema())),
}))()

/** Schema of {@link ListCalendarEventAttendeeOutput}, for opt-in response validation. */
export const ListCalendarEventAttendeeOutputSchema: GenericSchema<ListCalendarEventAttendeeOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
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
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link ListCalendarEventAttendeeChatMemberOutput}, for opt-in response validation. */
export const ListCalendarEventAttendeeChatMemberOutputSchema: GenericSchema<ListCalendarEventAttendeeChatMemberOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    rsvp_status: optional(picklist(['accept', 'decline', 'tentative', 'needs_action', 'removed'])),
    is_optional: optional(boolean()),
    display_name: optional(string()),
    open_id: optional(string()),
    is_organizer: optional(boolean()),
    is_external: optional(boolean()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link CreateCalendarEventMeetingChatOutput}, for opt-in response validation. */
export const CreateCalendarEventMeetingChatOutputSchema: GenericSchema<CreateCalendarEventMeetingChatOutput> = /*#__PURE__*/ (() => looseObject({
  meeting_chat_id: optional(string()),
  applink: optional(string()),
}))()

/** Schema of {@link DeleteCalendarEventMeetingChatOutput}, for opt-in response validation. */
export const DeleteCalendarEventMeetingChatOutputSchema: GenericSchema<DeleteCalendarEventMeetingChatOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateCalendarEventMeetingMinuteOutput}, for opt-in response validation. */
export const CreateCalendarEventMeetingMinuteOutputSchema: GenericSchema<CreateCalendarEventMeetingMinuteOutput> = /*#__PURE__*/ (() => looseObject({
  doc_url: optional(string()),
}))()

/** Schema of {@link CreateExchangeBindingOutput}, for opt-in response validation. */
export const CreateExchangeBindingOutputSchema: GenericSchema<CreateExchangeBindingOutput> = /*#__PURE__*/ (() => looseObject({
  admin_account: optional(string()),
  exchange_account: optional(string()),
  user_id: optional(string()),
  status: optional(picklist(['done', 'doing', 'cal_done', 'timespan_done', 'err'])),
  exchange_binding_id: string(),
}))()

/** Schema of {@link DeleteExchangeBindingOutput}, for opt-in response validation. */
export const DeleteExchangeBindingOutputSchema: GenericSchema<DeleteExchangeBindingOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link GetExchangeBindingOutput}, for opt-in response validation. */
export const GetExchangeBindingOutputSchema: GenericSchema<GetExchangeBindingOutput> = /*#__PURE__*/ (() => looseObject({
  admin_account: optional(string()),
  exchange_account: optional(string()),
  user_id: optional(string()),
  status: optional(picklist(['done', 'doing', 'cal_done', 'timespan_done', 'err'])),
  exchange_binding_id: optional(string()),
}))()

/** Schema of {@link BatchFreebusyOutput}, for opt-in response validation. */
export const BatchFreebusyOutputSchema: GenericSchema<BatchFreebusyOutput> = /*#__PURE__*/ (() => looseObject({
  freebusy_lists: optional(array(looseObject({
    freebusy_items: optional(array(FreebusySchema())),
    user_id: optional(string()),
  }))),
}))()

/** Schema of {@link ListFreebusyOutput}, for opt-in response validation. */
export const ListFreebusyOutputSchema: GenericSchema<ListFreebusyOutput> = /*#__PURE__*/ (() => looseObject({
  freebusy_list: optional(array(FreebusySchema())),
}))()

/** Schema of {@link GenerateSettingCaldavConfOutput}, for opt-in response validation. */
export const GenerateSettingCaldavConfOutputSchema: GenericSchema<GenerateSettingCaldavConfOutput> = /*#__PURE__*/ (() => looseObject({
  password: optional(string()),
  user_name: optional(string()),
  server_address: optional(string()),
  device_name: optional(string()),
}))()

/** Schema of {@link CreateTimeoffEventOutput}, for opt-in response validation. */
export const CreateTimeoffEventOutputSchema: GenericSchema<CreateTimeoffEventOutput> = /*#__PURE__*/ (() => looseObject({
  timeoff_event_id: string(),
  user_id: string(),
  timezone: string(),
  start_time: string(),
  end_time: string(),
  title: optional(string()),
  description: optional(string()),
}))()

/** Schema of {@link DeleteTimeoffEventOutput}, for opt-in response validation. */
export const DeleteTimeoffEventOutputSchema: GenericSchema<DeleteTimeoffEventOutput> = /*#__PURE__*/ (() => looseObject({
}))()
