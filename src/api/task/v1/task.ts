// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CollaboratorSchema, DueSchema, OriginSchema } from './models.ts'
import type { Collaborator, Due, GetTask, Origin, Task } from './types.ts'

/** Input of {@link batchDeleteTaskCollaborator}. */
export interface BatchDeleteTaskCollaboratorInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { id_list?: string[] }
}

/** `data` of a successful {@link batchDeleteTaskCollaborator} response. */
export interface BatchDeleteTaskCollaboratorOutput {
  collaborators?: string[]
}

/**
 * `task.v1.task.batch_delete_collaborator`: POST /open-apis/task/v1/tasks/:task_id/batch_delete_collaborator (tenant or user token).
 *
 * @deprecated Use `removeTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete_collaborator&project=task&resource=task&version=v1
 */
export const batchDeleteTaskCollaborator = /*#__PURE__*/ endpoint<BatchDeleteTaskCollaboratorInput, BatchDeleteTaskCollaboratorOutput>({
  id: 'task.v1.task.batch_delete_collaborator',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/batch_delete_collaborator',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ id_list: optional(array(string())) })),
    }),
})

/** Input of {@link batchDeleteTaskFollower}. */
export interface BatchDeleteTaskFollowerInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { id_list?: string[] }
}

/** `data` of a successful {@link batchDeleteTaskFollower} response. */
export interface BatchDeleteTaskFollowerOutput {
  followers?: string[]
}

/**
 * `task.v1.task.batch_delete_follower`: POST /open-apis/task/v1/tasks/:task_id/batch_delete_follower (tenant or user token).
 *
 * @deprecated Use `removeTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete_follower&project=task&resource=task&version=v1
 */
export const batchDeleteTaskFollower = /*#__PURE__*/ endpoint<BatchDeleteTaskFollowerInput, BatchDeleteTaskFollowerOutput>({
  id: 'task.v1.task.batch_delete_follower',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/batch_delete_follower',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ id_list: optional(array(string())) })),
    }),
})

/** Input of {@link completeTask}. */
export interface CompleteTaskInput {
  path: { task_id: string }
}

/** `data` of a successful {@link completeTask} response. */
export type CompleteTaskOutput = { [key: string]: unknown }

/**
 * `task.v1.task.complete`: POST /open-apis/task/v1/tasks/:task_id/complete (tenant or user token).
 *
 * @deprecated Use `patchTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=complete&project=task&resource=task&version=v1
 */
export const completeTask = /*#__PURE__*/ endpoint<CompleteTaskInput, CompleteTaskOutput>({
  id: 'task.v1.task.complete',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/complete',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string() }) }),
})

/** Input of {@link createTask}. */
export interface CreateTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    summary?: string
    description?: string
    extra?: string
    due?: Due
    origin: Origin
    can_edit?: boolean
    custom?: string
    collaborator_ids?: string[]
    follower_ids?: string[]
    repeat_rule?: string
    rich_summary?: string
    rich_description?: string
  }
}

/** `data` of a successful {@link createTask} response. */
export interface CreateTaskOutput {
  task?: Task
}

/**
 * `task.v1.task.create`: POST /open-apis/task/v1/tasks (tenant or user token).
 *
 * @deprecated Use `createTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task&version=v1
 */
export const createTask = /*#__PURE__*/ endpoint<CreateTaskInput, CreateTaskOutput>({
  id: 'task.v1.task.create',
  method: 'POST',
  path: '/open-apis/task/v1/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        summary: optional(string()),
        description: optional(string()),
        extra: optional(string()),
        due: optional(DueSchema()),
        origin: OriginSchema(),
        can_edit: optional(boolean()),
        custom: optional(string()),
        collaborator_ids: optional(array(string())),
        follower_ids: optional(array(string())),
        repeat_rule: optional(string()),
        rich_summary: optional(string()),
        rich_description: optional(string()),
      }),
    }),
})

/** Input of {@link deleteTask}. */
export interface DeleteTaskInput {
  path: { task_id: string }
}

