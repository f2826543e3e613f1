// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Base, Item } from './types.ts'

/** Input of {@link findStageTaskByPage}. */
export interface FindStageTaskByPageInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    semester_id: string
    task_option_lists?: number[]
    after_time?: string
    before_time?: string
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link findStageTaskByPage} response. */
export interface FindStageTaskByPageOutput {
  base?: Base
  items?: Item[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v1.stage_task.find_by_page`: POST /open-apis/performance/v1/stage_tasks/find_by_page (tenant token).
 *
 * Paginated over `items` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=find_by_page&project=performance&resource=stage_task&version=v1
 */
export const findStageTaskByPage = /*#__PURE__*/ endpoint<FindStageTaskByPageInput, FindStageTaskByPageOutput, true>({
  id: 'performance.v1.stage_task.find_by_page',
  method: 'POST',
  path: '/open-apis/performance/v1/stage_tasks/find_by_page',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        semester_id: string(),
        task_option_lists: optional(array(number())),
        after_time: optional(string()),
        before_time: optional(string()),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'items', tokenIn: 'body' },
})

/** Input of {@link findStageTaskByUserList}. */
export interface FindStageTaskByUserListInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    semester_id: string
    user_id_lists: string[]
    task_option_lists?: number[]
    after_time?: string
    before_time?: string
  }
}

/** `data` of a successful {@link findStageTaskByUserList} response. */
export interface FindStageTaskByUserListOutput {
  base?: Base
  items?: Item[]
}

/**
 * `performance.v1.stage_task.find_by_user_list`: POST /open-apis/performance/v1/stage_tasks/find_by_user_list (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=find_by_user_list&project=performance&resource=stage_task&version=v1
 */
export const findStageTaskByUserList = /*#__PURE__*/ endpoint<FindStageTaskByUserListInput, FindStageTaskByUserListOutput>({
  id: 'performance.v1.stage_task.find_by_user_list',
  method: 'POST',
  path: '/open-apis/performance/v1/stage_tasks/find_by_user_list',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        semester_id: string(),
        user_id_lists: array(string()),
        task_option_lists: optional(array(number())),
        after_time: optional(string()),
        before_time: optional(string()),
      }),
    }),
})
