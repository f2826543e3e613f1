// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListItem } from './types.ts'

/** Input of {@link listOkrObjectiveProgress}. */
export interface ListOkrObjectiveProgressInput {
  path: { objective_id: string }
  query?: {
    page_size?: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrObjectiveProgress} response. */
export interface ListOkrObjectiveProgressOutput {
  has_more?: boolean
  page_token?: string
  items?: ListItem[]
}

/**
 * `okr.v2.okr.objective.progress.list`: GET /open-apis/okr/v2/objectives/:objective_id/progresses (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.objective.progress&version=v2
 */
export const listOkrObjectiveProgress = /*#__PURE__*/ endpoint<ListOkrObjectiveProgressInput, ListOkrObjectiveProgressOutput, true>({
  id: 'okr.v2.okr.objective.progress.list',
  method: 'GET',
  path: '/open-apis/okr/v2/objectives/:objective_id/progresses',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
  page: { items: 'items' },
})
