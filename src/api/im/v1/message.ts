// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item, Mention, Sender } from './types.ts'

/** Input of {@link createMessage}. */
export interface CreateMessageInput {
  query: { receive_id_type: 'open_id' | 'union_id' | 'user_id' | 'email' | 'chat_id' }
  body: {
    receive_id: string
    msg_type:
      | 'text'
      | 'post'
      | 'image'
      | 'file'
      | 'audio'
      | 'media'
      | 'sticker'
      | 'interactive'
      | 'share_chat'
      | 'share_user'
      | 'system'
    content: string
    uuid?: string
  }
}

/** `data` of a successful {@link createMessage} response. */
export interface CreateMessageOutput {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/**
 * `im.v1.message.create`: POST /open-apis/im/v1/messages (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=message&version=v1
 */
export const createMessage = /*#__PURE__*/ endpoint<CreateMessageInput, CreateMessageOutput>({
  id: 'im.v1.message.create',
  method: 'POST',
  path: '/open-apis/im/v1/messages',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ receive_id_type: picklist(['open_id', 'union_id', 'user_id', 'email', 'chat_id']) }),
      body: looseObject({
        receive_id: string(),
        msg_type: picklist([
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
          'system',
        ]),
        content: string(),
        uuid: optional(string()),
      }),
    }),
})

/** Input of {@link deleteMessage}. */
export interface DeleteMessageInput {
  path: { message_id: string }
}

/** `data` of a successful {@link deleteMessage} response. */
export type DeleteMessageOutput = { [key: string]: unknown }

/**
 * `im.v1.message.delete`: DELETE /open-apis/im/v1/messages/:message_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=message&version=v1
 */
export const deleteMessage = /*#__PURE__*/ endpoint<DeleteMessageInput, DeleteMessageOutput>({
  id: 'im.v1.message.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/messages/:message_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ message_id: string() }) }),
})

/** Input of {@link forwardMessage}. */
export interface ForwardMessageInput {
  path: { message_id: string }
  query: { receive_id_type: 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id' | 'thread_id'; uuid?: string }
  body: { receive_id: string }
}

/** `data` of a successful {@link forwardMessage} response. */
export interface ForwardMessageOutput {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/**
 * `im.v1.message.forward`: POST /open-apis/im/v1/messages/:message_id/forward (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=forward&project=im&resource=message&version=v1
 */
export const forwardMessage = /*#__PURE__*/ endpoint<ForwardMessageInput, ForwardMessageOutput>({
  id: 'im.v1.message.forward',
  method: 'POST',
  path: '/open-apis/im/v1/messages/:message_id/forward',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: looseObject({
        receive_id_type: picklist(['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id']),
        uuid: optional(string()),
      }),
      body: looseObject({ receive_id: string() }),
    }),
})

/** Input of {@link getMessage}. */
export interface GetMessageInput {
  path: { message_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    card_msg_content_type?: string
    with_sender_name?: boolean
  }
}

/** `data` of a successful {@link getMessage} response. */
export interface GetMessageOutput {
  items?: Item[]
}

/**
 * `im.v1.message.get`: GET /open-apis/im/v1/messages/:message_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=message&version=v1
 */
export const getMessage = /*#__PURE__*/ endpoint<GetMessageInput, GetMessageOutput>({
  id: 'im.v1.message.get',
  method: 'GET',
  path: '/open-apis/im/v1/messages/:message_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        card_msg_content_type: optional(string()),
        with_sender_name: optional(boolean()),
      })),
    }),
})

/** Input of {@link listMessage}. */
export interface ListMessageInput {
  query: {
    container_id_type: string
    container_id: string
    start_time?: string
    end_time?: string
    sort_type?: 'ByCreateTimeAsc' | 'ByCreateTimeDesc'
    page_size?: number
    page_token?: string
    card_msg_content_type?: string
    only_thread_root_messages?: boolean
    with_sender_name?: boolean
  }
}

