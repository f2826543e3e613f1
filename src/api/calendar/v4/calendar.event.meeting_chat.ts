// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createCalendarEventMeetingChat}. */
export interface CreateCalendarEventMeetingChatInput {
  path: { calendar_id: string; event_id: string }
}

/** `data` of a successful {@link createCalendarEventMeetingChat} response. */
export interface CreateCalendarEventMeetingChatOutput {
  meeting_chat_id?: string
  applink?: string
}

/**
 * `calendar.v4.calendar.event.meeting_chat.create`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_chat (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar.event.meeting_chat&version=v4
 */
export const createCalendarEventMeetingChat = /*#__PURE__*/ endpoint<CreateCalendarEventMeetingChatInput, CreateCalendarEventMeetingChatOutput>({
  id: 'calendar.v4.calendar.event.meeting_chat.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_chat',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string(), event_id: string() }) }),
})

/** Input of {@link deleteCalendarEventMeetingChat}. */
export interface DeleteCalendarEventMeetingChatInput {
  path: { calendar_id: string; event_id: string }
  query: { meeting_chat_id: string }
}

/** `data` of a successful {@link deleteCalendarEventMeetingChat} response. */
export type DeleteCalendarEventMeetingChatOutput = { [key: string]: unknown }

/**
 * `calendar.v4.calendar.event.meeting_chat.delete`: DELETE /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_chat (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=calendar.event.meeting_chat&version=v4
 */
export const deleteCalendarEventMeetingChat = /*#__PURE__*/ endpoint<DeleteCalendarEventMeetingChatInput, DeleteCalendarEventMeetingChatOutput>({
  id: 'calendar.v4.calendar.event.meeting_chat.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_chat',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ calendar_id: string(), event_id: string() }),
      query: looseObject({ meeting_chat_id: string() }),
    }),
})
