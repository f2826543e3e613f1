// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, looseObject, number, string } from '../../core/valibot.ts'

/** Input of {@link batchGetSummary}. */
export interface BatchGetSummaryInput {
  body: { EventUids: { uid: string; original_time: number }[] }
}

/** `data` of a successful {@link batchGetSummary} response. */
export interface BatchGetSummaryOutput {
  EventInfos?: {
    uid?: string
    original_time?: number
    summary?: string
    vchat?: {
      vc_type?: 'vc' | 'third_party' | 'no_meeting' | 'lark_live' | 'unknown'
      icon_type?: 'vc' | 'live' | 'default'
      description?: string
      meeting_url?: string
    }
  }[]
  ErrorEventUids?: { uid?: string; original_time?: number; error_msg?: string }[]
}

/**
 * `meeting_room.summary.batch_get`: POST /open-apis/meeting_room/summary/batch_get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/calendar-v4/meeting-room-event/
 */
export const batchGetSummary = /*#__PURE__*/ endpoint<BatchGetSummaryInput, BatchGetSummaryOutput>({
  id: 'meeting_room.summary.batch_get',
  method: 'POST',
  path: '/open-apis/meeting_room/summary/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ EventUids: array(looseObject({ uid: string(), original_time: number() })) }) }),
})