/** `data` of a successful {@link deleteTask} response. */
export type DeleteTaskOutput = { [key: string]: unknown }

/**
 * `task.v1.task.delete`: DELETE /open-apis/task/v1/tasks/:task_id (tenant or user token).
 *
 * @deprecated Use `deleteTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task&version=v1
 */
export const deleteTask = /*#__PURE__*/ endpoint<DeleteTaskInput, DeleteTaskOutput>({
  id: 'task.v1.task.delete',
  method: 'DELETE',
  path: '/open-apis/task/v1/tasks/:task_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string() }) }),
})

/** Input of {@link getTask}. */
export interface GetTaskInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getTask} response. */
export interface GetTaskOutput {
  task?: GetTask
}

/**
 * `task.v1.task.get`: GET /open-apis/task/v1/tasks/:task_id (tenant or user token).
 *
 * @deprecated Use `getTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=task&version=v1
 */
export const getTask = /*#__PURE__*/ endpoint<GetTaskInput, GetTaskOutput>({
  id: 'task.v1.task.get',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listTask}. */
export interface ListTaskInput {
  query?: {
    page_size?: number
    page_token?: string
    start_create_time?: string
    end_create_time?: string
    task_completed?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listTask} response. */
export interface ListTaskOutput {
  items?: GetTask[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v1.task.list`: GET /open-apis/task/v1/tasks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `listTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task&version=v1
 */
export const listTask = /*#__PURE__*/ endpoint<ListTaskInput, ListTaskOutput, true>({
  id: 'task.v1.task.list',
  method: 'GET',
  path: '/open-apis/task/v1/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        start_create_time: optional(string()),
        end_create_time: optional(string()),
        task_completed: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchTask}. */
export interface PatchTaskInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    task: {
      summary?: string
      description?: string
      extra?: string
      due?: Due
      origin?: Origin
      can_edit?: boolean
      custom?: string
      followers?: Collaborator[]
      collaborators?: Collaborator[]
      collaborator_ids?: string[]
      follower_ids?: string[]
      repeat_rule?: string
      rich_summary?: string
      rich_description?: string
    }
    update_fields: string[]
  }
}

/** `data` of a successful {@link patchTask} response. */
export interface PatchTaskOutput {
  task?: Task
}

/**
 * `task.v1.task.patch`: PATCH /open-apis/task/v1/tasks/:task_id (tenant or user token).
 *
 * @deprecated Use `patchTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=task&version=v1
 */
export const patchTask = /*#__PURE__*/ endpoint<PatchTaskInput, PatchTaskOutput>({
  id: 'task.v1.task.patch',
  method: 'PATCH',
  path: '/open-apis/task/v1/tasks/:task_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        task: looseObject({
          summary: optional(string()),
          description: optional(string()),
          extra: optional(string()),
          due: optional(DueSchema()),
          origin: optional(OriginSchema()),
          can_edit: optional(boolean()),
          custom: optional(string()),
          followers: optional(array(CollaboratorSchema())),
          collaborators: optional(array(CollaboratorSchema())),
          collaborator_ids: optional(array(string())),
          follower_ids: optional(array(string())),
          repeat_rule: optional(string()),
          rich_summary: optional(string()),
          rich_description: optional(string()),
        }),
        update_fields: array(string()),
      }),
    }),
})

/** Input of {@link uncompleteTask}. */
export interface UncompleteTaskInput {
  path: { task_id: string }
}

/** `data` of a successful {@link uncompleteTask} response. */
export type UncompleteTaskOutput = { [key: string]: unknown }

/**
 * `task.v1.task.uncomplete`: POST /open-apis/task/v1/tasks/:task_id/uncomplete (tenant or user token).
 *
 * @deprecated Use `patchTask` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=uncomplete&project=task&resource=task&version=v1
 */
export const uncompleteTask = /*#__PURE__*/ endpoint<UncompleteTaskInput, UncompleteTaskOutput>({
  id: 'task.v1.task.uncomplete',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/uncomplete',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string() }) }),
})
