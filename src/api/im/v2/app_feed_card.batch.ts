// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AppFeedCardSchema } from './models.ts'
import type { AppFeedCard, FailedCard } from './types.ts'

/** Input of {@link deleteAppFeedCardBatch}. */
export interface DeleteAppFeedCardBatchInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { feed_cards?: { biz_id: string; user_id: string }[] }
}

/** `data` of a successful {@link deleteAppFeedCardBatch} response. */
export interface DeleteAppFeedCardBatchOutput {
  failed_cards?: FailedCard[]
}

/**
 * `im.v2.app_feed_card.batch.delete`: DELETE /open-apis/im/v2/app_feed_card/batch (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=app_feed_card.batch&version=v2
 */
export const deleteAppFeedCardBatch = /*#__PURE__*/ endpoint<DeleteAppFeedCardBatchInput, DeleteAppFeedCardBatchOutput>({
  id: 'im.v2.app_feed_card.batch.delete',
  method: 'DELETE',
  path: '/open-apis/im/v2/app_feed_card/batch',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        feed_cards: optional(array(looseObject({ biz_id: string(), user_id: string() }))),
      })),
    }),
})

/** Input of {@link updateAppFeedCardBatch}. */
export interface UpdateAppFeedCardBatchInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    feed_cards?: {
      app_feed_card: AppFeedCard
      user_id: string
      update_fields: ('1' | '2' | '3' | '10' | '11' | '12' | '13' | '101' | '102' | '103')[]
    }[]
  }
}

/** `data` of a successful {@link updateAppFeedCardBatch} response. */
export interface UpdateAppFeedCardBatchOutput {
  failed_cards?: FailedCard[]
}

/**
 * `im.v2.app_feed_card.batch.update`: PUT /open-apis/im/v2/app_feed_card/batch (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=app_feed_card.batch&version=v2
 */
export const updateAppFeedCardBatch = /*#__PURE__*/ endpoint<UpdateAppFeedCardBatchInput, UpdateAppFeedCardBatchOutput>({
  id: 'im.v2.app_feed_card.batch.update',
  method: 'PUT',
  path: '/open-apis/im/v2/app_feed_card/batch',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        feed_cards: optional(array(looseObject({
          app_feed_card: AppFeedCardSchema(),
          user_id: string(),
          update_fields: array(picklist(['1', '2', '3', '10', '11', '12', '13', '101', '102', '103'])),
        }))),
      })),
    }),
})
