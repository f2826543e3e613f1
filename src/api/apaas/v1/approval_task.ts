// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link addApprovalTaskAssignee}. */
export interface AddApprovalTaskAssigneeInput {
  path: { approval_task_id: string }
  body: { user_id: string; approvers?: string[]; add_assignee_type?: string; opinion?: string }
}

/** `data` of a successful {@link addApprovalTaskAssignee} response. */
export type AddApprovalTaskAssigneeOutput = { [key: string]: unknown }

/**
 * `apaas.v1.approval_task.add_assignee`: POST /open-apis/apaas/v1/approval_tasks/:approval_task_id/add_assignee (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_assignee&project=apaas&resource=approval_task&version=v1
 */
export const addApprovalTaskAssignee = /*#__PURE__*/ endpoint<AddApprovalTaskAssigneeInput, AddApprovalTaskAssigneeOutput>({
  id: 'apaas.v1.approval_task.add_assignee',
  method: 'POST',
  path: '/open-apis/apaas/v1/approval_tasks/:approval_task_id/add_assignee',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_task_id: string() }),
      body: looseObject({
        user_id: string(),
        approvers: optional(array(string())),
        add_assignee_type: optional(string()),
        opinion: optional(string()),
      }),
    }),
})

/** Input of {@link agreeApprovalTask}. */
export interface AgreeApprovalTaskInput {
  path: { approval_task_id: string }
  body: { user_id: string; opinion?: string }
}

/** `data` of a successful {@link agreeApprovalTask} response. */
export type AgreeApprovalTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.approval_task.agree`: POST /open-apis/apaas/v1/approval_tasks/:approval_task_id/agree (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=agree&project=apaas&resource=approval_task&version=v1
 */
export const agreeApprovalTask = /*#__PURE__*/ endpoint<AgreeApprovalTaskInput, AgreeApprovalTaskOutput>({
  id: 'apaas.v1.approval_task.agree',
  method: 'POST',
  path: '/open-apis/apaas/v1/approval_tasks/:approval_task_id/agree',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_task_id: string() }),
      body: looseObject({ user_id: string(), opinion: optional(string()) }),
    }),
})

/** Input of {@link rejectApprovalTask}. */
export interface RejectApprovalTaskInput {
  path: { approval_task_id: string }
  body: { user_id: string; opinion?: string }
}

/** `data` of a successful {@link rejectApprovalTask} response. */
export type RejectApprovalTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.approval_task.reject`: POST /open-apis/apaas/v1/approval_tasks/:approval_task_id/reject (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reject&project=apaas&resource=approval_task&version=v1
 */
export const rejectApprovalTask = /*#__PURE__*/ endpoint<RejectApprovalTaskInput, RejectApprovalTaskOutput>({
  id: 'apaas.v1.approval_task.reject',
  method: 'POST',
  path: '/open-apis/apaas/v1/approval_tasks/:approval_task_id/reject',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_task_id: string() }),
      body: looseObject({ user_id: string(), opinion: optional(string()) }),
    }),
})

/** Input of {@link transferApprovalTask}. */
export interface TransferApprovalTaskInput {
  path: { approval_task_id: string }
  body: { user_id: string; from_user_ids?: string[]; to_user_ids?: string[]; opinion?: string }
}

/** `data` of a successful {@link transferApprovalTask} response. */
export type TransferApprovalTaskOutput = { [key: string]: unknown }

/**
 * `apaas.v1.approval_task.transfer`: POST /open-apis/apaas/v1/approval_tasks/:approval_task_id/transfer (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transfer&project=apaas&resource=approval_task&version=v1
 */
export const transferApprovalTask = /*#__PURE__*/ endpoint<TransferApprovalTaskInput, TransferApprovalTaskOutput>({
  id: 'apaas.v1.approval_task.transfer',
  method: 'POST',
  path: '/open-apis/apaas/v1/approval_tasks/:approval_task_id/transfer',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_task_id: string() }),
      body: looseObject({
        user_id: string(),
        from_user_ids: optional(array(string())),
        to_user_ids: optional(array(string())),
        opinion: optional(string()),
      }),
    }),
})
