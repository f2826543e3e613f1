// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listExternalTask}. */
export interface ListExternalTaskInput {
  query?: { page_size?: number; page_token?: string }
  body?: {
    approval_codes?: string[]
    instance_ids?: string[]
    user_ids?: string[]
    status?: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'
  }
}

/** `data` of a successful {@link listExternalTask} response. */
export interface ListExternalTaskOutput {
  data?: {
    instance_id: string
    approval_id: string
    approval_code: string
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED' | 'HIDDEN'
    update_time: string
    tasks?: { id: string; status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'TRANSFERRED' | 'DONE'; update_time: string }[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `approval.v4.external_task.list`: GET /open-apis/approval/v4/external_tasks (tenant token).
 *
 * Paginated over `data`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=approval&resource=external_task&version=v4
 */
export const listExternalTask = /*#__PURE__*/ endpoint<ListExternalTaskInput, ListExternalTaskOutput, true>({
  id: 'approval.v4.external_task.list',
  method: 'GET',
  path: '/open-apis/approval/v4/external_tasks',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
      body: optional(looseObject({
        approval_codes: optional(array(string())),
        instance_ids: optional(array(string())),
        user_ids: optional(array(string())),
        status: optional(picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE'])),
      })),
    }),
  page: { items: 'data' },
})
