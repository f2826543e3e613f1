// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createChatMembers}. */
export interface CreateChatMembersInput {
  path: { chat_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'app_id'; succeed_type?: number }
  body?: { id_list?: string[] }
}

/** `data` of a successful {@link createChatMembers} response. */
export interface CreateChatMembersOutput {
  invalid_id_list?: string[]
  not_existed_id_list?: string[]
  pending_approval_id_list?: string[]
}

/**
 * `im.v1.chat.members.create`: POST /open-apis/im/v1/chats/:chat_id/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=chat.members&version=v1
 */
export const createChatMembers = /*#__PURE__*/ endpoint<CreateChatMembersInput, CreateChatMembersOutput>({
  id: 'im.v1.chat.members.create',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'app_id'])),
        succeed_type: optional(number()),
      })),
      body: optional(looseObject({ id_list: optional(array(string())) })),
    }),
})

/** Input of {@link deleteChatMembers}. */
export interface DeleteChatMembersInput {
  path: { chat_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'app_id' }
  body?: { id_list?: string[] }
}

/** `data` of a successful {@link deleteChatMembers} response. */
export interface DeleteChatMembersOutput {
  invalid_id_list?: string[]
}

/**
 * `im.v1.chat.members.delete`: DELETE /open-apis/im/v1/chats/:chat_id/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=chat.members&version=v1
 */
export const deleteChatMembers = /*#__PURE__*/ endpoint<DeleteChatMembersInput, DeleteChatMembersOutput>({
  id: 'im.v1.chat.members.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/chats/:chat_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'app_id'])),
      })),
      body: optional(looseObject({ id_list: optional(array(string())) })),
    }),
})

/** Input of {@link getChatMembers}. */
export interface GetChatMembersInput {
  path: { chat_id: string }
  query?: {
    member_id_type?: 'open_id' | 'union_id' | 'user_id'
    page_size?: number
    page_token?: string
    check_security_conf?: boolean
  }
}

/** `data` of a successful {@link getChatMembers} response. */
export interface GetChatMembersOutput {
  items?: { member_id_type?: string; member_id?: string; name?: string; tenant_key?: string }[]
  page_token?: string
  has_more?: boolean
  member_total?: number
  trigger_security_conf_limit?: boolean
  security_conf_limit?: number
}

/**
 * `im.v1.chat.members.get`: GET /open-apis/im/v1/chats/:chat_id/members (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=chat.members&version=v1
 */
export const getChatMembers = /*#__PURE__*/ endpoint<GetChatMembersInput, GetChatMembersOutput, true>({
  id: 'im.v1.chat.members.get',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
        check_security_conf: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link isChatMembersInChat}. */
export interface IsChatMembersInChatInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link isChatMembersInChat} response. */
export interface IsChatMembersInChatOutput {
  is_in_chat?: boolean
}

/**
 * `im.v1.chat.members.is_in_chat`: GET /open-apis/im/v1/chats/:chat_id/members/is_in_chat (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=is_in_chat&project=im&resource=chat.members&version=v1
 */
export const isChatMembersInChat = /*#__PURE__*/ endpoint<IsChatMembersInChatInput, IsChatMembersInChatOutput>({
  id: 'im.v1.chat.members.is_in_chat',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/members/is_in_chat',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})

/** Input of {@link meChatMembersJoin}. */
export interface MeChatMembersJoinInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link meChatMembersJoin} response. */
export type MeChatMembersJoinOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.members.me_join`: PATCH /open-apis/im/v1/chats/:chat_id/members/me_join (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=me_join&project=im&resource=chat.members&version=v1
 */
export const meChatMembersJoin = /*#__PURE__*/ endpoint<MeChatMembersJoinInput, MeChatMembersJoinOutput>({
  id: 'im.v1.chat.members.me_join',
  method: 'PATCH',
  path: '/open-apis/im/v1/chats/:chat_id/members/me_join',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})
