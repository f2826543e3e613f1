// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listOfferApprovalTemplate}. */
export interface ListOfferApprovalTemplateInput {
  query?: {
    page_token?: string
    page_size?: number
    department_id_type?: 'open_department_id' | 'department_id' | 'people_admin_department_id'
  }
}

/** `data` of a successful {@link listOfferApprovalTemplate} response. */
export interface ListOfferApprovalTemplateOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id?: string
    name?: Name
    create_time?: string
    remark?: string
    department_list?: { id?: string; name?: string; en_name?: string }[]
  }[]
}

/**
 * `hire.v1.offer_approval_template.list`: GET /open-apis/hire/v1/offer_approval_templates (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=offer_approval_template&version=v1
 */
export const listOfferApprovalTemplate = /*#__PURE__*/ endpoint<ListOfferApprovalTemplateInput, ListOfferApprovalTemplateOutput, true>({
  id: 'hire.v1.offer_approval_template.list',
  method: 'GET',
  path: '/open-apis/hire/v1/offer_approval_templates',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_admin_department_id'])),
      })),
    }),
  page: { items: 'items' },
})
