// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CostAllocationReportData, I18nName } from './types.ts'

/** Input of {@link listCostAllocationDetail}. */
export interface ListCostAllocationDetailInput {
  query: {
    page_size: number
    page_token?: string
    cost_allocation_plan_id: string
    pay_period: string
    report_type: number
  }
}

/** `data` of a successful {@link listCostAllocationDetail} response. */
export interface ListCostAllocationDetailOutput {
  cost_allocation_report_datas?: CostAllocationReportData[]
  cost_allocation_report_names?: I18nName[]
  pay_period?: string
  page_token?: string
  has_more?: boolean
}

/**
 * `payroll.v1.cost_allocation_detail.list`: GET /open-apis/payroll/v1/cost_allocation_details (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=cost_allocation_detail&version=v1
 */
export const listCostAllocationDetail = /*#__PURE__*/ endpoint<ListCostAllocationDetailInput, ListCostAllocationDetailOutput, true>({
  id: 'payroll.v1.cost_allocation_detail.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/cost_allocation_details',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        cost_allocation_plan_id: string(),
        pay_period: string(),
        report_type: number(),
      }),
    }),
  page: { items: null },
})
