// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateSchemaSchema, CreateVchatSchema, EndTimeSchema, EventCheckInSchema, LocationSchema } from './models.ts'
import type {
  Attachment,
  CreateSchema,
  CreateVchat,
  EndTime,
  Event,
  EventAttachment,
  EventCheckIn,
  EventOrganizer,
  GetEvent,
  Item,
  ItemVchat,
  Location,
  Schema,
} from './types.ts'

/** Input of {@link createCalendarEvent}. */
export interface CreateCalendarEventInput {
  path: { calendar_id: string }
  query?: { idempotency_key?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    summary?: string
    description?: string
    need_notification?: boolean
    start_time: EndTime
    end_time: EndTime
    vchat?: CreateVchat
    visibility?: 'default' | 'public' | 'private'
    attendee_ability?: 'none' | 'can_see_others' | 'can_invite_others' | 'can_modify_event'
    free_busy_status?: 'busy' | 'free'
    location?: Location
    color?: number
    reminders?: { minutes?: number }[]
    recurrence?: string
    schemas?: CreateSchema[]
    attachments?: { file_token?: string }[]
    event_check_in?: EventCheckIn
    source?: string
    description_rich?: string
  }
}

/** `data` of a successful {@link createCalendarEvent} response. */
export interface CreateCalendarEventOutput {
  event?: Event
}

/**
 * `calendar.v4.calendar.event.create`: POST /open-apis/calendar/v4/calendars/:calendar_id/events (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar.event&version=v4
 */
export const createCalendarEvent = /*#__PURE__*/ endpoint<CreateCalendarEventInput, CreateCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        idempotency_key: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        summary: optional(string()),
        description: optional(string()),
        need_notification: optional(boolean()),
        start_time: EndTimeSchema(),
        end_time: EndTimeSchema(),
        vchat: optional(CreateVchatSchema()),
        visibility: optional(picklist(['default', 'public', 'private'])),
        attendee_ability: optional(picklist(['none', 'can_see_others', 'can_invite_others', 'can_modify_event'])),
        free_busy_status: optional(picklist(['busy', 'free'])),
        location: optional(LocationSchema()),
        color: optional(number()),
        reminders: optional(array(looseObject({ minutes: optional(number()) }))),
        recurrence: optional(string()),
        schemas: optional(array(CreateSchemaSchema())),
        attachments: optional(array(looseObject({ file_token: optional(string()) }))),
        event_check_in: optional(EventCheckInSchema()),
        source: optional(string()),
        description_rich: optional(string()),
      }),
    }),
})

/** Input of {@link deleteCalendarEvent}. */
export interface DeleteCalendarEventInput {
  path: { calendar_id: string; event_id: string }
  query?: { need_notification?: 'true' | 'false' }
}

