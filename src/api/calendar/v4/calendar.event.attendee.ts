// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ResourceCustomizationSchema } from './models.ts'
import type { Attendee, ChatMember, ResourceCustomization } from './types.ts'

/** Input of {@link batchDeleteCalendarEventAttendee}. */
export interface BatchDeleteCalendarEventAttendeeInput {
  path: { calendar_id: string; event_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    attendee_ids?: string[]
    delete_ids?: {
      type?: 'user' | 'chat' | 'resource' | 'third_party'
      user_id?: string
      chat_id?: string
      room_id?: string
      third_party_email?: string
    }[]
    need_notification?: boolean
    instance_start_time_admin?: string
    is_enable_admin?: boolean
  }
}

/** `data` of a successful {@link batchDeleteCalendarEventAttendee} response. */
export type BatchDeleteCalendarEventAttendeeOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.attendee.batch_delete`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=calendar&resource=calendar.event.attendee&version=v4
 */
export const batchDeleteCalendarEventAttendee = /*#__PURE__*/ endpoint<BatchDeleteCalendarEventAttendeeInput, BatchDeleteCalendarEventAttendeeOutput>({
  id: 'calendar.v4.calendar.event.attendee.batch_delete',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        attendee_ids: optional(array(string())),
        delete_ids: optional(array(looseObject({
          type: optional(picklist(['user', 'chat', 'resource', 'third_party'])),
          user_id: optional(string()),
          chat_id: optional(string()),
          room_id: optional(string()),
          third_party_email: optional(string()),
        }))),
        need_notification: optional(boolean()),
        instance_start_time_admin: optional(string()),
        is_enable_admin: optional(boolean()),
      })),
    }),
})

/** Input of {@link createCalendarEventAttendee}. */
export interface CreateCalendarEventAttendeeInput {
  path: { calendar_id: string; event_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    attendees?: {
      type?: 'user' | 'chat' | 'resource' | 'third_party'
      is_optional?: boolean
      user_id?: string
      chat_id?: string
      room_id?: string
      third_party_email?: string
      operate_id?: string
      resource_customization?: ResourceCustomization[]
      approval_reason?: string
    }[]
    need_notification?: boolean
    instance_start_time_admin?: string
    is_enable_admin?: boolean
    add_operator_to_attendee?: boolean
  }
}

/** `data` of a successful {@link createCalendarEventAttendee} response. */
export interface CreateCalendarEventAttendeeOutput {
  attendees?: Attendee[]
}

/**
 * `calendar.v4.calendar.event.attendee.create`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar.event.attendee&version=v4
 */
export const createCalendarEventAttendee = /*#__PURE__*/ endpoint<CreateCalendarEventAttendeeInput, CreateCalendarEventAttendeeOutput>({
  id: 'calendar.v4.calendar.event.attendee.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        attendees: optional(array(looseObject({
          type: optional(picklist(['user', 'chat', 'resource', 'third_party'])),
          is_optional: optional(boolean()),
          user_id: optional(string()),
          chat_id: optional(string()),
          room_id: optional(string()),
          third_party_email: optional(string()),
          operate_id: optional(string()),
          resource_customization: optional(array(ResourceCustomizationSchema())),
          approval_reason: optional(string()),
        }))),
        need_notification: optional(boolean()),
        instance_start_time_admin: optional(string()),
        is_enable_admin: optional(boolean()),
        add_operator_to_attendee: optional(boolean()),
      })),
    }),
})

/** Input of {@link listCalendarEventAttendee}. */
export interface ListCalendarEventAttendeeInput {
  path: { calendar_id: string; event_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    need_resource_customization?: boolean
    page_token?: string
    page_size?: number
    op_user_id?: string
  }
}

/** `data` of a successful {@link listCalendarEventAttendee} response. */
export interface ListCalendarEventAttendeeOutput {
  items?: {
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
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `calendar.v4.calendar.event.attendee.list`: GET /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=calendar.event.attendee&version=v4
 */
export const listCalendarEventAttendee = /*#__PURE__*/ endpoint<ListCalendarEventAttendeeInput, ListCalendarEventAttendeeOutput, true>({
  id: 'calendar.v4.calendar.event.attendee.list',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        need_resource_customization: optional(boolean()),
        page_token: optional(string()),
        page_size: optional(number()),
        op_user_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
