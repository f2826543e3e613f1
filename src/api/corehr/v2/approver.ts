// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listApprover}. */
export interface ListApproverInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    user_id: string
    approver_status?: number
  }
}

/** `data` of a successful {@link listApprover} response. */
export interface ListApproverOutput {
  page_token?: string
  has_more?: boolean
  approver_list?: { approver_id?: string; process_id?: string; approver_status?: number }[]
}

/**
 * `corehr.v2.approver.list`: GET /open-apis/corehr/v2/approvers (tenant token).
 *
 * Paginated over `approver_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=approver&version=v2
 */
export const listApprover = /*#__PURE__*/ endpoint<ListApproverInput, ListApproverOutput, true>({
  id: 'corehr.v2.approver.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/approvers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        user_id: string(),
        approver_status: optional(number()),
      }),
    }),
  page: { items: 'approver_list' },
})
