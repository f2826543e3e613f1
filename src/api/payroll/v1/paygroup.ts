// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listPaygroup}. */
export interface ListPaygroupInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listPaygroup} response. */
export interface ListPaygroupOutput {
  items?: {
    pay_group_id: string
    name: { zh_cn?: string; en_us?: string }
    code: string
    status: number
    country_region?: { id?: string; alpha3_code?: string }
    is_global_region?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `payroll.v1.paygroup.list`: GET /open-apis/payroll/v1/paygroups (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=paygroup&version=v1
 */
export const listPaygroup = /*#__PURE__*/ endpoint<ListPaygroupInput, ListPaygroupOutput, true>({
  id: 'payroll.v1.paygroup.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/paygroups',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
