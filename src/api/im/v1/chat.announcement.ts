// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getChatAnnouncement}. */
export interface GetChatAnnouncementInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getChatAnnouncement} response. */
export interface GetChatAnnouncementOutput {
  content?: string
  revision?: string
  create_time?: string
  update_time?: string
  owner_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id'
  owner_id?: string
  modifier_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id'
  modifier_id?: string
}

/**
 * `im.v1.chat.announcement.get`: GET /open-apis/im/v1/chats/:chat_id/announcement (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=chat.announcement&version=v1
 */
export const getChatAnnouncement = /*#__PURE__*/ endpoint<GetChatAnnouncementInput, GetChatAnnouncementOutput>({
  id: 'im.v1.chat.announcement.get',
  method: 'GET',
  path: '/open-apis/im/v1/chats/:chat_id/announcement',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link patchChatAnnouncement}. */
export interface PatchChatAnnouncementInput {
  path: { chat_id: string }
  body: { revision: string; requests?: string[] }
}

/** `data` of a successful {@link patchChatAnnouncement} response. */
export type PatchChatAnnouncementOutput = { [key: string]: unknown }

/**
 * `im.v1.chat.announcement.patch`: PATCH /open-apis/im/v1/chats/:chat_id/announcement (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=im&resource=chat.announcement&version=v1
 */
export const patchChatAnnouncement = /*#__PURE__*/ endpoint<PatchChatAnnouncementInput, PatchChatAnnouncementOutput>({
  id: 'im.v1.chat.announcement.patch',
  method: 'PATCH',
  path: '/open-apis/im/v1/chats/:chat_id/announcement',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      body: looseObject({ revision: string(), requests: optional(array(string())) }),
    }),
})
