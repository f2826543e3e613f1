// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  AddMembersMemberSchema,
  CreateCustomFieldSchema,
  CreateTasklistSchema,
  CreateTimeSchema,
  CustomCompleteSchema,
  DependencieSchema,
  DocxSourceSchema,
  DueSchema,
  OriginSchema,
  PatchTaskSchema,
} from './models.ts'
import type {
  AddMembersMember,
  CreateCustomField,
  CreateTasklist,
  CreateTime,
  CustomComplete,
  Dependencie,
  DocxSource,
  Due,
  Item,
  Origin,
  PatchTask,
  Task,
} from './types.ts'

/** Input of {@link addTaskDependencies}. */
export interface AddTaskDependenciesInput {
  path: { task_guid: string }
  body?: { dependencies?: Dependencie[] }
}

/** `data` of a successful {@link addTaskDependencies} response. */
export interface AddTaskDependenciesOutput {
  dependencies?: Dependencie[]
}

/**
 * `task.v2.task.add_dependencies`: POST /open-apis/task/v2/tasks/:task_guid/add_dependencies (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_dependencies&project=task&resource=task&version=v2
 */
export const addTaskDependencies = /*#__PURE__*/ endpoint<AddTaskDependenciesInput, AddTaskDependenciesOutput>({
  id: 'task.v2.task.add_dependencies',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/add_dependencies',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      body: optional(looseObject({ dependencies: optional(array(DependencieSchema())) })),
    }),
})

/** Input of {@link addTaskMembers}. */
export interface AddTaskMembersInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { members: AddMembersMember[]; client_token?: string }
}

/** `data` of a successful {@link addTaskMembers} response. */
export interface AddTaskMembersOutput {
  task?: Task
}

/**
 * `task.v2.task.add_members`: POST /open-apis/task/v2/tasks/:task_guid/add_members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_members&project=task&resource=task&version=v2
 */
export const addTaskMembers = /*#__PURE__*/ endpoint<AddTaskMembersInput, AddTaskMembersOutput>({
  id: 'task.v2.task.add_members',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/add_members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ members: array(AddMembersMemberSchema()), client_token: optional(string()) }),
    }),
})

/** Input of {@link addTaskReminders}. */
export interface AddTaskRemindersInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { reminders: { relative_fire_minute: number }[] }
}

/** `data` of a successful {@link addTaskReminders} response. */
export interface AddTaskRemindersOutput {
  task?: Task
}

/**
 * `task.v2.task.add_reminders`: POST /open-apis/task/v2/tasks/:task_guid/add_reminders (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_reminders&project=task&resource=task&version=v2
 */
export const addTaskReminders = /*#__PURE__*/ endpoint<AddTaskRemindersInput, AddTaskRemindersOutput>({
  id: 'task.v2.task.add_reminders',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/add_reminders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ reminders: array(looseObject({ relative_fire_minute: number() })) }),
    }),
})

/** Input of {@link addTaskTasklist}. */
export interface AddTaskTasklistInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { tasklist_guid: string; section_guid?: string }
}

/** `data` of a successful {@link addTaskTasklist} response. */
export interface AddTaskTasklistOutput {
  task?: Task
}

/**
 * `task.v2.task.add_tasklist`: POST /open-apis/task/v2/tasks/:task_guid/add_tasklist (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_tasklist&project=task&resource=task&version=v2
 */
export const addTaskTasklist = /*#__PURE__*/ endpoint<AddTaskTasklistInput, AddTaskTasklistOutput>({
  id: 'task.v2.task.add_tasklist',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/add_tasklist',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ tasklist_guid: string(), section_guid: optional(string()) }),
    }),
})

/** Input of {@link createTask}. */
export interface CreateTaskInput {
  query?: { user_id_type?: string }
  body: {
    summary: string
    description?: string
    due?: Due
    origin?: Origin
    extra?: string
    completed_at?: string
    members?: AddMembersMember[]
    repeat_rule?: string
    custom_complete?: CustomComplete
    tasklists?: CreateTasklist[]
    client_token?: string
    start?: Due
    reminders?: { relative_fire_minute: number }[]
    mode?: number
    is_milestone?: boolean
    custom_fields?: CreateCustomField[]
    docx_source?: DocxSource
    positive_reminders?: { relative_fire_minute: number }[]
    agent_task_status?: number
    agent_task_progress?: string
    text_deliveries?: string[]
  }
}

/** `data` of a successful {@link createTask} response. */
export interface CreateTaskOutput {
  task?: Task
}

