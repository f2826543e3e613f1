// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Approval, Group, Instance, Link } from './types.ts'

/** Input of {@link searchTask}. */
export interface SearchTaskInput {
  body?: {
    user_id?: string
    approval_code?: string
    instance_code?: string
    instance_external_id?: string
    group_external_id?: string
    task_title?: string
    task_status?: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE' | 'RM_REPEAT' | 'PROCESSED'
    task_start_time_from?: number
    task_start_time_to?: number
    locale?: 'zh-CN' | 'en-US' | 'ja-JP'
    offset?: number
    limit?: number
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
      start_time?: number
      user_id?: string
      end_time?: number
      title?: string
      status?: string
      extra?: string
      link?: Link
    }
  }[]
}

/**
 * `approval.v2.task.search`: POST /approval/openapi/v2/task/search (tenant token).
 *
 * Served on the www host (`ctx.wwwUrl`, `https://www.feishu.cn`), not the Open API host.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `searchTask` from `larkfn/approval/v4` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/approval/v2/approval-search/task-list-query
 */
export const searchTask = /*#__PURE__*/ endpoint<SearchTaskInput, SearchTaskOutput>({
  id: 'approval.v2.task.search',
  method: 'POST',
  path: '/approval/openapi/v2/task/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        user_id: optional(string()),
        approval_code: optional(string()),
        instance_code: optional(string()),
        instance_external_id: optional(string()),
        group_external_id: optional(string()),
        task_title: optional(string()),
        task_status: optional(picklist([
          'PENDING',
          'APPROVED',
          'REJECTED',
          'TRANSFERRED',
          'DONE',
          'RM_REPEAT',
          'PROCESSED',
        ])),
        task_start_time_from: optional(number()),
        task_start_time_to: optional(number()),
        locale: optional(picklist(['zh-CN', 'en-US', 'ja-JP'])),
        offset: optional(number()),
        limit: optional(number()),
      })),
    }),
  host: 'www',
})
