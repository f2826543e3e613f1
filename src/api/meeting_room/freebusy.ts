// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, looseObject, maxLength, pipe, string } from '../../core/valibot.ts'

/** Input of {@link batchGetFreebusy}. */
export interface BatchGetFreebusyInput {
  query: {
    /** Max 20 items. */
    room_ids: string[]
    time_min: string
    time_max: string
  }
}

/** `data` of a successful {@link batchGetFreebusy} response. */
export interface BatchGetFreebusyOutput {
  time_min?: string
  time_max?: string
  free_busy?: {
    [key: string]: {
      start_time?: string
      end_time?: string
      uid?: string
      original_time?: number
      organizer_info?: { name?: string; open_id?: string }
    }[]
  }
}

/**
 * `meeting_room.freebusy.batch_get`: GET /open-apis/meeting_room/freebusy/batch_get (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/calendar-v4/meeting-room-event/query-room-availability
 */
export const batchGetFreebusy = /*#__PURE__*/ endpoint<BatchGetFreebusyInput, BatchGetFreebusyOutput>({
  id: 'meeting_room.freebusy.batch_get',
  method: 'GET',
  path: '/open-apis/meeting_room/freebusy/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ room_ids: pipe(array(string()), maxLength(20)), time_min: string(), time_max: string() }),
    }),
})
