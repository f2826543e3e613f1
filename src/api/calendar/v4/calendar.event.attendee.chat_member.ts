// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listCalendarEventAttendeeChatMember}. */
export interface ListCalendarEventAttendeeChatMemberInput {
  path: { calendar_id: string; event_id: string; attendee_id: string }
  query?: {
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    op_user_id?: string
  }
}

/** `data` of a successful {@link listCalendarEventAttendeeChatMember} response. */
export interface ListCalendarEventAttendeeChatMemberOutput {
  items?: {
    rsvp_status?: 'accept' | 'decline' | 'tentative' | 'needs_action' | 'removed'
    is_optional?: boolean
    display_name?: string
    open_id?: string
    is_organizer?: boolean
    is_external?: boolean
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `calendar.v4.calendar.event.attendee.chat_member.list`: GET /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees/:attendee_id/chat_members (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=calendar.event.attendee.chat_member&version=v4
 */
export const listCalendarEventAttendeeChatMember = /*#__PURE__*/ endpoint<ListCalendarEventAttendeeChatMemberInput, ListCalendarEventAttendeeChatMemberOutput, true>({
  id: 'calendar.v4.calendar.event.attendee.chat_member.list',
  method: 'GET',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/attendees/:attendee_id/chat_members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string(), attendee_id: string() }),
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        op_user_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
