// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Collaborator } from './types.ts'

/** Input of {@link createTaskCollaborator}. */
export interface CreateTaskCollaboratorInput {
  path: { task_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { id?: string; id_list?: string[] }
}

/** `data` of a successful {@link createTaskCollaborator} response. */
export interface CreateTaskCollaboratorOutput {
  collaborator: Collaborator
}

/**
 * `task.v1.task.collaborator.create`: POST /open-apis/task/v1/tasks/:task_id/collaborators (tenant or user token).
 *
 * @deprecated Use `addTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task.collaborator&version=v1
 */
export const createTaskCollaborator = /*#__PURE__*/ endpoint<CreateTaskCollaboratorInput, CreateTaskCollaboratorOutput>({
  id: 'task.v1.task.collaborator.create',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/collaborators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ id: optional(string()), id_list: optional(array(string())) })),
    }),
})

/** Input of {@link deleteTaskCollaborator}. */
export interface DeleteTaskCollaboratorInput {
  path: { task_id: string; collaborator_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link deleteTaskCollaborator} response. */
export type DeleteTaskCollaboratorOutput = { [key: string]: unknown }

/**
 * `task.v1.task.collaborator.delete`: DELETE /open-apis/task/v1/tasks/:task_id/collaborators/:collaborator_id (tenant or user token).
 *
 * @deprecated Use `removeTaskMembers` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task.collaborator&version=v1
 */
export const deleteTaskCollaborator = /*#__PURE__*/ endpoint<DeleteTaskCollaboratorInput, DeleteTaskCollaboratorOutput>({
  id: 'task.v1.task.collaborator.delete',
  method: 'DELETE',
  path: '/open-apis/task/v1/tasks/:task_id/collaborators/:collaborator_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string(), collaborator_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listTaskCollaborator}. */
export interface ListTaskCollaboratorInput {
  path: { task_id: string }
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link listTaskCollaborator} response. */
export interface ListTaskCollaboratorOutput {
  items?: Collaborator[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v1.task.collaborator.list`: GET /open-apis/task/v1/tasks/:task_id/collaborators (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task.collaborator&version=v1
 */
export const listTaskCollaborator = /*#__PURE__*/ endpoint<ListTaskCollaboratorInput, ListTaskCollaboratorOutput, true>({
  id: 'task.v1.task.collaborator.list',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id/collaborators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
