// Generated from catalog/task.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link createTaskReminder}. */
export interface CreateTaskReminderInput {
  path: { task_id: string }
  body: { relative_fire_minute: number }
}

/** `data` of a successful {@link createTaskReminder} response. */
export interface CreateTaskReminderOutput {
  reminder?: Item
}

/**
 * `task.v1.task.reminder.create`: POST /open-apis/task/v1/tasks/:task_id/reminders (tenant or user token).
 *
 * @deprecated Use `addTaskReminders` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=task.reminder&version=v1
 */
export const createTaskReminder = /*#__PURE__*/ endpoint<CreateTaskReminderInput, CreateTaskReminderOutput>({
  id: 'task.v1.task.reminder.create',
  method: 'POST',
  path: '/open-apis/task/v1/tasks/:task_id/reminders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ task_id: string() }), body: looseObject({ relative_fire_minute: number() }) }),
})

/** Input of {@link deleteTaskReminder}. */
export interface DeleteTaskReminderInput {
  path: { task_id: string; reminder_id: string }
}

/** `data` of a successful {@link deleteTaskReminder} response. */
export type DeleteTaskReminderOutput = { [key: string]: unknown }

/**
 * `task.v1.task.reminder.delete`: DELETE /open-apis/task/v1/tasks/:task_id/reminders/:reminder_id (tenant or user token).
 *
 * @deprecated Use `removeTaskReminders` from `larkfn/task/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=task.reminder&version=v1
 */
export const deleteTaskReminder = /*#__PURE__*/ endpoint<DeleteTaskReminderInput, DeleteTaskReminderOutput>({
  id: 'task.v1.task.reminder.delete',
  method: 'DELETE',
  path: '/open-apis/task/v1/tasks/:task_id/reminders/:reminder_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ task_id: string(), reminder_id: string() }) }),
})

/** Input of {@link listTaskReminder}. */
export interface ListTaskReminderInput {
  path: { task_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listTaskReminder} response. */
export interface ListTaskReminderOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v1.task.reminder.list`: GET /open-apis/task/v1/tasks/:task_id/reminders (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=task.reminder&version=v1
 */
export const listTaskReminder = /*#__PURE__*/ endpoint<ListTaskReminderInput, ListTaskReminderOutput, true>({
  id: 'task.v1.task.reminder.list',
  method: 'GET',
  path: '/open-apis/task/v1/tasks/:task_id/reminders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})
