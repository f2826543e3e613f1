// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { I18nNamesSchema, RestrictedModeSettingSchema } from './models.ts'
import type { I18nNames, ListItem, RestrictedModeSetting } from './types.ts'

/** Input of {@link createChat}. */
export interface CreateChatInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; set_bot_manager?: boolean; uuid?: string }
  body?: {
    avatar?: string
    name?: string
    description?: string
    i18n_names?: I18nNames
    owner_id?: string
    user_id_list?: string[]
    bot_id_list?: string[]
    group_message_type?: 'chat' | 'thread'
    chat_mode?: string
    chat_type?: string
    external?: boolean
    join_message_visibility?: string
    leave_message_visibility?: string
    membership_approval?: string
    labels?: string[]
    toolkit_ids?: string[]
    restricted_mode_setting?: RestrictedModeSetting
    urgent_setting?: 'only_owner' | 'all_members'
    video_conference_setting?: 'only_owner' | 'all_members'
    edit_permission?: 'only_owner' | 'all_members'
    chat_tags?: string[]
    pin_manage_setting?: 'only_owner' | 'all_members'
    hide_member_count_setting?: 'all_members' | 'only_owner'
  }
}

/** `data` of a successful {@link createChat} response. */
export interface CreateChatOutput {
  chat_id?: string
  avatar?: string
  name?: string
  description?: string
  i18n_names?: I18nNames
  owner_id?: string
  owner_id_type?: string
  urgent_setting?: 'all_members' | 'only_owner'
  video_conference_setting?: 'all_members' | 'only_owner'
  pin_manage_setting?: 'all_members' | 'only_owner'
  add_member_permission?: string
  share_card_permission?: string
  at_all_permission?: string
  edit_permission?: string
  group_message_type?: string
  chat_mode?: string
  chat_type?: string
  chat_tag?: string
  external?: boolean
  tenant_key?: string
  join_message_visibility?: string
  leave_message_visibility?: string
  membership_approval?: string
  moderation_permission?: string
  labels?: string[]
  toolkit_ids?: string[]
  restricted_mode_setting?: RestrictedModeSetting
  hide_member_count_setting?: 'all_members' | 'only_owner'
}

/**
 * `im.v1.chat.create`: POST /open-apis/im/v1/chats (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=chat&version=v1
 */
export const createChat = /*#__PURE__*/ endpoint<CreateChatInput, CreateChatOutput>({
  id: 'im.v1.chat.create',
  method: 'POST',
  path: '/open-apis/im/v1/chats',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        set_bot_manager: optional(boolean()),
        uuid: optional(string()),
      })),
      body: optional(looseObject({
        avatar: optional(string()),
        name: optional(string()),
        description: optional(string()),
        i18n_names: optional(I18nNamesSchema()),
        owner_id: optional(string()),
        user_id_list: optional(array(string())),
        bot_id_list: optional(array(string())),
        group_message_type: optional(picklist(['chat', 'thread'])),
        chat_mode: optional(string()),
        chat_type: optional(string()),
        external: optional(boolean()),
        join_message_visibility: optional(string()),
        leave_message_visibility: optional(string()),
        membership_approval: optional(string()),
        labels: optional(array(string())),
        toolkit_ids: optional(array(string())),
        restricted_mode_setting: optional(RestrictedModeSettingSchema()),
        urgent_setting: optional(picklist(['only_owner', 'all_members'])),
        video_conference_setting: optional(picklist(['only_owner', 'all_members'])),
        edit_permission: optional(picklist(['only_owner', 'all_members'])),
        chat_tags: optional(array(string())),
        pin_manage_setting: optional(picklist(['only_owner', 'all_members'])),
        hide_member_count_setting: optional(picklist(['all_members', 'only_owner'])),
      })),
    }),
})

/** Input of {@link deleteChat}. */
export interface DeleteChatInput {
  path: { chat_id: string }
}

