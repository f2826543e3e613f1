// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createTimeoffEvent}. */
export interface CreateTimeoffEventInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    user_id: string
    timezone: string
    start_time: string
    end_time: string
    title?: string
    description?: string
  }
}

/** `data` of a successful {@link createTimeoffEvent} response. */
export interface CreateTimeoffEventOutput {
  timeoff_event_id: string
  user_id: string
  timezone: string
  start_time: string
  end_time: string
  title?: string
  description?: string
}

/**
 * `calendar.v4.timeoff_event.create`: POST /open-apis/calendar/v4/timeoff_events (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=timeoff_event&version=v4
 */
export const createTimeoffEvent = /*#__PURE__*/ endpoint<CreateTimeoffEventInput, CreateTimeoffEventOutput>({
  id: 'calendar.v4.timeoff_event.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/timeoff_events',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        user_id: string(),
        timezone: string(),
        start_time: string(),
        end_time: string(),
        title: optional(string()),
        description: optional(string()),
      }),
    }),
})

/** Input of {@link deleteTimeoffEvent}. */
export interface DeleteTimeoffEventInput {
  path: { timeoff_event_id: string }
}

/** `data` of a successful {@link deleteTimeoffEvent} response. */
export type DeleteTimeoffEventOutput = { [key: string]: unknown }

/**
 * `calendar.v4.timeoff_event.delete`: DELETE /open-apis/calendar/v4/timeoff_events/:timeoff_event_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=timeoff_event&version=v4
 */
export const deleteTimeoffEvent = /*#__PURE__*/ endpoint<DeleteTimeoffEventInput, DeleteTimeoffEventOutput>({
  id: 'calendar.v4.timeoff_event.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/timeoff_events/:timeoff_event_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ timeoff_event_id: string() }) }),
})