/** `data` of a successful {@link deleteCalendarEvent} response. */
export type DeleteCalendarEventOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.delete`: DELETE /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=calendar.event&version=v4
 */
export const deleteCalendarEvent = /*#__PURE__*/ endpoint<DeleteCalendarEventInput, DeleteCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({ need_notification: optional(picklist(['true', 'false'])) })),
    }),
})

/** Input of {@link getCalendarEvent}. */
export interface GetCalendarEventInput {
  path: { calendar_id: string; event_id: string }
  query?: {
    need_meeting_settings?: boolean
    need_attendee?: boolean
    max_attendee_num?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    op_user_id?: string
  }
}

/** `data` of a successful {@link getCalendarEvent} response. */
export interface GetCalendarEventOutput {
  event?: GetEvent
}

/**
 * `calendar.v4.calendar.event.get`: GET /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=calendar&resource=calendar.event&version=v4
 */
export const getCalendarEvent = /*#__PURE__*/ endpoint<GetCalendarEventInput, GetCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.get',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({
        need_meeting_settings: optional(boolean()),
        need_attendee: optional(boolean()),
        max_attendee_num: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        op_user_id: optional(string()),
      })),
    }),
})

/** Input of {@link instanceCalendarEventView}. */
export interface InstanceCalendarEventViewInput {
  path: { calendar_id: string }
  query: { start_time: string; end_time: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link instanceCalendarEventView} response. */
export interface InstanceCalendarEventViewOutput {
  items?: Item[]
}

/**
 * `calendar.v4.calendar.event.instance_view`: GET /open-apis/calendar/v4/calendars/:calendar_id/events/instance_view (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=instance_view&project=calendar&resource=calendar.event&version=v4
 */
export const instanceCalendarEventView = /*#__PURE__*/ endpoint<InstanceCalendarEventViewInput, InstanceCalendarEventViewOutput>({
  id: 'calendar.v4.calendar.event.instance_view',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/instance_view',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: looseObject({
        start_time: string(),
        end_time: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link instancesCalendarEvent}. */
export interface InstancesCalendarEventInput {
  path: { calendar_id: string; event_id: string }
  query: { start_time: string; end_time: string; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link instancesCalendarEvent} response. */
export interface InstancesCalendarEventOutput {
  items?: {
    event_id: string
    summary?: string
    description?: string
    start_time?: EndTime
    end_time?: EndTime
    status?: 'tentative' | 'confirmed' | 'cancelled'
    is_exception?: boolean
    app_link?: string
    location?: Location
    description_rich?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `calendar.v4.calendar.event.instances`: GET /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/instances (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=instances&project=calendar&resource=calendar.event&version=v4
 */
export const instancesCalendarEvent = /*#__PURE__*/ endpoint<InstancesCalendarEventInput, InstancesCalendarEventOutput, true>({
  id: 'calendar.v4.calendar.event.instances',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/instances',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: looseObject({
        start_time: string(),
        end_time: string(),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link listCalendarEvent}. */
export interface ListCalendarEventInput {
  path: { calendar_id: string }
  query?: {
    page_size?: number
    anchor_time?: string
    page_token?: string
    sync_token?: string
    start_time?: string
    end_time?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    op_user_id?: string
  }
}

/** `data` of a successful {@link listCalendarEvent} response. */
export interface ListCalendarEventOutput {
  has_more?: boolean
  page_token?: string
  sync_token?: string
  items?: {
    event_id: string
    organizer_calendar_id?: string
    summary?: string
    description?: string
    start_time: EndTime
    end_time: EndTime
    vchat?: ItemVchat
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
    attachments?: EventAttachment[]
    source?: string
    self_rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
    description_rich?: string
  }[]
}

/**
 * `calendar.v4.calendar.event.list`: GET /open-apis/calendar/v4/calendars/:calendar_id/events (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=calendar.event&version=v4
 */
export const listCalendarEvent = /*#__PURE__*/ endpoint<ListCalendarEventInput, ListCalendarEventOutput, true>({
  id: 'calendar.v4.calendar.event.list',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        anchor_time: optional(string()),
        page_token: optional(string()),
        sync_token: optional(string()),
        start_time: optional(string()),
        end_time: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        op_user_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchCalendarEvent}. */
export interface PatchCalendarEventInput {
  path: { calendar_id: string; event_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    summary?: string
    description?: string
    need_notification?: boolean
    start_time?: EndTime
    end_time?: EndTime
    vchat?: CreateVchat
    visibility?: 'default' | 'public' | 'private'
    attendee_ability?: 'none' | 'can_see_others' | 'can_invite_others' | 'can_modify_event'
    free_busy_status?: 'busy' | 'free'
    location?: Location
    color?: number
    reminders?: { minutes?: number }[]
    recurrence?: string
    schemas?: CreateSchema[]
    attachments?: { file_token?: string; is_deleted?: boolean }[]
    event_check_in?: EventCheckIn
    source?: string
    description_rich?: string
  }
}

/** `data` of a successful {@link patchCalendarEvent} response. */
export interface PatchCalendarEventOutput {
  event?: Event
}

/**
 * `calendar.v4.calendar.event.patch`: PATCH /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=calendar&resource=calendar.event&version=v4
 */
export const patchCalendarEvent = /*#__PURE__*/ endpoint<PatchCalendarEventInput, PatchCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.patch',
  method: 'PATCH',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        summary: optional(string()),
        description: optional(string()),
        need_notification: optional(boolean()),
        start_time: optional(EndTimeSchema()),
        end_time: optional(EndTimeSchema()),
        vchat: optional(CreateVchatSchema()),
        visibility: optional(picklist(['default', 'public', 'private'])),
        attendee_ability: optional(picklist(['none', 'can_see_others', 'can_invite_others', 'can_modify_event'])),
        free_busy_status: optional(picklist(['busy', 'free'])),
        location: optional(LocationSchema()),
        color: optional(number()),
        reminders: optional(array(looseObject({ minutes: optional(number()) }))),
        recurrence: optional(string()),
        schemas: optional(array(CreateSchemaSchema())),
        attachments: optional(array(looseObject({ file_token: optional(string()), is_deleted: optional(boolean()) }))),
        event_check_in: optional(EventCheckInSchema()),
        source: optional(string()),
        description_rich: optional(string()),
      })),
    }),
})

/** Input of {@link replyCalendarEvent}. */
export interface ReplyCalendarEventInput {
  path: { calendar_id: string; event_id: string }
  body: { rsvp_status: 'accept' | 'decline' | 'tentative' }
}

/** `data` of a successful {@link replyCalendarEvent} response. */
export type ReplyCalendarEventOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.reply`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/reply (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reply&project=calendar&resource=calendar.event&version=v4
 */
export const replyCalendarEvent = /*#__PURE__*/ endpoint<ReplyCalendarEventInput, ReplyCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.reply',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/reply',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      body: looseObject({ rsvp_status: picklist(['accept', 'decline', 'tentative']) }),
    }),
})