/** `data` of a successful {@link deleteChat} response. */
export type DeleteChatOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.delete`: DELETE /open-apis/im/v1/chats/:chat_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=chat&version=v1
 */
export const deleteChat = /*#__PURE__*/ endpoint<DeleteChatInput, DeleteChatOutput>({
  id: 'im.v1.chat.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/chats/:chat_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ chat_id: string() }) }),
})

/** Input of {@link getChat}. */
export interface GetChatInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getChat} response. */
export interface GetChatOutput {
  avatar?: string
  name?: string
  description?: string
  i18n_names?: I18nNames
  add_member_permission?: string
  share_card_permission?: string
  at_all_permission?: string
  edit_permission?: string
  owner_id_type?: string
  owner_id?: string
  user_manager_id_list?: string[]
  bot_manager_id_list?: string[]
  group_message_type?: string
  chat_mode?: string
  chat_type?: string
  chat_tag?: string
  join_message_visibility?: string
  leave_message_visibility?: string
  membership_approval?: string
  moderation_permission?: string
  external?: boolean
  tenant_key?: string
  user_count?: string
  bot_count?: string
  labels?: string[]
  toolkit_ids?: string[]
  restricted_mode_setting?: RestrictedModeSetting
  urgent_setting?: 'all_members' | 'only_owner'
  video_conference_setting?: 'all_members' | 'only_owner'
  pin_manage_setting?: 'all_members' | 'only_owner'
  hide_member_count_setting?: 'all_members' | 'only_owner'
  chat_status?: 'normal' | 'dissolved' | 'dissolved_save'
}

/**
 * `im.v1.chat.get`: GET /open-apis/im/v1/chats/:chat_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=chat&version=v1
 */
export const getChat = /*#__PURE__*/ endpoint<GetChatInput, GetChatOutput>({
  id: 'im.v1.chat.get',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link linkChat}. */
export interface LinkChatInput {
  path: { chat_id: string }
  body?: { validity_period?: 'week' | 'year' | 'permanently' }
}

/** `data` of a successful {@link linkChat} response. */
export interface LinkChatOutput {
  share_link?: string
  expire_time?: string
  is_permanent?: boolean
}

/**
 * `im.v1.chat.link`: POST /open-apis/im/v1/chats/:chat_id/link (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=link&project=im&resource=chat&version=v1
 */
export const linkChat = /*#__PURE__*/ endpoint<LinkChatInput, LinkChatOutput>({
  id: 'im.v1.chat.link',
  method: 'POST',
  path: '/open-apis/im/v1/chats/:chat_id/link',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: optional(looseObject({ validity_period: optional(picklist(['week', 'year', 'permanently'])) })),
    }),
})

/** Input of {@link listChat}. */
export interface ListChatInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    sort_type?: 'ByCreateTimeAsc' | 'ByActiveTimeDesc'
    page_token?: string
    page_size?: number
    types?: string
  }
}

/** `data` of a successful {@link listChat} response. */
export interface ListChatOutput {
  items?: ListItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `im.v1.chat.list`: GET /open-apis/im/v1/chats (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=im&resource=chat&version=v1
 */
export const listChat = /*#__PURE__*/ endpoint<ListChatInput, ListChatOutput, true>({
  id: 'im.v1.chat.list',
  method: 'GET',
  path: '/open-apis/im/v1/chats',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        sort_type: optional(picklist(['ByCreateTimeAsc', 'ByActiveTimeDesc'])),
        page_token: optional(string()),
        page_size: optional(number()),
        types: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link searchChat}. */
export interface SearchChatInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; query?: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link searchChat} response. */
export interface SearchChatOutput {
  items?: ListItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `im.v1.chat.search`: GET /open-apis/im/v1/chats/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=im&resource=chat&version=v1
 */
export const searchChat = /*#__PURE__*/ endpoint<SearchChatInput, SearchChatOutput, true>({
  id: 'im.v1.chat.search',
  method: 'GET',
  path: '/open-apis/im/v1/chats/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        query: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateChat}. */
export interface UpdateChatInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    avatar?: string
    name?: string
    description?: string
    i18n_names?: I18nNames
    add_member_permission?: string
    share_card_permission?: string
    at_all_permission?: string
    edit_permission?: string
    owner_id?: string
    join_message_visibility?: string
    leave_message_visibility?: string
    membership_approval?: string
    labels?: string[]
    toolkit_ids?: string[]
    restricted_mode_setting?: RestrictedModeSetting
    chat_type?: string
    group_message_type?: 'chat' | 'thread'
    urgent_setting?: 'only_owner' | 'all_members'
    video_conference_setting?: 'only_owner' | 'all_members'
    pin_manage_setting?: 'only_owner' | 'all_members'
    hide_member_count_setting?: 'all_members' | 'only_owner'
  }
}

/** `data` of a successful {@link updateChat} response. */
export type UpdateChatOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.update`: PUT /open-apis/im/v1/chats/:chat_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=chat&version=v1
 */
export const updateChat = /*#__PURE__*/ endpoint<UpdateChatInput, UpdateChatOutput>({
  id: 'im.v1.chat.update',
  method: 'PUT',
  path: '/open-apis/im/v1/chats/:chat_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        avatar: optional(string()),
        name: optional(string()),
        description: optional(string()),
        i18n_names: optional(I18nNamesSchema()),
        add_member_permission: optional(string()),
        share_card_permission: optional(string()),
        at_all_permission: optional(string()),
        edit_permission: optional(string()),
        owner_id: optional(string()),
        join_message_visibility: optional(string()),
        leave_message_visibility: optional(string()),
        membership_approval: optional(string()),
        labels: optional(array(string())),
        toolkit_ids: optional(array(string())),
        restricted_mode_setting: optional(RestrictedModeSettingSchema()),
        chat_type: optional(string()),
        group_message_type: optional(picklist(['chat', 'thread'])),
        urgent_setting: optional(picklist(['only_owner', 'all_members'])),
        video_conference_setting: optional(picklist(['only_owner', 'all_members'])),
        pin_manage_setting: optional(picklist(['only_owner', 'all_members'])),
        hide_member_count_setting: optional(picklist(['all_members', 'only_owner'])),
      })),
    }),
})
