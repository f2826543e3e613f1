// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { SubscriberSchema } from './models.ts'
import type { ActivitySubscription, Subscriber } from './types.ts'

/** Input of {@link createTasklistActivitySubscription}. */
export interface CreateTasklistActivitySubscriptionInput {
  path: { tasklist_guid: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { name: string; subscribers: Subscriber[]; include_keys: number[]; disabled?: boolean }
}

/** `data` of a successful {@link createTasklistActivitySubscription} response. */
export interface CreateTasklistActivitySubscriptionOutput {
  activity_subscription?: ActivitySubscription
}

/**
 * `task.v2.tasklist.activity_subscription.create`: POST /open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=tasklist.activity_subscription&version=v2
 */
export const createTasklistActivitySubscription = /*#__PURE__*/ endpoint<CreateTasklistActivitySubscriptionInput, CreateTasklistActivitySubscriptionOutput>({
  id: 'task.v2.tasklist.activity_subscription.create',
  method: 'POST',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        name: string(),
        subscribers: array(SubscriberSchema()),
        include_keys: array(number()),
        disabled: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteTasklistActivitySubscription}. */
export interface DeleteTasklistActivitySubscriptionInput {
  path: { tasklist_guid: string; activity_subscription_guid: string }
}

/** `data` of a successful {@link deleteTasklistActivitySubscription} response. */
export type DeleteTasklistActivitySubscriptionOutput = { [key: string]: unknown }

/**
 * `task.v2.tasklist.activity_subscription.delete`: DELETE /open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=tasklist.activity_subscription&version=v2
 */
export const deleteTasklistActivitySubscription = /*#__PURE__*/ endpoint<DeleteTasklistActivitySubscriptionInput, DeleteTasklistActivitySubscriptionOutput>({
  id: 'task.v2.tasklist.activity_subscription.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ tasklist_guid: string(), activity_subscription_guid: string() }) }),
})

/** Input of {@link getTasklistActivitySubscription}. */
export interface GetTasklistActivitySubscriptionInput {
  path: { tasklist_guid: string; activity_subscription_guid: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getTasklistActivitySubscription} response. */
export interface GetTasklistActivitySubscriptionOutput {
  activity_subscription?: ActivitySubscription
}

/**
 * `task.v2.tasklist.activity_subscription.get`: GET /open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=tasklist.activity_subscription&version=v2
 */
export const getTasklistActivitySubscription = /*#__PURE__*/ endpoint<GetTasklistActivitySubscriptionInput, GetTasklistActivitySubscriptionOutput>({
  id: 'task.v2.tasklist.activity_subscription.get',
  method: 'GET',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string(), activity_subscription_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listTasklistActivitySubscription}. */
export interface ListTasklistActivitySubscriptionInput {
  path: { tasklist_guid: string }
  query?: { limit?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link listTasklistActivitySubscription} response. */
export interface ListTasklistActivitySubscriptionOutput {
  items?: ActivitySubscription[]
}

/**
 * `task.v2.tasklist.activity_subscription.list`: GET /open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=tasklist.activity_subscription&version=v2
 */
export const listTasklistActivitySubscription = /*#__PURE__*/ endpoint<ListTasklistActivitySubscriptionInput, ListTasklistActivitySubscriptionOutput>({
  id: 'task.v2.tasklist.activity_subscription.list',
  method: 'GET',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string() }),
      query: optional(looseObject({
        limit: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link patchTasklistActivitySubscription}. */
export interface PatchTasklistActivitySubscriptionInput {
  path: { tasklist_guid: string; activity_subscription_guid: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    activity_subscription: { name?: string; subscribers?: Subscriber[]; include_keys?: number[]; disabled?: boolean }
    update_fields: ('name' | 'include_keys' | 'subscribers' | 'disabled')[]
  }
}

/** `data` of a successful {@link patchTasklistActivitySubscription} response. */
export interface PatchTasklistActivitySubscriptionOutput {
  activity_subscription?: ActivitySubscription
}

/**
 * `task.v2.tasklist.activity_subscription.patch`: PATCH /open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=tasklist.activity_subscription&version=v2
 */
export const patchTasklistActivitySubscription = /*#__PURE__*/ endpoint<PatchTasklistActivitySubscriptionInput, PatchTasklistActivitySubscriptionOutput>({
  id: 'task.v2.tasklist.activity_subscription.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/tasklists/:tasklist_guid/activity_subscriptions/:activity_subscription_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ tasklist_guid: string(), activity_subscription_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        activity_subscription: looseObject({
          name: optional(string()),
          subscribers: optional(array(SubscriberSchema())),
          include_keys: optional(array(number())),
          disabled: optional(boolean()),
        }),
        update_fields: array(picklist(['name', 'include_keys', 'subscribers', 'disabled'])),
      }),
    }),
})
