// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ChildrenSchema } from './models.ts'
import type { Block, Children, Item } from './types.ts'

/** Input of {@link batchDeleteChatAnnouncementBlockChildren}. */
export interface BatchDeleteChatAnnouncementBlockChildrenInput {
  path: { chat_id: string; block_id: string }
  query?: { revision_id?: number; client_token?: string }
  body: { start_index: number; end_index: number }
}

/** `data` of a successful {@link batchDeleteChatAnnouncementBlockChildren} response. */
export interface BatchDeleteChatAnnouncementBlockChildrenOutput {
  revision_id?: number
  client_token?: string
}

/**
 * `docx.v1.chat.announcement.block.children.batch_delete`: DELETE /open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=docx&resource=chat.announcement.block.children&version=v1
 */
export const batchDeleteChatAnnouncementBlockChildren = /*#__PURE__*/ endpoint<BatchDeleteChatAnnouncementBlockChildrenInput, BatchDeleteChatAnnouncementBlockChildrenOutput>({
  id: 'docx.v1.chat.announcement.block.children.batch_delete',
  method: 'DELETE',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string(), block_id: string() }),
      query: optional(looseObject({ revision_id: optional(number()), client_token: optional(string()) })),
      body: looseObject({ start_index: number(), end_index: number() }),
    }),
})

/** Input of {@link createChatAnnouncementBlockChildren}. */
export interface CreateChatAnnouncementBlockChildrenInput {
  path: { chat_id: string; block_id: string }
  query?: { revision_id?: number; client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { children?: Children[]; index?: number }
}

/** `data` of a successful {@link createChatAnnouncementBlockChildren} response. */
export interface CreateChatAnnouncementBlockChildrenOutput {
  children?: Block[]
  revision_id?: number
  client_token?: string
}

/**
 * `docx.v1.chat.announcement.block.children.create`: POST /open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=docx&resource=chat.announcement.block.children&version=v1
 */
export const createChatAnnouncementBlockChildren = /*#__PURE__*/ endpoint<CreateChatAnnouncementBlockChildrenInput, CreateChatAnnouncementBlockChildrenOutput>({
  id: 'docx.v1.chat.announcement.block.children.create',
  method: 'POST',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string(), block_id: string() }),
      query: optional(looseObject({
        revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({ children: optional(array(ChildrenSchema())), index: optional(number()) })),
    }),
})

/** Input of {@link getChatAnnouncementBlockChildren}. */
export interface GetChatAnnouncementBlockChildrenInput {
  path: { chat_id: string; block_id: string }
  query?: {
    revision_id?: number
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getChatAnnouncementBlockChildren} response. */
export interface GetChatAnnouncementBlockChildrenOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `docx.v1.chat.announcement.block.children.get`: GET /open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=chat.announcement.block.children&version=v1
 */
export const getChatAnnouncementBlockChildren = /*#__PURE__*/ endpoint<GetChatAnnouncementBlockChildrenInput, GetChatAnnouncementBlockChildrenOutput, true>({
  id: 'docx.v1.chat.announcement.block.children.get',
  method: 'GET',
  path: '/open-apis/docx/v1/chats/:chat_id/announcement/blocks/:block_id/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ chat_id: string(), block_id: string() }),
      query: optional(looseObject({
        revision_id: optional(number()),
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
