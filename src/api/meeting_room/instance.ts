// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { looseObject, number, picklist, string } from '../../core/valibot.ts'

/** Input of {@link replyInstance}. */
export interface ReplyInstanceInput {
  body: {
    room_id: string
    uid: string
    original_time: number
    status: 'NOT_CHECK_IN' | 'ENDED_BEFORE_DUE' | 'ACCEPTED_BY_ADMIN' | 'DECLINED_BY_ADMIN'
  }
}

/** `data` of a successful {@link replyInstance} response. */
export type ReplyInstanceOutput = { [key: string]: unknown }

/**
 * `meeting_room.instance.reply`: POST /open-apis/meeting_room/instance/reply (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/calendar-v4/meeting-room-event/reply-meeting-room-event-instance
 */
export const replyInstance = /*#__PURE__*/ endpoint<ReplyInstanceInput, ReplyInstanceOutput>({
  id: 'meeting_room.instance.reply',
  method: 'POST',
  path: '/open-apis/meeting_room/instance/reply',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        room_id: string(),
        uid: string(),
        original_time: number(),
        status: picklist(['NOT_CHECK_IN', 'ENDED_BEFORE_DUE', 'ACCEPTED_BY_ADMIN', 'DECLINED_BY_ADMIN']),
      }),
    }),
})
