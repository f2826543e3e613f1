// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createCalendarEventMeetingMinute}. */
export interface CreateCalendarEventMeetingMinuteInput {
  path: { calendar_id: string; event_id: string }
}

/** `data` of a successful {@link createCalendarEventMeetingMinute} response. */
export interface CreateCalendarEventMeetingMinuteOutput {
  doc_url?: string
}

/**
 * `calendar.v4.calendar.event.meeting_minute.create`: POST /open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_minute (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=calendar.event.meeting_minute&version=v4
 */
export const createCalendarEventMeetingMinute = /*#__PURE__*/ endpoint<CreateCalendarEventMeetingMinuteInput, CreateCalendarEventMeetingMinuteOutput>({
  id: 'calendar.v4.calendar.event.meeting_minute.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/calendars/:calendar_id/events/:event_id/meeting_minute',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ calendar_id: string(), event_id: string() }) }),
})
