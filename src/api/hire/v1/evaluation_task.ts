// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listEvaluationTask}. */
export interface ListEvaluationTaskInput {
  query: {
    page_size?: number
    page_token?: string
    user_id: string
    activity_status?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
  }
}

/** `data` of a successful {@link listEvaluationTask} response. */
export interface ListEvaluationTaskOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `hire.v1.evaluation_task.list`: GET /open-apis/hire/v1/evaluation_tasks (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=evaluation_task&version=v1
 */
export const listEvaluationTask = /*#__PURE__*/ endpoint<ListEvaluationTaskInput, ListEvaluationTaskOutput, true>({
  id: 'hire.v1.evaluation_task.list',
  method: 'GET',
  path: '/open-apis/hire/v1/evaluation_tasks',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id: string(),
        activity_status: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
    }),
  page: { items: 'items' },
})