/** `data` of a successful {@link listMessage} response. */
export interface ListMessageOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `im.v1.message.list`: GET /open-apis/im/v1/messages (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=im&resource=message&version=v1
 */
export const listMessage = /*#__PURE__*/ endpoint<ListMessageInput, ListMessageOutput, true>({
  id: 'im.v1.message.list',
  method: 'GET',
  path: '/open-apis/im/v1/messages',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        container_id_type: string(),
        container_id: string(),
        start_time: optional(string()),
        end_time: optional(string()),
        sort_type: optional(picklist(['ByCreateTimeAsc', 'ByCreateTimeDesc'])),
        page_size: optional(number()),
        page_token: optional(string()),
        card_msg_content_type: optional(string()),
        only_thread_root_messages: optional(boolean()),
        with_sender_name: optional(boolean()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link mergeMessageForward}. */
export interface MergeMessageForwardInput {
  query: { receive_id_type: 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id' | 'thread_id'; uuid?: string }
  body: { receive_id: string; message_id_list: string[] }
}

/** `data` of a successful {@link mergeMessageForward} response. */
export interface MergeMessageForwardOutput {
  message?: Item
  invalid_message_id_list?: string[]
}

/**
 * `im.v1.message.merge_forward`: POST /open-apis/im/v1/messages/merge_forward (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=merge_forward&project=im&resource=message&version=v1
 */
export const mergeMessageForward = /*#__PURE__*/ endpoint<MergeMessageForwardInput, MergeMessageForwardOutput>({
  id: 'im.v1.message.merge_forward',
  method: 'POST',
  path: '/open-apis/im/v1/messages/merge_forward',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        receive_id_type: picklist(['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id']),
        uuid: optional(string()),
      }),
      body: looseObject({ receive_id: string(), message_id_list: array(string()) }),
    }),
})

/** Input of {@link patchMessage}. */
export interface PatchMessageInput {
  path: { message_id: string }
  body: { content: string }
}

/** `data` of a successful {@link patchMessage} response. */
export type PatchMessageOutput = { [key: string]: unknown }

/**
 * `im.v1.message.patch`: PATCH /open-apis/im/v1/messages/:message_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=im&resource=message&version=v1
 */
export const patchMessage = /*#__PURE__*/ endpoint<PatchMessageInput, PatchMessageOutput>({
  id: 'im.v1.message.patch',
  method: 'PATCH',
  path: '/open-apis/im/v1/messages/:message_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ message_id: string() }), body: looseObject({ content: string() }) }),
})

/** Input of {@link pushMessageFollowUp}. */
export interface PushMessageFollowUpInput {
  path: { message_id: string }
  body: {
    follow_ups: {
      content: string
      i18n_contents?: {
        content: string
        language:
          | 'en_us'
          | 'zh_cn'
          | 'zh_hk'
          | 'zh_tw'
          | 'ja_jp'
          | 'id_id'
          | 'vi_vn'
          | 'th_th'
          | 'pt_br'
          | 'es_es'
          | 'ko_kr'
          | 'de_de'
          | 'fr_fr'
          | 'it_it'
          | 'ru_ru'
          | 'ms_my'
      }[]
    }[]
  }
}

/** `data` of a successful {@link pushMessageFollowUp} response. */
export type PushMessageFollowUpOutput = { [key: string]: unknown }

/**
 * `im.v1.message.push_follow_up`: POST /open-apis/im/v1/messages/:message_id/push_follow_up (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=push_follow_up&project=im&resource=message&version=v1
 */
export const pushMessageFollowUp = /*#__PURE__*/ endpoint<PushMessageFollowUpInput, PushMessageFollowUpOutput>({
  id: 'im.v1.message.push_follow_up',
  method: 'POST',
  path: '/open-apis/im/v1/messages/:message_id/push_follow_up',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      body: looseObject({
        follow_ups: array(looseObject({
          content: string(),
          i18n_contents: optional(array(looseObject({
            content: string(),
            language: picklist([
              'en_us',
              'zh_cn',
              'zh_hk',
              'zh_tw',
              'ja_jp',
              'id_id',
              'vi_vn',
              'th_th',
              'pt_br',
              'es_es',
              'ko_kr',
              'de_de',
              'fr_fr',
              'it_it',
              'ru_ru',
              'ms_my',
            ]),
          }))),
        })),
      }),
    }),
})

