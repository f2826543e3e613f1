// Generated from catalog/report.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link queryTask}. */
export interface QueryTaskInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    commit_start_time: number
    commit_end_time: number
    rule_id?: string
    user_id?: string
    page_token: string
    page_size: number
  }
}

/** `data` of a successful {@link queryTask} response. */
export interface QueryTaskOutput {
  items?: {
    task_id?: string
    rule_name?: string
    from_user_id?: string
    from_user_name?: string
    department_name?: string
    commit_time?: number
    form_contents?: { field_id?: string; field_name?: string; field_value?: string }[]
    rule_id?: string
    department_ids?: string[]
    to_user_ids?: string[]
    to_user_names?: string[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `report.v1.task.query`: POST /open-apis/report/v1/tasks/query (tenant token).
 *
 * Paginated over `items` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=report&resource=task&version=v1
 */
export const queryTask = /*#__PURE__*/ endpoint<QueryTaskInput, QueryTaskOutput, true>({
  id: 'report.v1.task.query',
  method: 'POST',
  path: '/open-apis/report/v1/tasks/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        commit_start_time: number(),
        commit_end_time: number(),
        rule_id: optional(string()),
        user_id: optional(string()),
        page_token: string(),
        page_size: number(),
      }),
    }),
  page: { items: 'items', tokenIn: 'body' },
})
