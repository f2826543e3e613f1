// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listSeatActivity}. */
export interface ListSeatActivityInput {
  query: { seat_type: 'per_user' | 'per_user_per_app'; page_size: string; page_token?: string }
}

/** `data` of a successful {@link listSeatActivity} response. */
export interface ListSeatActivityOutput {
  items?: { user_id?: number; namespace?: string; status?: 'in_use' | 'released'; active_time?: number }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `apaas.v1.seat_activity.list`: GET /open-apis/apaas/v1/seat_activities (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=apaas&resource=seat_activity&version=v1
 */
export const listSeatActivity = /*#__PURE__*/ endpoint<ListSeatActivityInput, ListSeatActivityOutput, true>({
  id: 'apaas.v1.seat_activity.list',
  method: 'GET',
  path: '/open-apis/apaas/v1/seat_activities',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: looseObject({
        seat_type: picklist(['per_user', 'per_user_per_app']),
        page_size: string(),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
