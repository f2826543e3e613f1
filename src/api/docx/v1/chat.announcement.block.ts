// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BatchUpdateRequestSchema } from './models.ts'
import type { BatchUpdateRequest, Block, Item } from './types.ts'

/** Input of {@link batchUpdateChatAnnouncementBlock}. */
export interface BatchUpdateChatAnnouncementBlockInput {
  path: { chat_id: string }
  query?: { revision_id?: number; client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { requests?: BatchUpdateRequest[] }
}

/** `data` of a successful {@link batchUpdateChatAnnouncementBlock} response. */
export interface BatchUpdateChatAnnouncementBlockOutput {
  blocks?: Block[]
  revision_id?: number
  client_token?: string
}

/**
 * `docx.v1.chat.announcement.block.batch_update`: PATCH /open-apis/docx/v1/chats/:chat_id/announcement/blocks/batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=docx&resource=chat.announcement.block&version=v1
 */
export const batchUpdateChatAnnouncementBlock = /*#__PURE__*/ endpoint<BatchUpdateChatAnnouncementBlockInput, BatchUpdateChatAnnouncementBlockOutput>({
  id: 'docx.v1.chat.announcement.block.batch_update',
  method: 'PATCH',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({ requests: optional(array(BatchUpdateRequestSchema())) })),
    }),
})

/** Input of {@link getChatAnnouncementBlock}. */
export interface GetChatAnnouncementBlockInput {
  path: { chat_id: string; block_id: string }
  query?: { revision_id?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getChatAnnouncementBlock} response. */
export interface GetChatAnnouncementBlockOutput {
  block?: Item
}

/**
 * `docx.v1.chat.announcement.block.get`: GET /open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=chat.announcement.block&version=v1
 */
export const getChatAnnouncementBlock = /*#__PURE__*/ endpoint<GetChatAnnouncementBlockInput, GetChatAnnouncementBlockOutput>({
  id: 'docx.v1.chat.announcement.block.get',
  method: 'GET',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string(), block_id: string() }),
      query: optional(looseObject({
        revision_id: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link listChatAnnouncementBlock}. */
export interface ListChatAnnouncementBlockInput {
  path: { chat_id: string }
  query?: {
    page_size?: number
    page_token?: string
    revision_id?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listChatAnnouncementBlock} response. */
export interface ListChatAnnouncementBlockOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `docx.v1.chat.announcement.block.list`: GET /open-apis/docx/v1/chats/:chat_id/announcement/blocks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=docx&resource=chat.announcement.block&version=v1
 */
export const listChatAnnouncementBlock = /*#__PURE__*/ endpoint<ListChatAnnouncementBlockInput, ListChatAnnouncementBlockOutput, true>({
  id: 'docx.v1.chat.announcement.block.list',
  method: 'GET',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        revision_id: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
