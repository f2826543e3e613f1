// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Operator } from './types.ts'

/** Input of {@link batchQueryMessageReaction}. */
export interface BatchQueryMessageReactionInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: {
    queries: { message_id?: string; page_token?: string }[]
    page_size_per_message?: number
    reaction_type?: string
  }
}

/** `data` of a successful {@link batchQueryMessageReaction} response. */
export interface BatchQueryMessageReactionOutput {
  success_msg_reaction_details?: {
    message_id?: string
    has_more?: boolean
    page_token?: string
    message_reaction_items?: { reaction_id?: string; operator?: Operator; action_time?: string; emoji_type?: string }[]
  }[]
  success_msg_reaction_counts?: { message_id?: string; reaction_count?: { reaction_type?: string; count?: string }[] }[]
  fail_msg_reaction_details?: {
    message_id?: string
    fail_reason?: 'invalid' | 'invalid_page_token' | 'no_permission'
  }[]
}

/**
 * `im.v1.message.reaction.batch_query`: POST /open-apis/im/v1/messages/reactions/batch_query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=im&resource=message.reaction&version=v1
 */
export const batchQueryMessageReaction = /*#__PURE__*/ endpoint<BatchQueryMessageReactionInput, BatchQueryMessageReactionOutput>({
  id: 'im.v1.message.reaction.batch_query',
  method: 'POST',
  path: '/open-apis/im/v1/messages/reactions/batch_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        queries: array(looseObject({ message_id: optional(string()), page_token: optional(string()) })),
        page_size_per_message: optional(number()),
        reaction_type: optional(string()),
      }),
    }),
})

/** Input of {@link createMessageReaction}. */
export interface CreateMessageReactionInput {
  path: { message_id: string }
  body: { reaction_type: { emoji_type: string } }
}

/** `data` of a successful {@link createMessageReaction} response. */
export interface CreateMessageReactionOutput {
  reaction_id?: string
  operator?: Operator
  action_time?: string
  reaction_type?: { emoji_type: string }
}

/**
 * `im.v1.message.reaction.create`: POST /open-apis/im/v1/messages/:message_id/reactions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=message.reaction&version=v1
 */
export const createMessageReaction = /*#__PURE__*/ endpoint<CreateMessageReactionInput, CreateMessageReactionOutput>({
  id: 'im.v1.message.reaction.create',
  method: 'POST',
  path: '/open-apis/im/v1/messages/:message_id/reactions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      body: looseObject({ reaction_type: looseObject({ emoji_type: string() }) }),
    }),
})

/** Input of {@link deleteMessageReaction}. */
export interface DeleteMessageReactionInput {
  path: { message_id: string; reaction_id: string }
}

/** `data` of a successful {@link deleteMessageReaction} response. */
export interface DeleteMessageReactionOutput {
  reaction_id?: string
  operator?: Operator
  action_time?: string
  reaction_type?: { emoji_type: string }
}

/**
 * `im.v1.message.reaction.delete`: DELETE /open-apis/im/v1/messages/:message_id/reactions/:reaction_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=message.reaction&version=v1
 */
export const deleteMessageReaction = /*#__PURE__*/ endpoint<DeleteMessageReactionInput, DeleteMessageReactionOutput>({
  id: 'im.v1.message.reaction.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/messages/:message_id/reactions/:reaction_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ message_id: string(), reaction_id: string() }) }),
})

/** Input of {@link listMessageReaction}. */
export interface ListMessageReactionInput {
  path: { message_id: string }
  query?: {
    reaction_type?: string
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listMessageReaction} response. */
export interface ListMessageReactionOutput {
  items: { reaction_id?: string; operator?: Operator; action_time?: string; reaction_type?: { emoji_type: string } }[]
  has_more: boolean
  page_token: string
}

/**
 * `im.v1.message.reaction.list`: GET /open-apis/im/v1/messages/:message_id/reactions (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=im&resource=message.reaction&version=v1
 */
export const listMessageReaction = /*#__PURE__*/ endpoint<ListMessageReactionInput, ListMessageReactionOutput, true>({
  id: 'im.v1.message.reaction.list',
  method: 'GET',
  path: '/open-apis/im/v1/messages/:message_id/reactions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: optional(looseObject({
        reaction_type: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