/**
 * `task.v2.task.create`: POST /open-apis/task/v2/tasks (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task&version=v2
 */
export const createTask = /*#__PURE__*/ endpoint<CreateTaskInput, CreateTaskOutput>({
  id: 'task.v2.task.create',
  method: 'POST',
  path: '/open-apis/task/v2/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        summary: string(),
        description: optional(string()),
        due: optional(DueSchema()),
        origin: optional(OriginSchema()),
        extra: optional(string()),
        completed_at: optional(string()),
        members: optional(array(AddMembersMemberSchema())),
        repeat_rule: optional(string()),
        custom_complete: optional(CustomCompleteSchema()),
        tasklists: optional(array(CreateTasklistSchema())),
        client_token: optional(string()),
        start: optional(DueSchema()),
        reminders: optional(array(looseObject({ relative_fire_minute: number() }))),
        mode: optional(number()),
        is_milestone: optional(boolean()),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        docx_source: optional(DocxSourceSchema()),
        positive_reminders: optional(array(looseObject({ relative_fire_minute: number() }))),
        agent_task_status: optional(number()),
        agent_task_progress: optional(string()),
        text_deliveries: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteTask}. */
export interface DeleteTaskInput {
  path: { task_guid: string }
}

/** `data` of a successful {@link deleteTask} response. */
export type DeleteTaskOutput = { [key: string]: unknown }

/**
 * `task.v2.task.delete`: DELETE /open-apis/task/v2/tasks/:task_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task&version=v2
 */
export const deleteTask = /*#__PURE__*/ endpoint<DeleteTaskInput, DeleteTaskOutput>({
  id: 'task.v2.task.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/tasks/:task_guid',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_guid: string() }) }),
})

/** Input of {@link getTask}. */
export interface GetTaskInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getTask} response. */
export interface GetTaskOutput {
  task?: Task
}

/**
 * `task.v2.task.get`: GET /open-apis/task/v2/tasks/:task_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=task&version=v2
 */
