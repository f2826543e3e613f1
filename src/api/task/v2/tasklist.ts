// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateTimeSchema, MemberSchema } from './models.ts'
import type { CreateTime, Item, Member, Tasklist, TasksItem } from './types.ts'

/** Input of {@link addTasklistMembers}. */
export interface AddTasklistMembersInput {
  path: { tasklist_guid: string }
  query?: { user_id_type?: string }
  body: { members: Member[] }
}

/** `data` of a successful {@link addTasklistMembers} response. */
export interface AddTasklistMembersOutput {
  tasklist?: Tasklist
}

/**
 * `task.v2.tasklist.add_members`: POST /open-apis/task/v2/tasklists/:tasklist_guid/add_members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_members&project=task&resource=tasklist&version=v2
 */
export const addTasklistMembers = /*#__PURE__*/ endpoint<AddTasklistMembersInput, AddTasklistMembersOutput>({
  id: 'task.v2.tasklist.add_members',
  method: 'POST',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/add_members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ members: array(MemberSchema()) }),
    }),
})

/** Input of {@link createTasklist}. */
export interface CreateTasklistInput {
  query?: { user_id_type?: string }
  body: { name: string; members?: Member[]; archive_tasklist?: boolean }
}

/** `data` of a successful {@link createTasklist} response. */
export interface CreateTasklistOutput {
  tasklist?: Tasklist
}

/**
 * `task.v2.tasklist.create`: POST /open-apis/task/v2/tasklists (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=tasklist&version=v2
 */
export const createTasklist = /*#__PURE__*/ endpoint<CreateTasklistInput, CreateTasklistOutput>({
  id: 'task.v2.tasklist.create',
  method: 'POST',
  path: '/open-apis/task/v2/tasklists',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        name: string(),
        members: optional(array(MemberSchema())),
        archive_tasklist: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteTasklist}. */
export interface DeleteTasklistInput {
  path: { tasklist_guid: string }
}

/** `data` of a successful {@link deleteTasklist} response. */
export type DeleteTasklistOutput = { [key: string]: unknown }

/**
 * `task.v2.tasklist.delete`: DELETE /open-apis/task/v2/tasklists/:tasklist_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=tasklist&version=v2
 */
export const deleteTasklist = /*#__PURE__*/ endpoint<DeleteTasklistInput, DeleteTasklistOutput>({
  id: 'task.v2.tasklist.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ tasklist_guid: string() }) }),
})

/** Input of {@link getTasklist}. */
export interface GetTasklistInput {
  path: { tasklist_guid: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getTasklist} response. */
export interface GetTasklistOutput {
  tasklist?: Tasklist
}

/**
 * `task.v2.tasklist.get`: GET /open-apis/task/v2/tasklists/:tasklist_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=tasklist&version=v2
 */
export const getTasklist = /*#__PURE__*/ endpoint<GetTasklistInput, GetTasklistOutput>({
  id: 'task.v2.tasklist.get',
  method: 'GET',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listTasklist}. */
export interface ListTasklistInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: string }
}

/** `data` of a successful {@link listTasklist} response. */
export interface ListTasklistOutput {
  items?: Tasklist[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.tasklist.list`: GET /open-apis/task/v2/tasklists (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=tasklist&version=v2
 */
export const listTasklist = /*#__PURE__*/ endpoint<ListTasklistInput, ListTasklistOutput, true>({
  id: 'task.v2.tasklist.list',
  method: 'GET',
  path: '/open-apis/task/v2/tasklists',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchTasklist}. */
export interface PatchTasklistInput {
  path: { tasklist_guid: string }
  query?: { user_id_type?: string }
  body: {
    tasklist: { name?: string; owner?: Member; archive_tasklist?: boolean }
    update_fields: string[]
    origin_owner_to_role?: 'editor' | 'viewer' | 'none'
  }
}

/** `data` of a successful {@link patchTasklist} response. */
export interface PatchTasklistOutput {
  tasklist?: Tasklist
}

/**
 * `task.v2.tasklist.patch`: PATCH /open-apis/task/v2/tasklists/:tasklist_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=tasklist&version=v2
 */
export const patchTasklist = /*#__PURE__*/ endpoint<PatchTasklistInput, PatchTasklistOutput>({
  id: 'task.v2.tasklist.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        tasklist: looseObject({
          name: optional(string()),
          owner: optional(MemberSchema()),
          archive_tasklist: optional(boolean()),
        }),
        update_fields: array(string()),
        origin_owner_to_role: optional(picklist(['editor', 'viewer', 'none'])),
      }),
    }),
})

/** Input of {@link removeTasklistMembers}. */
export interface RemoveTasklistMembersInput {
  path: { tasklist_guid: string }
  query?: { user_id_type?: string }
  body: { members: Member[] }
}

/** `data` of a successful {@link removeTasklistMembers} response. */
export interface RemoveTasklistMembersOutput {
  tasklist?: Tasklist
}

/**
 * `task.v2.tasklist.remove_members`: POST /open-apis/task/v2/tasklists/:tasklist_guid/remove_members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_members&project=task&resource=tasklist&version=v2
 */
export const removeTasklistMembers = /*#__PURE__*/ endpoint<RemoveTasklistMembersInput, RemoveTasklistMembersOutput>({
  id: 'task.v2.tasklist.remove_members',
  method: 'POST',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/remove_members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ members: array(MemberSchema()) }),
    }),
})

/** Input of {@link searchTasklist}. */
export interface SearchTasklistInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { query?: string; filter?: { create_time?: CreateTime; user_id?: string[] } }
}

/** `data` of a successful {@link searchTasklist} response. */
export interface SearchTasklistOutput {
  items: Item[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `task.v2.tasklist.search`: POST /open-apis/task/v2/tasklists/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=task&resource=tasklist&version=v2
 */
export const searchTasklist = /*#__PURE__*/ endpoint<SearchTasklistInput, SearchTasklistOutput, true>({
  id: 'task.v2.tasklist.search',
  method: 'POST',
  path: '/open-apis/task/v2/tasklists/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: optional(looseObject({
        query: optional(string()),
        filter: optional(looseObject({
          create_time: optional(CreateTimeSchema()),
          user_id: optional(array(string())),
        })),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link tasksTasklist}. */
export interface TasksTasklistInput {
  path: { tasklist_guid: string }
  query?: {
    page_size?: number
    page_token?: string
    completed?: boolean
    created_from?: string
    created_to?: string
    user_id_type?: string
  }
}

/** `data` of a successful {@link tasksTasklist} response. */
export interface TasksTasklistOutput {
  items?: TasksItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.tasklist.tasks`: GET /open-apis/task/v2/tasklists/:tasklist_guid/tasks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tasks&project=task&resource=tasklist&version=v2
 */
export const tasksTasklist = /*#__PURE__*/ endpoint<TasksTasklistInput, TasksTasklistOutput, true>({
  id: 'task.v2.tasklist.tasks',
  method: 'GET',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        completed: optional(boolean()),
        created_from: optional(string()),
        created_to: optional(string()),
        user_id_type: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
