// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Approval, Group, Instance, Link, Summarie } from './types.ts'

/** Input of {@link addTaskSign}. */
export interface AddTaskSignInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: {
    instance_code: string
    task_id: string
    comment?: string
    add_sign_user_ids: string[]
    add_sign_type: number
    approval_method?: number
  }
}

/** `data` of a successful {@link addTaskSign} response. */
export type AddTaskSignOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.add_sign`: POST /open-apis/approval/v4/tasks/add_sign (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_sign&project=approval&resource=task&version=v4
 */
export const addTaskSign = /*#__PURE__*/ endpoint<AddTaskSignInput, AddTaskSignOutput>({
  id: 'approval.v4.task.add_sign',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/add_sign',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        instance_code: string(),
        task_id: string(),
        comment: optional(string()),
        add_sign_user_ids: array(string()),
        add_sign_type: number(),
        approval_method: optional(number()),
      }),
    }),
})

/** Input of {@link approveTask}. */
export interface ApproveTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    approval_code: string
    instance_code: string
    user_id: string
    comment?: string
    task_id: string
    form?: string
  }
}

/** `data` of a successful {@link approveTask} response. */
export type ApproveTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.approve`: POST /open-apis/approval/v4/tasks/approve (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=approve&project=approval&resource=task&version=v4
 */
export const approveTask = /*#__PURE__*/ endpoint<ApproveTaskInput, ApproveTaskOutput>({
  id: 'approval.v4.task.approve',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/approve',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: string(),
        comment: optional(string()),
        task_id: string(),
        form: optional(string()),
      }),
    }),
})

/** Input of {@link forwardTask}. */
export interface ForwardTaskInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { instance_code: string; task_id: string; transfer_user_id: string; comment?: string }
}

/** `data` of a successful {@link forwardTask} response. */
export type ForwardTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.forward`: POST /open-apis/approval/v4/tasks/forward (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=forward&project=approval&resource=task&version=v4
 */
export const forwardTask = /*#__PURE__*/ endpoint<ForwardTaskInput, ForwardTaskOutput>({
  id: 'approval.v4.task.forward',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/forward',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        instance_code: string(),
        task_id: string(),
        transfer_user_id: string(),
        comment: optional(string()),
      }),
    }),
})

/** Input of {@link listTask}. */
export interface ListTaskInput {
  query: {
    page_size?: number
    page_token?: string
    topic: '1' | '2' | '3' | '17' | '18'
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    definition_code?: string
    start_timestamp?: string
    end_timestamp?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link listTask} response. */
export interface ListTaskOutput {
  tasks: {
    topic: '1' | '2' | '3' | '17' | '18'
    user_id: string
    title: string
    status: '1' | '2' | '17' | '18' | '33' | '34'
    instance_status: '0' | '1' | '2' | '3' | '4' | '5'
    definition_code: string
    initiator?: string
    initiator_name?: string
    task_id: string
    instance_code: string
    definition_group_id?: string
    definition_group_name?: string
    definition_name?: string
    summaries?: Summarie[]
    instance_external_id?: string
    task_external_id?: string
    support_api_operate?: boolean
    link?: string
  }[]
  page_token?: string
  has_more?: boolean
  count?: number
}

/**
 * `approval.v4.task.list`: GET /open-apis/approval/v4/tasks (tenant or user token).
 *
 * Paginated over `tasks`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=approval&resource=task&version=v4
 */
export const listTask = /*#__PURE__*/ endpoint<ListTaskInput, ListTaskOutput, true>({
  id: 'approval.v4.task.list',
  method: 'GET',
  path: '/open-apis/approval/v4/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        topic: picklist(['1', '2', '3', '17', '18']),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        definition_code: optional(string()),
        start_timestamp: optional(string()),
        end_timestamp: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'tasks' },
})

/** Input of {@link passTask}. */
export interface PassTaskInput {
  body: { instance_code: string; task_id: string; form?: string; comment?: string }
}

/** `data` of a successful {@link passTask} response. */
export type PassTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.pass`: POST /open-apis/approval/v4/tasks/pass (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=pass&project=approval&resource=task&version=v4
 */
export const passTask = /*#__PURE__*/ endpoint<PassTaskInput, PassTaskOutput>({
  id: 'approval.v4.task.pass',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/pass',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        instance_code: string(),
        task_id: string(),
        form: optional(string()),
        comment: optional(string()),
      }),
    }),
})

