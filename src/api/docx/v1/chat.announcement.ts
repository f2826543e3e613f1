// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getChatAnnouncement}. */
export interface GetChatAnnouncementInput {
  path: { chat_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getChatAnnouncement} response. */
export interface GetChatAnnouncementOutput {
  revision_id?: number
  create_time?: number
  update_time?: number
  owner_id?: string
  owner_id_type?: 'user_id' | 'union_id' | 'open_id'
  modifier_id?: string
  modifier_id_type?: 'user_id' | 'union_id' | 'open_id'
  announcement_type?: 'doc' | 'docx'
  create_time_v2?: string
  update_time_v2?: string
}

/**
 * `docx.v1.chat.announcement.get`: GET /open-apis/docx/v1/chats/:chat_id/announcement (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=chat.announcement&version=v1
 */
export const getChatAnnouncement = /*#__PURE__*/ endpoint<GetChatAnnouncementInput, GetChatAnnouncementOutput>({
  id: 'docx.v1.chat.announcement.get',
  method: 'GET',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
