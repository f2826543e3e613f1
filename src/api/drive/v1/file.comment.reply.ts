// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ElementSchema } from './models.ts'
import type { Element, Item, Reaction } from './types.ts'

/** Input of {@link createFileCommentReply}. */
export interface CreateFileCommentReplyInput {
  path: { file_token: string; comment_id: string }
  query: {
    file_type: 'doc' | 'sheet' | 'file' | 'docx' | 'slides' | 'bitable' | 'apps'
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
  body: { content: { elements: Element[] }; extra?: string }
}

/** `data` of a successful {@link createFileCommentReply} response. */
export interface CreateFileCommentReplyOutput {
  content?: { elements: Element[] }
  reply_id?: string
  user_id?: string
  create_time?: number
  update_time?: number
  extra?: { image_list?: string[] }
  reactions?: Reaction[]
}

/**
 * `drive.v1.file.comment.reply.create`: POST /open-apis/drive/v1/files/:file_token/comments/:comment_id/replies (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=file.comment.reply&version=v1
 */
export const createFileCommentReply = /*#__PURE__*/ endpoint<CreateFileCommentReplyInput, CreateFileCommentReplyOutput>({
  id: 'drive.v1.file.comment.reply.create',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id/replies',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'sheet', 'file', 'docx', 'slides', 'bitable', 'apps']),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
      body: looseObject({ content: looseObject({ elements: array(ElementSchema()) }), extra: optional(string()) }),
    }),
})

/** Input of {@link deleteFileCommentReply}. */
export interface DeleteFileCommentReplyInput {
  path: { file_token: string; comment_id: string; reply_id: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides' }
}

/** `data` of a successful {@link deleteFileCommentReply} response. */
export interface DeleteFileCommentReplyOutput {
  data: string
}

/**
 * `drive.v1.file.comment.reply.delete`: DELETE /open-apis/drive/v1/files/:file_token/comments/:comment_id/replies/:reply_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=drive&resource=file.comment.reply&version=v1
 */
export const deleteFileCommentReply = /*#__PURE__*/ endpoint<DeleteFileCommentReplyInput, DeleteFileCommentReplyOutput>({
  id: 'drive.v1.file.comment.reply.delete',
  method: 'DELETE',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id/replies/:reply_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string(), reply_id: string() }),
      query: looseObject({ file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']) }),
    }),
})

/** Input of {@link listFileCommentReply}. */
export interface ListFileCommentReplyInput {
  path: { file_token: string; comment_id: string }
  query: {
    page_size?: number
    page_token?: string
    file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides'
    need_reaction?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listFileCommentReply} response. */
export interface ListFileCommentReplyOutput {
  items?: Item[]
  page_token?: string
  has_more: boolean
}

/**
 * `drive.v1.file.comment.reply.list`: GET /open-apis/drive/v1/files/:file_token/comments/:comment_id/replies (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file.comment.reply&version=v1
 */
export const listFileCommentReply = /*#__PURE__*/ endpoint<ListFileCommentReplyInput, ListFileCommentReplyOutput, true>({
  id: 'drive.v1.file.comment.reply.list',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id/replies',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string() }),
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']),
        need_reaction: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateFileCommentReply}. */
export interface UpdateFileCommentReplyInput {
  path: { file_token: string; comment_id: string; reply_id: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { content: { elements: Element[] } }
}

/** `data` of a successful {@link updateFileCommentReply} response. */
export interface UpdateFileCommentReplyOutput {
  data: string
}

/**
 * `drive.v1.file.comment.reply.update`: PUT /open-apis/drive/v1/files/:file_token/comments/:comment_id/replies/:reply_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=drive&resource=file.comment.reply&version=v1
 */
export const updateFileCommentReply = /*#__PURE__*/ endpoint<UpdateFileCommentReplyInput, UpdateFileCommentReplyOutput>({
  id: 'drive.v1.file.comment.reply.update',
  method: 'PUT',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id/replies/:reply_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string(), reply_id: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
      body: looseObject({ content: looseObject({ elements: array(ElementSchema()) }) }),
    }),
})
