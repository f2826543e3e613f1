// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ElementSchema, ReactionSchema } from './models.ts'
import type { BatchQueryItem, Element, Item, Reaction } from './types.ts'

/** Input of {@link batchQueryFileComment}. */
export interface BatchQueryFileCommentInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { comment_ids: string[]; need_reaction?: boolean; need_relation?: boolean }
}

/** `data` of a successful {@link batchQueryFileComment} response. */
export interface BatchQueryFileCommentOutput {
  items?: BatchQueryItem[]
}

/**
 * `drive.v1.file.comment.batch_query`: POST /open-apis/drive/v1/files/:file_token/comments/batch_query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=drive&resource=file.comment&version=v1
 */
export const batchQueryFileComment = /*#__PURE__*/ endpoint<BatchQueryFileCommentInput, BatchQueryFileCommentOutput>({
  id: 'drive.v1.file.comment.batch_query',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/comments/batch_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
      body: looseObject({
        comment_ids: array(string()),
        need_reaction: optional(boolean()),
        need_relation: optional(boolean()),
      }),
    }),
})

/** Input of {@link createFileComment}. */
export interface CreateFileCommentInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'docx'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { reply_list?: { replies: { content: { elements: Element[] }; reactions?: Reaction[] }[] } }
}

/** `data` of a successful {@link createFileComment} response. */
export interface CreateFileCommentOutput {
  comment_id?: string
  user_id?: string
  create_time?: number
  update_time?: number
  is_solved?: boolean
  solved_time?: number
  solver_user_id?: string
  has_more?: boolean
  page_token?: string
  is_whole?: boolean
  quote?: string
  reply_list?: { replies: Item[] }
}

/**
 * `drive.v1.file.comment.create`: POST /open-apis/drive/v1/files/:file_token/comments (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=file.comment&version=v1
 */
export const createFileComment = /*#__PURE__*/ endpoint<CreateFileCommentInput, CreateFileCommentOutput>({
  id: 'drive.v1.file.comment.create',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
      body: optional(looseObject({
        reply_list: optional(looseObject({
          replies: array(looseObject({
            content: looseObject({ elements: array(ElementSchema()) }),
            reactions: optional(array(ReactionSchema())),
          })),
        })),
      })),
    }),
})

/** Input of {@link getFileComment}. */
export interface GetFileCommentInput {
  path: { file_token: string; comment_id: string }
  query: {
    file_type: 'doc' | 'sheet' | 'file' | 'docx'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    need_reaction?: boolean
  }
}

/** `data` of a successful {@link getFileComment} response. */
export interface GetFileCommentOutput {
  comment_id?: string
  user_id?: string
  create_time?: number
  update_time?: number
  is_solved?: boolean
  solved_time?: number
  solver_user_id?: string
  has_more?: boolean
  page_token?: string
  is_whole?: boolean
  quote?: string
  reply_list?: { replies: Item[] }
}

/**
 * `drive.v1.file.comment.get`: GET /open-apis/drive/v1/files/:file_token/comments/:comment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=file.comment&version=v1
 */
export const getFileComment = /*#__PURE__*/ endpoint<GetFileCommentInput, GetFileCommentOutput>({
  id: 'drive.v1.file.comment.get',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'sheet', 'file', 'docx']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        need_reaction: optional(boolean()),
      }),
    }),
})

/** Input of {@link listFileComment}. */
export interface ListFileCommentInput {
  path: { file_token: string }
  query: {
    file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides'
    is_whole?: boolean
    is_solved?: boolean
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    need_reaction?: boolean
    need_relation?: boolean
  }
}

/** `data` of a successful {@link listFileComment} response. */
export interface ListFileCommentOutput {
  has_more?: boolean
  page_token?: string
  items?: BatchQueryItem[]
}

/**
 * `drive.v1.file.comment.list`: GET /open-apis/drive/v1/files/:file_token/comments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file.comment&version=v1
 */
export const listFileComment = /*#__PURE__*/ endpoint<ListFileCommentInput, ListFileCommentOutput, true>({
  id: 'drive.v1.file.comment.list',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']),
        is_whole: optional(boolean()),
        is_solved: optional(boolean()),
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        need_reaction: optional(boolean()),
        need_relation: optional(boolean()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchFileComment}. */
export interface PatchFileCommentInput {
  path: { file_token: string; comment_id: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'file' | 'slides' }
  body: { is_solved: boolean }
}

/** `data` of a successful {@link patchFileComment} response. */
export interface PatchFileCommentOutput {
  data: string
}

/**
 * `drive.v1.file.comment.patch`: PATCH /open-apis/drive/v1/files/:file_token/comments/:comment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=drive&resource=file.comment&version=v1
 */
export const patchFileComment = /*#__PURE__*/ endpoint<PatchFileCommentInput, PatchFileCommentOutput>({
  id: 'drive.v1.file.comment.patch',
  method: 'PATCH',
  path: '/open-apis/drive/v1/files/:file_token/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), comment_id: string() }),
      query: looseObject({ file_type: picklist(['doc', 'docx', 'sheet', 'file', 'slides']) }),
      body: looseObject({ is_solved: boolean() }),
    }),
})
