// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link addChatManagersManagers}. */
export interface AddChatManagersManagersInput {
  path: { chat_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'app_id' }
  body?: { manager_ids?: string[] }
}

/** `data` of a successful {@link addChatManagersManagers} response. */
export interface AddChatManagersManagersOutput {
  chat_managers?: string[]
  chat_bot_managers?: string[]
}

/**
 * `im.v1.chat.managers.add_managers`: POST /open-apis/im/v1/chats/:chat_id/managers/add_managers (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_managers&project=im&resource=chat.managers&version=v1
 */
export const addChatManagersManagers = /*#__PURE__*/ endpoint<AddChatManagersManagersInput, AddChatManagersManagersOutput>({
  id: 'im.v1.chat.managers.add_managers',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/managers/add_managers',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'app_id'])),
      })),
      body: optional(looseObject({ manager_ids: optional(array(string())) })),
    }),
})

/** Input of {@link deleteChatManagersManagers}. */
export interface DeleteChatManagersManagersInput {
  path: { chat_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'app_id' }
  body?: { manager_ids?: string[] }
}

/** `data` of a successful {@link deleteChatManagersManagers} response. */
export interface DeleteChatManagersManagersOutput {
  chat_managers?: string[]
  chat_bot_managers?: string[]
}

/**
 * `im.v1.chat.managers.delete_managers`: POST /open-apis/im/v1/chats/:chat_id/managers/delete_managers (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_managers&project=im&resource=chat.managers&version=v1
 */
export const deleteChatManagersManagers = /*#__PURE__*/ endpoint<DeleteChatManagersManagersInput, DeleteChatManagersManagersOutput>({
  id: 'im.v1.chat.managers.delete_managers',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/managers/delete_managers',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'app_id'])),
      })),
      body: optional(looseObject({ manager_ids: optional(array(string())) })),
    }),
})
