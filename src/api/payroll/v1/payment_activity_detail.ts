// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { PaymentAccountingItem } from './types.ts'

/** Input of {@link listPaymentActivityDetail}. */
export interface ListPaymentActivityDetailInput {
  query: {
    page_index: number
    page_size: number
    activity_id: string
    include_segment_data?: boolean
    acct_item_ids?: string[]
  }
}

/** `data` of a successful {@link listPaymentActivityDetail} response. */
export interface ListPaymentActivityDetailOutput {
  payment_activity_details?: { employee_id?: string; payment_details?: PaymentAccountingItem[] }[]
  total?: number
}

/**
 * `payroll.v1.payment_activity_detail.list`: GET /open-apis/payroll/v1/payment_activity_details (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=payment_activity_detail&version=v1
 */
export const listPaymentActivityDetail = /*#__PURE__*/ endpoint<ListPaymentActivityDetailInput, ListPaymentActivityDetailOutput>({
  id: 'payroll.v1.payment_activity_detail.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/payment_activity_details',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_index: number(),
        page_size: number(),
        activity_id: string(),
        include_segment_data: optional(boolean()),
        acct_item_ids: optional(array(string())),
      }),
    }),
})
