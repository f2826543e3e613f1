// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { PaymentAccountingItem } from './types.ts'

/** Input of {@link queryPaymentDetail}. */
export interface QueryPaymentDetailInput {
  body: {
    page_index: number
    page_size: number
    acct_item_ids?: string[]
    employee_ids: string[]
    pay_period_start_date?: string
    pay_period_end_date?: string
    activity_ids?: string[]
    include_segment_data?: boolean
  }
}

/** `data` of a successful {@link queryPaymentDetail} response. */
export interface QueryPaymentDetailOutput {
  payment_details?: { employee_id?: string; activity_id?: string; payment_accounting_items?: PaymentAccountingItem[] }[]
  total?: number
}

/**
 * `payroll.v1.payment_detail.query`: POST /open-apis/payroll/v1/payment_detail/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=payroll&resource=payment_detail&version=v1
 */
export const queryPaymentDetail = /*#__PURE__*/ endpoint<QueryPaymentDetailInput, QueryPaymentDetailOutput>({
  id: 'payroll.v1.payment_detail.query',
  method: 'POST',
  path: '/open-apis/payroll/v1/payment_detail/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        page_index: number(),
        page_size: number(),
        acct_item_ids: optional(array(string())),
        employee_ids: array(string()),
        pay_period_start_date: optional(string()),
        pay_period_end_date: optional(string()),
        activity_ids: optional(array(string())),
        include_segment_data: optional(boolean()),
      }),
    }),
})
