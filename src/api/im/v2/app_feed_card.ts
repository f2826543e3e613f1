// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AppFeedCardSchema } from './models.ts'
import type { AppFeedCard, FailedCard } from './types.ts'

/** Input of {@link createAppFeedCard}. */
export interface CreateAppFeedCardInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { app_feed_card?: AppFeedCard; user_ids?: string[] }
}

/** `data` of a successful {@link createAppFeedCard} response. */
export interface CreateAppFeedCardOutput {
  failed_cards?: FailedCard[]
  biz_id?: string
}

/**
 * `im.v2.app_feed_card.create`: POST /open-apis/im/v2/app_feed_card (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=app_feed_card&version=v2
 */
export const createAppFeedCard = /*#__PURE__*/ endpoint<CreateAppFeedCardInput, CreateAppFeedCardOutput>({
  id: 'im.v2.app_feed_card.create',
  method: 'POST',
  path: '/open-apis/im/v2/app_feed_card',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        app_feed_card: optional(AppFeedCardSchema()),
        user_ids: optional(array(string())),
      })),
    }),
})