/** Input of {@link searchCalendarEvent}. */
export interface SearchCalendarEventInput {
  path: { calendar_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_token?: string; page_size?: number }
  body: {
    query: string
    filter?: { start_time?: EndTime; end_time?: EndTime; user_ids?: string[]; room_ids?: string[]; chat_ids?: string[] }
  }
}

/** `data` of a successful {@link searchCalendarEvent} response. */
export interface SearchCalendarEventOutput {
  items?: {
    event_id: string
    organizer_calendar_id?: string
    summary?: string
    description?: string
    start_time: EndTime
    end_time: EndTime
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
    event_organizer?: EventOrganizer
    app_link?: string
    attachments?: Attachment[]
    source?: string
    self_rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
    description_rich?: string
  }[]
  page_token?: string
}

/**
 * `calendar.v4.calendar.event.search`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=calendar&resource=calendar.event&version=v4
 */
export const searchCalendarEvent = /*#__PURE__*/ endpoint<SearchCalendarEventInput, SearchCalendarEventOutput, true>({
  id: 'calendar.v4.calendar.event.search',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: looseObject({
        query: string(),
        filter: optional(looseObject({
          start_time: optional(EndTimeSchema()),
          end_time: optional(EndTimeSchema()),
          user_ids: optional(array(string())),
          room_ids: optional(array(string())),
          chat_ids: optional(array(string())),
        })),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link subscriptionCalendarEvent}. */
export interface SubscriptionCalendarEventInput {
  path: { calendar_id: string }
  query?: { op_user_id?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link subscriptionCalendarEvent} response. */
export type SubscriptionCalendarEventOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.subscription`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/subscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=calendar&resource=calendar.event&version=v4
 */
export const subscriptionCalendarEvent = /*#__PURE__*/ endpoint<SubscriptionCalendarEventInput, SubscriptionCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.subscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/subscription',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        op_user_id: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
})

/** Input of {@link unsubscriptionCalendarEvent}. */
export interface UnsubscriptionCalendarEventInput {
  path: { calendar_id: string }
  query?: { op_user_id?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link unsubscriptionCalendarEvent} response. */
export type UnsubscriptionCalendarEventOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.unsubscription`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/unsubscription (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=calendar&resource=calendar.event&version=v4
 */
export const unsubscriptionCalendarEvent = /*#__PURE__*/ endpoint<UnsubscriptionCalendarEventInput, UnsubscriptionCalendarEventOutput>({
  id: 'calendar.v4.calendar.event.unsubscription',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/unsubscription',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string() }),
      query: optional(looseObject({
        op_user_id: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
})
