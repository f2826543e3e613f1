// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Freebusy } from './types.ts'

/** Input of {@link batchFreebusy}. */
export interface BatchFreebusyInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: {
    time_min: string
    time_max: string
    user_ids: string[]
    include_external_calendar?: boolean
    only_busy?: boolean
    need_rsvp_status?: boolean
  }
}

/** `data` of a successful {@link batchFreebusy} response. */
export interface BatchFreebusyOutput {
  freebusy_lists?: { freebusy_items?: Freebusy[]; user_id?: string }[]
}

/**
 * `calendar.v4.freebusy.batch`: POST /open-apis/calendar/v4/freebusy/batch (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch&project=calendar&resource=freebusy&version=v4
 */
export const batchFreebusy = /*#__PURE__*/ endpoint<BatchFreebusyInput, BatchFreebusyOutput>({
  id: 'calendar.v4.freebusy.batch',
  method: 'POST',
  path: '/open-apis/calendar/v4/freebusy/batch',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        time_min: string(),
        time_max: string(),
        user_ids: array(string()),
        include_external_calendar: optional(boolean()),
        only_busy: optional(boolean()),
        need_rsvp_status: optional(boolean()),
      }),
    }),
})

/** Input of {@link listFreebusy}. */
export interface ListFreebusyInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    time_min: string
    time_max: string
    user_id?: string
    room_id?: string
    include_external_calendar?: boolean
    only_busy?: boolean
    need_rsvp_status?: boolean
  }
}

/** `data` of a successful {@link listFreebusy} response. */
export interface ListFreebusyOutput {
  freebusy_list?: Freebusy[]
}

/**
 * `calendar.v4.freebusy.list`: POST /open-apis/calendar/v4/freebusy/list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=calendar&resource=freebusy&version=v4
 */
export const listFreebusy = /*#__PURE__*/ endpoint<ListFreebusyInput, ListFreebusyOutput>({
  id: 'calendar.v4.freebusy.list',
  method: 'POST',
  path: '/open-apis/calendar/v4/freebusy/list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        time_min: string(),
        time_max: string(),
        user_id: optional(string()),
        room_id: optional(string()),
        include_external_calendar: optional(boolean()),
        only_busy: optional(boolean()),
        need_rsvp_status: optional(boolean()),
      }),
    }),
})