/** Input of {@link queryTask}. */
export interface QueryTaskInput {
  query: {
    page_size?: number
    page_token?: string
    user_id: string
    topic: '1' | '2' | '3' | '17' | '18'
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link queryTask} response. */
export interface QueryTaskOutput {
  tasks: {
    topic: '1' | '2' | '3' | '17' | '18'
    user_id: string
    title: string
    urls: { helpdesk?: string; mobile?: string; pc?: string }
    process_external_id?: string
    task_external_id?: string
    status: '1' | '2' | '17' | '18' | '33' | '34'
    process_status: '0' | '1' | '2' | '3' | '4' | '5'
    definition_code: string
    initiators?: string[]
    initiator_names?: string[]
    task_id: string
    process_id: string
    process_code: string
    definition_group_id?: string
    definition_group_name?: string
    definition_id?: string
    definition_name?: string
  }[]
  page_token?: string
  has_more?: boolean
  count?: { total: number; has_more?: boolean }
}

/**
 * `approval.v4.task.query`: GET /open-apis/approval/v4/tasks/query (tenant or user token).
 *
 * Paginated over `tasks`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=approval&resource=task&version=v4
 */
export const queryTask = /*#__PURE__*/ endpoint<QueryTaskInput, QueryTaskOutput, true>({
  id: 'approval.v4.task.query',
  method: 'GET',
  path: '/open-apis/approval/v4/tasks/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id: string(),
        topic: picklist(['1', '2', '3', '17', '18']),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'tasks' },
})

/** Input of {@link refuseTask}. */
export interface RefuseTaskInput {
  body: { instance_code: string; task_id: string; comment?: string }
}

/** `data` of a successful {@link refuseTask} response. */
export type RefuseTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.refuse`: POST /open-apis/approval/v4/tasks/refuse (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=refuse&project=approval&resource=task&version=v4
 */
export const refuseTask = /*#__PURE__*/ endpoint<RefuseTaskInput, RefuseTaskOutput>({
  id: 'approval.v4.task.refuse',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/refuse',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ instance_code: string(), task_id: string(), comment: optional(string()) }) }),
})

/** Input of {@link rejectTask}. */
export interface RejectTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    approval_code: string
    instance_code: string
    user_id: string
    comment?: string
    task_id: string
    form?: string
  }
}

/** `data` of a successful {@link rejectTask} response. */
export type RejectTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.reject`: POST /open-apis/approval/v4/tasks/reject (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reject&project=approval&resource=task&version=v4
 */
export const rejectTask = /*#__PURE__*/ endpoint<RejectTaskInput, RejectTaskOutput>({
  id: 'approval.v4.task.reject',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/reject',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: string(),
        comment: optional(string()),
        task_id: string(),
        form: optional(string()),
      }),
    }),
})

/** Input of {@link resubmitTask}. */
export interface ResubmitTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    approval_code: string
    instance_code: string
    user_id: string
    comment?: string
    task_id: string
    form: string
  }
}

/** `data` of a successful {@link resubmitTask} response. */
export type ResubmitTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.resubmit`: POST /open-apis/approval/v4/tasks/resubmit (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=resubmit&project=approval&resource=task&version=v4
 */
export const resubmitTask = /*#__PURE__*/ endpoint<ResubmitTaskInput, ResubmitTaskOutput>({
  id: 'approval.v4.task.resubmit',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/resubmit',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: string(),
        comment: optional(string()),
        task_id: string(),
        form: string(),
      }),
    }),
})

/** Input of {@link rollbackTask}. */
export interface RollbackTaskInput {
  body: { instance_code: string; task_id: string; comment?: string; node_ids: string[] }
}

/** `data` of a successful {@link rollbackTask} response. */
export type RollbackTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.rollback`: POST /open-apis/approval/v4/tasks/rollback (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=rollback&project=approval&resource=task&version=v4
 */
export const rollbackTask = /*#__PURE__*/ endpoint<RollbackTaskInput, RollbackTaskOutput>({
  id: 'approval.v4.task.rollback',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/rollback',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        instance_code: string(),
        task_id: string(),
        comment: optional(string()),
        node_ids: array(string()),
      }),
    }),
})

