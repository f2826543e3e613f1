// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listExamMarkingTask}. */
export interface ListExamMarkingTaskInput {
  query: {
    page_size?: number
    page_token?: string
    user_id: string
    activity_status?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
  }
}

/** `data` of a successful {@link listExamMarkingTask} response. */
export interface ListExamMarkingTaskOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `hire.v1.exam_marking_task.list`: GET /open-apis/hire/v1/exam_marking_tasks (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=exam_marking_task&version=v1
 */
export const listExamMarkingTask = /*#__PURE__*/ endpoint<ListExamMarkingTaskInput, ListExamMarkingTaskOutput, true>({
  id: 'hire.v1.exam_marking_task.list',
  method: 'GET',
  path: '/open-apis/hire/v1/exam_marking_tasks',
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
