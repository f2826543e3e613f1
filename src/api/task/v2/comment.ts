// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Comment } from './types.ts'

/** Input of {@link createComment}. */
export interface CreateCommentInput {
  query?: { user_id_type?: string }
  body: { content: string; reply_to_comment_id?: string; resource_type?: string; resource_id?: string }
}

/** `data` of a successful {@link createComment} response. */
export interface CreateCommentOutput {
  comment?: Comment
}

/**
 * `task.v2.comment.create`: POST /open-apis/task/v2/comments (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=comment&version=v2
 */
export const createComment = /*#__PURE__*/ endpoint<CreateCommentInput, CreateCommentOutput>({
  id: 'task.v2.comment.create',
  method: 'POST',
  path: '/open-apis/task/v2/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        content: string(),
        reply_to_comment_id: optional(string()),
        resource_type: optional(string()),
        resource_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteComment}. */
export interface DeleteCommentInput {
  path: { comment_id: string }
}

/** `data` of a successful {@link deleteComment} response. */
export type DeleteCommentOutput = { [key: string]: unknown }

/**
 * `task.v2.comment.delete`: DELETE /open-apis/task/v2/comments/:comment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=comment&version=v2
 */
export const deleteComment = /*#__PURE__*/ endpoint<DeleteCommentInput, DeleteCommentOutput>({
  id: 'task.v2.comment.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ comment_id: string() }) }),
})

/** Input of {@link getComment}. */
export interface GetCommentInput {
  path: { comment_id: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getComment} response. */
export interface GetCommentOutput {
  comment?: Comment
}

/**
 * `task.v2.comment.get`: GET /open-apis/task/v2/comments/:comment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=comment&version=v2
 */
export const getComment = /*#__PURE__*/ endpoint<GetCommentInput, GetCommentOutput>({
  id: 'task.v2.comment.get',
  method: 'GET',
  path: '/open-apis/task/v2/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ comment_id: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listComment}. */
export interface ListCommentInput {
  query: {
    page_size?: number
    page_token?: string
    resource_type?: string
    resource_id: string
    direction?: 'asc' | 'desc'
    user_id_type?: string
  }
}

/** `data` of a successful {@link listComment} response. */
export interface ListCommentOutput {
  items?: Comment[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.comment.list`: GET /open-apis/task/v2/comments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=comment&version=v2
 */
export const listComment = /*#__PURE__*/ endpoint<ListCommentInput, ListCommentOutput, true>({
  id: 'task.v2.comment.list',
  method: 'GET',
  path: '/open-apis/task/v2/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        resource_type: optional(string()),
        resource_id: string(),
        direction: optional(picklist(['asc', 'desc'])),
        user_id_type: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchComment}. */
export interface PatchCommentInput {
  path: { comment_id: string }
  query?: { user_id_type?: string }
  body: { comment: { content?: string }; update_fields: string[] }
}

/** `data` of a successful {@link patchComment} response. */
export interface PatchCommentOutput {
  comment?: Comment
}

/**
 * `task.v2.comment.patch`: PATCH /open-apis/task/v2/comments/:comment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=comment&version=v2
 */
export const patchComment = /*#__PURE__*/ endpoint<PatchCommentInput, PatchCommentOutput>({
  id: 'task.v2.comment.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ comment_id: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ comment: looseObject({ content: optional(string()) }), update_fields: array(string()) }),
    }),
})