/** Input of {@link searchTask}. */
export interface SearchTaskInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    task_title?: string
    task_status?: 'PENDING' | 'REJECTED' | 'APPROVED' | 'TRANSFERRED' | 'DONE' | 'RM_REPEAT' | 'PROCESSED' | 'ALL'
    task_start_time_from?: string
    task_start_time_to?: string
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    task_status_list?: string[]
    order?: number
    with_revoked_instance?: boolean
  }
}

/** `data` of a successful {@link searchTask} response. */
export interface SearchTaskOutput {
  count?: number
  task_list?: {
    approval?: Approval
    group?: Group
    instance?: Instance
    task?: {
      user_id?: string
      start_time?: string
      end_time?: string
      status?: 'rejected' | 'pending' | 'approved' | 'transferred' | 'done' | 'rm_repeat' | 'processed' | 'hidden'
      title?: string
      extra?: string
      link?: Link
      task_id?: string
      update_time?: string
      task_external_id?: string
    }
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `approval.v4.task.search`: POST /open-apis/approval/v4/tasks/search (tenant token).
 *
 * Paginated over `task_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=approval&resource=task&version=v4
 */
export const searchTask = /*#__PURE__*/ endpoint<SearchTaskInput, SearchTaskOutput, true>({
  id: 'approval.v4.task.search',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        task_title: optional(string()),
        task_status: optional(picklist([
          'PENDING',
          'REJECTED',
          'APPROVED',
          'TRANSFERRED',
          'DONE',
          'RM_REPEAT',
          'PROCESSED',
          'ALL',
        ])),
        task_start_time_from: optional(string()),
        task_start_time_to: optional(string()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        task_status_list: optional(array(string())),
        order: optional(number()),
        with_revoked_instance: optional(boolean()),
      })),
    }),
  page: { items: 'task_list' },
})

/** Input of {@link subscriptionTask}. */
export interface SubscriptionTaskInput {
  body: { subscription_type: 'INVOLVED_APPROVAL' | 'MANAGED_APPROVAL' }
}

/** `data` of a successful {@link subscriptionTask} response. */
export type SubscriptionTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.subscription`: POST /open-apis/approval/v4/tasks/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=approval&resource=task&version=v4
 */
export const subscriptionTask = /*#__PURE__*/ endpoint<SubscriptionTaskInput, SubscriptionTaskOutput>({
  id: 'approval.v4.task.subscription',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/subscription',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ subscription_type: picklist(['INVOLVED_APPROVAL', 'MANAGED_APPROVAL']) }) }),
})

/** Input of {@link transferTask}. */
export interface TransferTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    approval_code: string
    instance_code: string
    user_id: string
    comment?: string
    transfer_user_id: string
    task_id: string
  }
}

/** `data` of a successful {@link transferTask} response. */
export type TransferTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.transfer`: POST /open-apis/approval/v4/tasks/transfer (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transfer&project=approval&resource=task&version=v4
 */
export const transferTask = /*#__PURE__*/ endpoint<TransferTaskInput, TransferTaskOutput>({
  id: 'approval.v4.task.transfer',
  method: 'POST',
  path: '/open-apis/approval/v4/tasks/transfer',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        approval_code: string(),
        instance_code: string(),
        user_id: string(),
        comment: optional(string()),
        transfer_user_id: string(),
        task_id: string(),
      }),
    }),
})

/** Input of {@link unsubscriptionTask}. */
export interface UnsubscriptionTaskInput {
  query?: { subscription_type?: 'INVOLVED_APPROVAL' | 'MANAGED_APPROVAL' }
}

/** `data` of a successful {@link unsubscriptionTask} response. */
export type UnsubscriptionTaskOutput = { [key: string]: unknown }

/**
 * `approval.v4.task.unsubscription`: DELETE /open-apis/approval/v4/tasks/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=approval&resource=task&version=v4
 */
export const unsubscriptionTask = /*#__PURE__*/ endpoint<UnsubscriptionTaskInput, UnsubscriptionTaskOutput>({
  id: 'approval.v4.task.unsubscription',
  method: 'DELETE',
  path: '/open-apis/approval/v4/tasks/subscription',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        subscription_type: optional(picklist(['INVOLVED_APPROVAL', 'MANAGED_APPROVAL'])),
      })),
    }),
})
