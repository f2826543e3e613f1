// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getChatModeration}. */
export interface GetChatModerationInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link getChatModeration} response. */
export interface GetChatModerationOutput {
  moderation_setting?: string
  page_token?: string
  has_more?: boolean
  items?: { user_id_type?: string; user_id?: string; tenant_key?: string }[]
}

/**
 * `im.v1.chat.moderation.get`: GET /open-apis/im/v1/chats/:chat_id/moderation (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=chat.moderation&version=v1
 */
export const getChatModeration = /*#__PURE__*/ endpoint<GetChatModerationInput, GetChatModerationOutput, true>({
  id: 'im.v1.chat.moderation.get',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/moderation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateChatModeration}. */
export interface UpdateChatModerationInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { moderation_setting?: string; moderator_added_list?: string[]; moderator_removed_list?: string[] }
}

/** `data` of a successful {@link updateChatModeration} response. */
export type UpdateChatModerationOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.moderation.update`: PUT /open-apis/im/v1/chats/:chat_id/moderation (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=chat.moderation&version=v1
 */
export const updateChatModeration = /*#__PURE__*/ endpoint<UpdateChatModerationInput, UpdateChatModerationOutput>({
  id: 'im.v1.chat.moderation.update',
  method: 'PUT',
  path: '/open-apis/im/v1/chats/:chat_id/moderation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        moderation_setting: optional(string()),
        moderator_added_list: optional(array(string())),
        moderator_removed_list: optional(array(string())),
      })),
    }),
})
