// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listSeatAssignment}. */
export interface ListSeatAssignmentInput {
  query: { seat_type: 'per_user' | 'per_user_per_app'; page_size: string; page_token?: string }
}

/** `data` of a successful {@link listSeatAssignment} response. */
export interface ListSeatAssignmentOutput {
  items?: { user_id?: number; namespace?: string; status?: 'in_use' | 'released' }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `apaas.v1.seat_assignment.list`: GET /open-apis/apaas/v1/seat_assignments (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=apaas&resource=seat_assignment&version=v1
 */
export const listSeatAssignment = /*#__PURE__*/ endpoint<ListSeatAssignmentInput, ListSeatAssignmentOutput, true>({
  id: 'apaas.v1.seat_assignment.list',
  method: 'GET',
  path: '/open-apis/apaas/v1/seat_assignments',
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
