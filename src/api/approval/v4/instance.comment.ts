// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AtInfoSchema } from './models.ts'
import type { AtInfo } from './types.ts'

/** Input of {@link createInstanceComment}. */
export interface CreateInstanceCommentInput {
  path: { instance_id: string }
  query: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; user_id: string }
  body?: {
    content?: string
    at_info_list?: AtInfo[]
    parent_comment_id?: string
    comment_id?: string
    disable_bot?: boolean
    extra?: string
  }
}

/** `data` of a successful {@link createInstanceComment} response. */
export interface CreateInstanceCommentOutput {
  comment_id: string
}

/**
 * `approval.v4.instance.comment.create`: POST /open-apis/approval/v4/instances/:instance_id/comments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=approval&resource=instance.comment&version=v4
 */
export const createInstanceComment = /*#__PURE__*/ endpoint<CreateInstanceCommentInput, CreateInstanceCommentOutput>({
  id: 'approval.v4.instance.comment.create',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/:instance_id/comments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ instance_id: string() }),
      query: looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])), user_id: string() }),
      body: optional(looseObject({
        content: optional(string()),
        at_info_list: optional(array(AtInfoSchema())),
        parent_comment_id: optional(string()),
        comment_id: optional(string()),
        disable_bot: optional(boolean()),
        extra: optional(string()),
      })),
    }),
})

/** Input of {@link deleteInstanceComment}. */
export interface DeleteInstanceCommentInput {
  path: { instance_id: string; comment_id: string }
  query: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; user_id: string }
}

/** `data` of a successful {@link deleteInstanceComment} response. */
export interface DeleteInstanceCommentOutput {
  comment_id?: string
}

/**
 * `approval.v4.instance.comment.delete`: DELETE /open-apis/approval/v4/instances/:instance_id/comments/:comment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=approval&resource=instance.comment&version=v4
 */
export const deleteInstanceComment = /*#__PURE__*/ endpoint<DeleteInstanceCommentInput, DeleteInstanceCommentOutput>({
  id: 'approval.v4.instance.comment.delete',
  method: 'DELETE',
  path: '/open-apis/approval/v4/instances/:instance_id/comments/:comment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ instance_id: string(), comment_id: string() }),
      query: looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])), user_id: string() }),
    }),
})

/** Input of {@link listInstanceComment}. */
export interface ListInstanceCommentInput {
  path: { instance_id: string }
  query: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; user_id: string; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listInstanceComment} response. */
export interface ListInstanceCommentOutput {
  comments: {
    id: string
    content: string
    create_time: string
    update_time: string
    is_delete: number
    replies?: {
      id: string
      content: string
      create_time?: string
      update_time?: string
      is_delete: number
      at_info_list?: AtInfo[]
      commentator: string
      extra?: string
    }[]
    at_info_list?: AtInfo[]
    commentator: string
    extra?: string
  }[]
}

/**
 * `approval.v4.instance.comment.list`: GET /open-apis/approval/v4/instances/:instance_id/comments (tenant token).
 *
 * Paginated over `comments`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=approval&resource=instance.comment&version=v4
 */
export const listInstanceComment = /*#__PURE__*/ endpoint<ListInstanceCommentInput, ListInstanceCommentOutput, true>({
  id: 'approval.v4.instance.comment.list',
  method: 'GET',
  path: '/open-apis/approval/v4/instances/:instance_id/comments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ instance_id: string() }),
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        user_id: string(),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'comments' },
})

/** Input of {@link removeInstanceComment}. */
export interface RemoveInstanceCommentInput {
  path: { instance_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; user_id?: string }
}

/** `data` of a successful {@link removeInstanceComment} response. */
export interface RemoveInstanceCommentOutput {
  instance_id?: string
  external_id?: string
}

/**
 * `approval.v4.instance.comment.remove`: POST /open-apis/approval/v4/instances/:instance_id/comments/remove (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove&project=approval&resource=instance.comment&version=v4
 */
export const removeInstanceComment = /*#__PURE__*/ endpoint<RemoveInstanceCommentInput, RemoveInstanceCommentOutput>({
  id: 'approval.v4.instance.comment.remove',
  method: 'POST',
  path: '/open-apis/approval/v4/instances/:instance_id/comments/remove',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ instance_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        user_id: optional(string()),
      })),
    }),
})
