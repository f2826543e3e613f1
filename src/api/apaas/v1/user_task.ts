// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { ActivityLabel } from './types.ts'

/** Input of {@link ccUserTask}. */
export interface CcUserTaskInput {
  path: { task_id: string }
  body: { cc_user_ids: string[]; operator_user_id: string }
}

/** `data` of a successful {@link ccUserTask} response. */
export type CcUserTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.user_task.cc`: POST /open-apis/apaas/v1/user_tasks/:task_id/cc (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cc&project=apaas&resource=user_task&version=v1
 */
export const ccUserTask = /*#__PURE__*/ endpoint<CcUserTaskInput, CcUserTaskOutput>({
  id: 'apaas.v1.user_task.cc',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_tasks/:task_id/cc',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      body: looseObject({ cc_user_ids: array(string()), operator_user_id: string() }),
    }),
})

/** Input of {@link chatUserTaskGroup}. */
export interface ChatUserTaskGroupInput {
  path: { task_id: string }
  body: { operator_user_id: string; invite_user_ids?: string[]; chat_id?: string; chat_name?: string }
}

/** `data` of a successful {@link chatUserTaskGroup} response. */
export interface ChatUserTaskGroupOutput {
  chat_id?: string
}

/**
 * `apaas.v1.user_task.chat_group`: POST /open-apis/apaas/v1/user_tasks/:task_id/chat_group (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=chat_group&project=apaas&resource=user_task&version=v1
 */
export const chatUserTaskGroup = /*#__PURE__*/ endpoint<ChatUserTaskGroupInput, ChatUserTaskGroupOutput>({
  id: 'apaas.v1.user_task.chat_group',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_tasks/:task_id/chat_group',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      body: looseObject({
        operator_user_id: string(),
        invite_user_ids: optional(array(string())),
        chat_id: optional(string()),
        chat_name: optional(string()),
      }),
    }),
})

/** Input of {@link expeditingUserTask}. */
export interface ExpeditingUserTaskInput {
  path: { task_id: string }
  body: { operator_user_id: string; expediting_user_ids: string[]; opinion?: string }
}

/** `data` of a successful {@link expeditingUserTask} response. */
export type ExpeditingUserTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.user_task.expediting`: POST /open-apis/apaas/v1/user_tasks/:task_id/expediting (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=expediting&project=apaas&resource=user_task&version=v1
 */
export const expeditingUserTask = /*#__PURE__*/ endpoint<ExpeditingUserTaskInput, ExpeditingUserTaskOutput>({
  id: 'apaas.v1.user_task.expediting',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_tasks/:task_id/expediting',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      body: looseObject({
        operator_user_id: string(),
        expediting_user_ids: array(string()),
        opinion: optional(string()),
      }),
    }),
})

/** Input of {@link queryUserTask}. */
export interface QueryUserTaskInput {
  body: {
    type?: string
    source?: string
    limit?: string
    offset?: string
    start_time?: string
    end_time?: string
    api_ids?: string[]
    kunlun_user_id: string
  }
}

/** `data` of a successful {@link queryUserTask} response. */
export interface QueryUserTaskOutput {
  count?: string
  tasks?: {
    task_id?: string
    task_start_time?: string
    workflow_instance?: { id?: string; label?: ActivityLabel[]; status?: string }
    initiator?: { user_id?: string; name?: string }
    summarys?: { file_key?: ActivityLabel; file_value?: ActivityLabel[] }[]
  }[]
}

/**
 * `apaas.v1.user_task.query`: POST /open-apis/apaas/v1/user_task/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=apaas&resource=user_task&version=v1
 */
export const queryUserTask = /*#__PURE__*/ endpoint<QueryUserTaskInput, QueryUserTaskOutput>({
  id: 'apaas.v1.user_task.query',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_task/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        type: optional(string()),
        source: optional(string()),
        limit: optional(string()),
        offset: optional(string()),
        start_time: optional(string()),
        end_time: optional(string()),
        api_ids: optional(array(string())),
        kunlun_user_id: string(),
      }),
    }),
})

/** Input of {@link rollbackUserTask}. */
export interface RollbackUserTaskInput {
  path: { task_id: string }
  body: { operator_user_id: string; to_task_id: string; opinion: string }
}

/** `data` of a successful {@link rollbackUserTask} response. */
export type RollbackUserTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.user_task.rollback`: POST /open-apis/apaas/v1/user_tasks/:task_id/rollback (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=rollback&project=apaas&resource=user_task&version=v1
 */
export const rollbackUserTask = /*#__PURE__*/ endpoint<RollbackUserTaskInput, RollbackUserTaskOutput>({
  id: 'apaas.v1.user_task.rollback',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_tasks/:task_id/rollback',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ task_id: string() }),
      body: looseObject({ operator_user_id: string(), to_task_id: string(), opinion: string() }),
    }),
})

/** Input of {@link rollbackUserTaskPoints}. */
export interface RollbackUserTaskPointsInput {
  path: { task_id: string }
  body: { operator_user_id: string }
}

/** `data` of a successful {@link rollbackUserTaskPoints} response. */
export interface RollbackUserTaskPointsOutput {
  tasks?: { id?: string; activity_label?: ActivityLabel[]; is_start?: boolean }[]
}

/**
 * `apaas.v1.user_task.rollback_points`: POST /open-apis/apaas/v1/user_tasks/:task_id/rollback_points (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=rollback_points&project=apaas&resource=user_task&version=v1
 */
export const rollbackUserTaskPoints = /*#__PURE__*/ endpoint<RollbackUserTaskPointsInput, RollbackUserTaskPointsOutput>({
  id: 'apaas.v1.user_task.rollback_points',
  method: 'POST',
  path: '/open-apis/apaas/v1/user_tasks/:task_id/rollback_points',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ task_id: string() }), body: looseObject({ operator_user_id: string() }) }),
})
