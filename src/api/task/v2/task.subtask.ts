// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import {
  CreateTasklistSchema,
  CustomCompleteSchema,
  DocxSourceSchema,
  DueSchema,
  MemberSchema,
  OriginSchema,
} from './models.ts'
import type { CreateTasklist, CustomComplete, DocxSource, Due, Member, Origin, Task } from './types.ts'

/** Input of {@link createTaskSubtask}. */
export interface CreateTaskSubtaskInput {
  path: { task_guid: string }
  query?: { user_id_type?: string }
  body: {
    summary: string
    description?: string
    due?: Due
    origin?: Origin
    extra?: string
    completed_at?: string
    members?: Member[]
    repeat_rule?: string
    custom_complete?: CustomComplete
    tasklists?: CreateTasklist[]
    client_token?: string
    start?: Due
    reminders?: { relative_fire_minute: number }[]
    mode?: number
    is_milestone?: boolean
    custom_fields?: {
      guid: string
      number_value?: string
      member_value?: Member[]
      datetime_value?: string
      single_select_value?: string
      multi_select_value?: string[]
      text_value?: string
    }[]
    docx_source?: DocxSource
    agent_task_status?: number
    agent_task_progress?: string
    text_deliveries?: string[]
  }
}

/** `data` of a successful {@link createTaskSubtask} response. */
export interface CreateTaskSubtaskOutput {
  subtask?: Task
}

/**
 * `task.v2.task.subtask.create`: POST /open-apis/task/v2/tasks/:task_guid/subtasks (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task.subtask&version=v2
 */
export const createTaskSubtask = /*#__PURE__*/ endpoint<CreateTaskSubtaskInput, CreateTaskSubtaskOutput>({
  id: 'task.v2.task.subtask.create',
  method: 'POST',
  path: '/open-apis/task/v2/tasks/:task_guid/subtasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        summary: string(),
        description: optional(string()),
        due: optional(DueSchema()),
        origin: optional(OriginSchema()),
        extra: optional(string()),
        completed_at: optional(string()),
        members: optional(array(MemberSchema())),
        repeat_rule: optional(string()),
        custom_complete: optional(CustomCompleteSchema()),
        tasklists: optional(array(CreateTasklistSchema())),
        client_token: optional(string()),
        start: optional(DueSchema()),
        reminders: optional(array(looseObject({ relative_fire_minute: number() }))),
        mode: optional(number()),
        is_milestone: optional(boolean()),
        custom_fields: optional(array(looseObject({
          guid: string(),
          number_value: optional(string()),
          member_value: optional(array(MemberSchema())),
          datetime_value: optional(string()),
          single_select_value: optional(string()),
          multi_select_value: optional(array(string())),
          text_value: optional(string()),
        }))),
        docx_source: optional(DocxSourceSchema()),
        agent_task_status: optional(number()),
        agent_task_progress: optional(string()),
        text_deliveries: optional(array(string())),
      }),
    }),
})

/** Input of {@link listTaskSubtask}. */
export interface ListTaskSubtaskInput {
  path: { task_guid: string }
  query?: { page_size?: number; page_token?: string; user_id_type?: string }
}

/** `data` of a successful {@link listTaskSubtask} response. */
export interface ListTaskSubtaskOutput {
  items?: Task[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.task.subtask.list`: GET /open-apis/task/v2/tasks/:task_guid/subtasks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task.subtask&version=v2
 */
export const listTaskSubtask = /*#__PURE__*/ endpoint<ListTaskSubtaskInput, ListTaskSubtaskOutput, true>({
  id: 'task.v2.task.subtask.list',
  method: 'GET',
  path: '/open-apis/task/v2/tasks/:task_guid/subtasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_guid: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
