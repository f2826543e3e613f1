// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Collaborator } from './types.ts'

/** Input of {@link createTaskFollower}. */
export interface CreateTaskFollowerInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { id?: string; id_list?: string[] }
}

/** `data` of a successful {@link createTaskFollower} response. */
export interface CreateTaskFollowerOutput {
  follower: Collaborator
}

/**
 * `task.v1.task.follower.create`: POST /open-apis/task/v1/tasks/:task_id/followers (tenant or user token).
 *
 * @deprecated Use `addTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task.follower&version=v1
 */
export const createTaskFollower = /*#__PURE__*/ endpoint<CreateTaskFollowerInput, CreateTaskFollowerOutput>({
  id: 'task.v1.task.follower.create',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/followers',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ id: optional(string()), id_list: optional(array(string())) })),
    }),
})

/** Input of {@link deleteTaskFollower}. */
export interface DeleteTaskFollowerInput {
  path: { task_id: string; follower_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link deleteTaskFollower} response. */
export type DeleteTaskFollowerOutput = { [key: string]: unknown }

/**
 * `task.v1.task.follower.delete`: DELETE /open-apis/task/v1/tasks/:task_id/followers/:follower_id (tenant or user token).
 *
 * @deprecated Use `removeTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task.follower&version=v1
 */
export const deleteTaskFollower = /*#__PURE__*/ endpoint<DeleteTaskFollowerInput, DeleteTaskFollowerOutput>({
  id: 'task.v1.task.follower.delete',
  method: 'DELETE',
  path: '/open-apis/task/v1/tasks/:task_id/followers/:follower_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string(), follower_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listTaskFollower}. */
export interface ListTaskFollowerInput {
  path: { task_id: string }
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link listTaskFollower} response. */
export interface ListTaskFollowerOutput {
  items?: Collaborator[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v1.task.follower.list`: GET /open-apis/task/v1/tasks/:task_id/followers (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task.follower&version=v1
 */
export const listTaskFollower = /*#__PURE__*/ endpoint<ListTaskFollowerInput, ListTaskFollowerOutput, true>({
  id: 'task.v1.task.follower.list',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id/followers',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
  page: { items: 'items' },
})
