// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { FailedUserReason } from './types.ts'

/** Input of {@link botFeedCardTimeSentive}. */
export interface BotFeedCardTimeSentiveInput {
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { bot_id?: string; time_sensitive: boolean; user_ids: string[] }
}

/** `data` of a successful {@link botFeedCardTimeSentive} response. */
export interface BotFeedCardTimeSentiveOutput {
  failed_user_reasons?: FailedUserReason[]
}

/**
 * `im.v2.feed_card.bot_time_sentive`: PATCH /open-apis/im/v2/feed_cards/bot_time_sentive (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=bot_time_sentive&project=im&resource=feed_card&version=v2
 */
export const botFeedCardTimeSentive = /*#__PURE__*/ endpoint<BotFeedCardTimeSentiveInput, BotFeedCardTimeSentiveOutput>({
  id: 'im.v2.feed_card.bot_time_sentive',
  method: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/bot_time_sentive',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ bot_id: optional(string()), time_sensitive: boolean(), user_ids: array(string()) }),
    }),
})

/** Input of {@link patchFeedCard}. */
export interface PatchFeedCardInput {
  path: { feed_card_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { time_sensitive: boolean; user_ids: string[] }
}

/** `data` of a successful {@link patchFeedCard} response. */
export interface PatchFeedCardOutput {
  failed_user_reasons?: FailedUserReason[]
}

/**
 * `im.v2.feed_card.patch`: PATCH /open-apis/im/v2/feed_cards/:feed_card_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=im&resource=feed_card&version=v2
 */
export const patchFeedCard = /*#__PURE__*/ endpoint<PatchFeedCardInput, PatchFeedCardOutput>({
  id: 'im.v2.feed_card.patch',
  method: 'PATCH',
  path: '/open-apis/im/v2/feed_cards/:feed_card_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ feed_card_id: string() }),
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ time_sensitive: boolean(), user_ids: array(string()) }),
    }),
})
