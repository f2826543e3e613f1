// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListRelatedTaskItem } from './types.ts'

/** Input of {@link listTaskV2RelatedTask}. */
export interface ListTaskV2RelatedTaskInput {
  query?: {
    page_size?: number
    page_token?: string
    completed?: boolean
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    task_updated_time?: string
  }
}

/** `data` of a successful {@link listTaskV2RelatedTask} response. */
export interface ListTaskV2RelatedTaskOutput {
  items?: ListRelatedTaskItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.task_v2.list_related_task`: GET /open-apis/task/v2/task_v2/list_related_task (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_related_task&project=task&resource=task_v2&version=v2
 */
export const listTaskV2RelatedTask = /*#__PURE__*/ endpoint<ListTaskV2RelatedTaskInput, ListTaskV2RelatedTaskOutput, true>({
  id: 'task.v2.task_v2.list_related_task',
  method: 'GET',
  path: '/open-apis/task/v2/task_v2/list_related_task',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        completed: optional(boolean()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        task_updated_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link taskTaskV2Subscription}. */
export interface TaskTaskV2SubscriptionInput {
  query?: { user_id_type?: 'union_id' | 'user_id' | 'open_id' }
}

/** `data` of a successful {@link taskTaskV2Subscription} response. */
export interface TaskTaskV2SubscriptionOutput {
  code?: number
  msg?: string
}

/**
 * `task.v2.task_v2.task_subscription`: POST /open-apis/task/v2/task_v2/task_subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=task_subscription&project=task&resource=task_v2&version=v2
 */
export const taskTaskV2Subscription = /*#__PURE__*/ endpoint<TaskTaskV2SubscriptionInput, TaskTaskV2SubscriptionOutput>({
  id: 'task.v2.task_v2.task_subscription',
  method: 'POST',
  path: '/open-apis/task/v2/task_v2/task_subscription',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['union_id', 'user_id', 'open_id'])) })),
    }),
})
