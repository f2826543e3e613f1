// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Comment } from './types.ts'

/** Input of {@link createTaskComment}. */
export interface CreateTaskCommentInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { content?: string; parent_id?: string; create_milli_time?: string; rich_content?: string }
}

/** `data` of a successful {@link createTaskComment} response. */
export interface CreateTaskCommentOutput {
  comment?: Comment
}

/**
 * `task.v1.task.comment.create`: POST /open-apis/task/v1/tasks/:task_id/comments (tenant or user token).
 *
 * @deprecated Use `createComment` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task.comment&version=v1
 */
export const createTaskComment = /*#__PURE__*/ endpoint<CreateTaskCommentInput, CreateTaskCommentOutput>({
  id: 'task.v1.task.comment.create',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        content: optional(string()),
        parent_id: optional(string()),
        create_milli_time: optional(string()),
        rich_content: optional(string()),
      })),
    }),
})

/** Input of {@link deleteTaskComment}. */
export interface DeleteTaskCommentInput {
  path: { task_id: string; comment_id: string }
}

/** `data` of a successful {@link deleteTaskComment} response. */
export type DeleteTaskCommentOutput = { [key: string]: unknown }

/**
 * `task.v1.task.comment.delete`: DELETE /open-apis/task/v1/tasks/:task_id/comments/:comment_id (tenant or user token).
 *
 * @deprecated Use `deleteComment` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task.comment&version=v1
 */
export const deleteTaskComment = /*#__PURE__*/ endpoint<DeleteTaskCommentInput, DeleteTaskCommentOutput>({
  id: 'task.v1.task.comment.delete',
  method: 'DELETE',
  path: '/open-apis/task/v1/tasks/:task_id/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string(), comment_id: string() }) }),
})

/** Input of {@link getTaskComment}. */
export interface GetTaskCommentInput {
  path: { task_id: string; comment_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getTaskComment} response. */
export interface GetTaskCommentOutput {
  comment?: Comment
}

/**
 * `task.v1.task.comment.get`: GET /open-apis/task/v1/tasks/:task_id/comments/:comment_id (tenant or user token).
 *
 * @deprecated Use `getComment` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=task.comment&version=v1
 */
export const getTaskComment = /*#__PURE__*/ endpoint<GetTaskCommentInput, GetTaskCommentOutput>({
  id: 'task.v1.task.comment.get',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string(), comment_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listTaskComment}. */
export interface ListTaskCommentInput {
  path: { task_id: string }
  query?: {
    page_size?: number
    page_token?: string
    list_direction?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listTaskComment} response. */
export interface ListTaskCommentOutput {
  items?: Comment[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v1.task.comment.list`: GET /open-apis/task/v1/tasks/:task_id/comments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `listComment` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task.comment&version=v1
 */
export const listTaskComment = /*#__PURE__*/ endpoint<ListTaskCommentInput, ListTaskCommentOutput, true>({
  id: 'task.v1.task.comment.list',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id/comments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        list_direction: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateTaskComment}. */
export interface UpdateTaskCommentInput {
  path: { task_id: string; comment_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { content?: string; rich_content?: string }
}

/** `data` of a successful {@link updateTaskComment} response. */
export interface UpdateTaskCommentOutput {
  comment?: Comment
}

/**
 * `task.v1.task.comment.update`: PUT /open-apis/task/v1/tasks/:task_id/comments/:comment_id (tenant or user token).
 *
 * @deprecated Use `patchComment` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=task&resource=task.comment&version=v1
 */
export const updateTaskComment = /*#__PURE__*/ endpoint<UpdateTaskCommentInput, UpdateTaskCommentOutput>({
  id: 'task.v1.task.comment.update',
  method: 'PUT',
  path: '/open-apis/task/v1/tasks/:task_id/comments/:comment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string(), comment_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ content: optional(string()), rich_content: optional(string()) })),
    }),
})