/** Input of {@link readMessageUsers}. */
export interface ReadMessageUsersInput {
  path: { message_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id'; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link readMessageUsers} response. */
export interface ReadMessageUsersOutput {
  items?: { user_id_type: string; user_id: string; timestamp: string; tenant_key?: string }[]
  has_more: boolean
  page_token?: string
}

/**
 * `im.v1.message.read_users`: GET /open-apis/im/v1/messages/:message_id/read_users (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=read_users&project=im&resource=message&version=v1
 */
export const readMessageUsers = /*#__PURE__*/ endpoint<ReadMessageUsersInput, ReadMessageUsersOutput, true>({
  id: 'im.v1.message.read_users',
  method: 'GET',
  path: '/open-apis/im/v1/messages/:message_id/read_users',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: looseObject({
        user_id_type: picklist(['open_id', 'union_id', 'user_id']),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link replyMessage}. */
export interface ReplyMessageInput {
  path: { message_id: string }
  body: {
    content: string
    msg_type:
      | 'text'
      | 'post'
      | 'image'
      | 'file'
      | 'audio'
      | 'media'
      | 'sticker'
      | 'interactive'
      | 'share_chat'
      | 'share_user'
      | 'system'
    reply_in_thread?: boolean
    uuid?: string
  }
}

/** `data` of a successful {@link replyMessage} response. */
export interface ReplyMessageOutput {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/**
 * `im.v1.message.reply`: POST /open-apis/im/v1/messages/:message_id/reply (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reply&project=im&resource=message&version=v1
 */
export const replyMessage = /*#__PURE__*/ endpoint<ReplyMessageInput, ReplyMessageOutput>({
  id: 'im.v1.message.reply',
  method: 'POST',
  path: '/open-apis/im/v1/messages/:message_id/reply',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      body: looseObject({
        content: string(),
        msg_type: picklist([
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
          'system',
        ]),
        reply_in_thread: optional(boolean()),
        uuid: optional(string()),
      }),
    }),
})

/** Input of {@link searchMessage}. */
export interface SearchMessageInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: {
    query?: string
    filter?: {
      from_ids?: string[]
      chat_ids?: string[]
      time_range?: { start_time?: string; end_time?: string }
      include_attachment_types?: ('image' | 'video' | 'file' | 'link')[]
      from_types?: ('user' | 'bot')[]
      at_chatter_ids?: string[]
      chat_type?: 'group' | 'p2p'
      is_at_me?: boolean
      exclude_from_types?: ('user' | 'bot')[]
    }
  }
}

/** `data` of a successful {@link searchMessage} response. */
export interface SearchMessageOutput {
  items: {
    id: string
    display_info?: string
    meta_data?: {
      message_id: string
      type?:
        | 'unknown'
        | 'post'
        | 'file'
        | 'text'
        | 'image'
        | 'system'
        | 'audio'
        | 'email'
        | 'share_group_chat'
        | 'sticker'
        | 'merge_forward'
        | 'calendar'
        | 'cloud_file'
        | 'card'
        | 'media'
        | 'share_calendar_event'
        | 'hongbao'
        | 'general_calendar'
        | 'video_chat'
        | 'location'
        | 'commercialized_hongbao'
        | 'share_user_card'
        | 'todo'
        | 'folder'
        | 'diagnose'
        | 'vote'
        | 'link'
      create_time?: string
      update_time?: string
      position?: number
      chat_id?: string
      from_id?: string
      thread_id?: string
      thread_position?: number
      is_p2p_chat?: boolean
    }
  }[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `im.v1.message.search`: POST /open-apis/im/v1/messages/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=im&resource=message&version=v1
 */
export const searchMessage = /*#__PURE__*/ endpoint<SearchMessageInput, SearchMessageOutput, true>({
  id: 'im.v1.message.search',
  method: 'POST',
  path: '/open-apis/im/v1/messages/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: optional(looseObject({
        query: optional(string()),
        filter: optional(looseObject({
          from_ids: optional(array(string())),
          chat_ids: optional(array(string())),
          time_range: optional(looseObject({ start_time: optional(string()), end_time: optional(string()) })),
          include_attachment_types: optional(array(picklist(['image', 'video', 'file', 'link']))),
          from_types: optional(array(picklist(['user', 'bot']))),
          at_chatter_ids: optional(array(string())),
          chat_type: optional(picklist(['group', 'p2p'])),
          is_at_me: optional(boolean()),
          exclude_from_types: optional(array(picklist(['user', 'bot']))),
        })),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateMessage}. */
export interface UpdateMessageInput {
  path: { message_id: string }
  body: { msg_type: 'text' | 'post'; content: string }
}

/** `data` of a successful {@link updateMessage} response. */
export interface UpdateMessageOutput {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/**
 * `im.v1.message.update`: PUT /open-apis/im/v1/messages/:message_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=message&version=v1
 */
export const updateMessage = /*#__PURE__*/ endpoint<UpdateMessageInput, UpdateMessageOutput>({
  id: 'im.v1.message.update',
  method: 'PUT',
  path: '/open-apis/im/v1/messages/:message_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      body: looseObject({ msg_type: picklist(['text', 'post']), content: string() }),
    }),
})

/** Input of {@link urgentMessageApp}. */
export interface UrgentMessageAppInput {
  path: { message_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { user_id_list: string[] }
}

/** `data` of a successful {@link urgentMessageApp} response. */
export interface UrgentMessageAppOutput {
  invalid_user_id_list: string[]
}

/**
 * `im.v1.message.urgent_app`: PATCH /open-apis/im/v1/messages/:message_id/urgent_app (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=urgent_app&project=im&resource=message&version=v1
 */
export const urgentMessageApp = /*#__PURE__*/ endpoint<UrgentMessageAppInput, UrgentMessageAppOutput>({
  id: 'im.v1.message.urgent_app',
  method: 'PATCH',
  path: '/open-apis/im/v1/messages/:message_id/urgent_app',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ user_id_list: array(string()) }),
    }),
})

/** Input of {@link urgentMessagePhone}. */
export interface UrgentMessagePhoneInput {
  path: { message_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { user_id_list: string[] }
}

/** `data` of a successful {@link urgentMessagePhone} response. */
export interface UrgentMessagePhoneOutput {
  invalid_user_id_list: string[]
}

/**
 * `im.v1.message.urgent_phone`: PATCH /open-apis/im/v1/messages/:message_id/urgent_phone (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=urgent_phone&project=im&resource=message&version=v1
 */
export const urgentMessagePhone = /*#__PURE__*/ endpoint<UrgentMessagePhoneInput, UrgentMessagePhoneOutput>({
  id: 'im.v1.message.urgent_phone',
  method: 'PATCH',
  path: '/open-apis/im/v1/messages/:message_id/urgent_phone',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ user_id_list: array(string()) }),
    }),
})

/** Input of {@link urgentMessageSms}. */
export interface UrgentMessageSmsInput {
  path: { message_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' }
  body: { user_id_list: string[] }
}

/** `data` of a successful {@link urgentMessageSms} response. */
export interface UrgentMessageSmsOutput {
  invalid_user_id_list: string[]
}

/**
 * `im.v1.message.urgent_sms`: PATCH /open-apis/im/v1/messages/:message_id/urgent_sms (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=urgent_sms&project=im&resource=message&version=v1
 */
export const urgentMessageSms = /*#__PURE__*/ endpoint<UrgentMessageSmsInput, UrgentMessageSmsOutput>({
  id: 'im.v1.message.urgent_sms',
  method: 'PATCH',
  path: '/open-apis/im/v1/messages/:message_id/urgent_sms',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string() }),
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id']) }),
      body: looseObject({ user_id_list: array(string()) }),
    }),
})