export const getTask = /*#__PURE__*/ endpoint<GetTaskInput, GetTaskOutput>({
  id: 'task.v2.task.get',
  method: 'GET',
  path: '/open-apis/task/v2/tasks/:task_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listTask}. */
export interface ListTaskInput {
  query?: {
    page_size?: number
    page_token?: string
    completed?: boolean
    type?: string
    user_id_type?: string
    agent_task_status?: number
  }
}

/** `data` of a successful {@link listTask} response. */
export interface ListTaskOutput {
  items?: Task[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.task.list`: GET /open-apis/task/v2/tasks (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task&version=v2
 */
export const listTask = /*#__PURE__*/ endpoint<ListTaskInput, ListTaskOutput, true>({
  id: 'task.v2.task.list',
  method: 'GET',
  path: '/open-apis/task/v2/tasks',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        completed: optional(boolean()),
        type: optional(string()),
        user_id_type: optional(string()),
        agent_task_status: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchTask}. */
export interface PatchTaskInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { task?: PatchTask; update_fields: string[] }
}

/** `data` of a successful {@link patchTask} response. */
export interface PatchTaskOutput {
  task?: Task
}

/**
 * `task.v2.task.patch`: PATCH /open-apis/task/v2/tasks/:task_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=task&version=v2
 */
export const patchTask = /*#__PURE__*/ endpoint<PatchTaskInput, PatchTaskOutput>({
  id: 'task.v2.task.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/tasks/:task_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ task: optional(PatchTaskSchema()), update_fields: array(string()) }),
    }),
})

/** Input of {@link removeTaskDependencies}. */
export interface RemoveTaskDependenciesInput {
  path: { task_guid: string }
  body: { dependencies: { task_guid: string }[] }
}

/** `data` of a successful {@link removeTaskDependencies} response. */
export interface RemoveTaskDependenciesOutput {
  dependencies?: Dependencie[]
}

/**
 * `task.v2.task.remove_dependencies`: POST /open-apis/task/v2/tasks/:task_guid/remove_dependencies (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_dependencies&project=task&resource=task&version=v2
 */
export const removeTaskDependencies = /*#__PURE__*/ endpoint<RemoveTaskDependenciesInput, RemoveTaskDependenciesOutput>({
  id: 'task.v2.task.remove_dependencies',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/remove_dependencies',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      body: looseObject({ dependencies: array(looseObject({ task_guid: string() })) }),
    }),
})

/** Input of {@link removeTaskMembers}. */
export interface RemoveTaskMembersInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { members: AddMembersMember[] }
}

/** `data` of a successful {@link removeTaskMembers} response. */
export interface RemoveTaskMembersOutput {
  task?: Task
}

/**
 * `task.v2.task.remove_members`: POST /open-apis/task/v2/tasks/:task_guid/remove_members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_members&project=task&resource=task&version=v2
 */
export const removeTaskMembers = /*#__PURE__*/ endpoint<RemoveTaskMembersInput, RemoveTaskMembersOutput>({
  id: 'task.v2.task.remove_members',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/remove_members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ members: array(AddMembersMemberSchema()) }),
    }),
})

/** Input of {@link removeTaskReminders}. */
export interface RemoveTaskRemindersInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { reminder_ids: string[] }
}

/** `data` of a successful {@link removeTaskReminders} response. */
export interface RemoveTaskRemindersOutput {
  task?: Task
}

/**
 * `task.v2.task.remove_reminders`: POST /open-apis/task/v2/tasks/:task_guid/remove_reminders (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_reminders&project=task&resource=task&version=v2
 */
export const removeTaskReminders = /*#__PURE__*/ endpoint<RemoveTaskRemindersInput, RemoveTaskRemindersOutput>({
  id: 'task.v2.task.remove_reminders',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/remove_reminders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ reminder_ids: array(string()) }),
    }),
})

/** Input of {@link removeTaskTasklist}. */
export interface RemoveTaskTasklistInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: { tasklist_guid: string }
}

/** `data` of a successful {@link removeTaskTasklist} response. */
export interface RemoveTaskTasklistOutput {
  task?: Task
}

/**
 * `task.v2.task.remove_tasklist`: POST /open-apis/task/v2/tasks/:task_guid/remove_tasklist (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_tasklist&project=task&resource=task&version=v2
 */
export const removeTaskTasklist = /*#__PURE__*/ endpoint<RemoveTaskTasklistInput, RemoveTaskTasklistOutput>({
  id: 'task.v2.task.remove_tasklist',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/remove_tasklist',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({ tasklist_guid: string() }),
    }),
})

/** Input of {@link searchTask}. */
export interface SearchTaskInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: {
    query?: string
    filter?: {
      creator_ids?: string[]
      assignee_ids?: string[]
      is_completed?: boolean
      due_time?: CreateTime
      follower_ids?: string[]
    }
  }
}

/** `data` of a successful {@link searchTask} response. */
export interface SearchTaskOutput {
  items: Item[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `task.v2.task.search`: POST /open-apis/task/v2/tasks/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=task&resource=task&version=v2
 */
export const searchTask = /*#__PURE__*/ endpoint<SearchTaskInput, SearchTaskOutput, true>({
  id: 'task.v2.task.search',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/search',
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
          creator_ids: optional(array(string())),
          assignee_ids: optional(array(string())),
          is_completed: optional(boolean()),
          due_time: optional(CreateTimeSchema()),
          follower_ids: optional(array(string())),
        })),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link setTaskAncestorTask}. */
export interface SetTaskAncestorTaskInput {
  path: { task_guid: string }
  body?: { ancestor_guid?: string; user_id_type?: string; target_user_id?: string }
}

/** `data` of a successful {@link setTaskAncestorTask} response. */
export type SetTaskAncestorTaskOutput = { [key: string]: unknown }

/**
 * `task.v2.task.set_ancestor_task`: POST /open-apis/task/v2/tasks/:task_guid/set_ancestor_task (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set_ancestor_task&project=task&resource=task&version=v2
 */
export const setTaskAncestorTask = /*#__PURE__*/ endpoint<SetTaskAncestorTaskInput, SetTaskAncestorTaskOutput>({
  id: 'task.v2.task.set_ancestor_task',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/set_ancestor_task',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      body: optional(looseObject({
        ancestor_guid: optional(string()),
        user_id_type: optional(string()),
        target_user_id: optional(string()),
      })),
    }),
})

/** Input of {@link tasklistsTask}. */
export interface TasklistsTaskInput {
  path: { task_guid: string }
}

/** `data` of a successful {@link tasklistsTask} response. */
export interface TasklistsTaskOutput {
  tasklists?: CreateTasklist[]
}

/**
 * `task.v2.task.tasklists`: GET /open-apis/task/v2/tasks/:task_guid/tasklists (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tasklists&project=task&resource=task&version=v2
 */
export const tasklistsTask = /*#__PURE__*/ endpoint<TasklistsTaskInput, TasklistsTaskOutput>({
  id: 'task.v2.task.tasklists',
  method: 'GET',
  path: '/open-apis/task/v2/tasks/:task_guid/tasklists',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_guid: string() }) }),
})
