// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listEmployee}. */
export interface ListEmployeeInput {
  query?: {
    view?: 'basic' | 'full'
    status?: number[]
    type?: number[]
    start_time?: string
    end_time?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    user_ids?: string[]
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listEmployee} response. */
export interface ListEmployeeOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `ehr.v1.employee.list`: GET /open-apis/ehr/v1/employees (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=ehr&resource=employee&version=v1
 */
export const listEmployee = /*#__PURE__*/ endpoint<ListEmployeeInput, ListEmployeeOutput, true>({
  id: 'ehr.v1.employee.list',
  method: 'GET',
  path: '/open-apis/ehr/v1/employees',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        view: optional(picklist(['basic', 'full'])),
        status: optional(array(number())),
        type: optional(array(number())),
        start_time: optional(string()),
        end_time: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        user_ids: optional(array(string())),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})
