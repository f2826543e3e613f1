// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link archivePaymentActivity}. */
export interface ArchivePaymentActivityInput {
  body: { activity_id: string }
}

/** `data` of a successful {@link archivePaymentActivity} response. */
export type ArchivePaymentActivityOutput = { [key: string]: unknown }

/**
 * `payroll.v1.payment_activity.archive`: POST /open-apis/payroll/v1/payment_activitys/archive (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=archive&project=payroll&resource=payment_activity&version=v1
 */
export const archivePaymentActivity = /*#__PURE__*/ endpoint<ArchivePaymentActivityInput, ArchivePaymentActivityOutput>({
  id: 'payroll.v1.payment_activity.archive',
  method: 'POST',
  path: '/open-apis/payroll/v1/payment_activitys/archive',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ activity_id: string() }) }),
})

/** Input of {@link listPaymentActivity}. */
export interface ListPaymentActivityInput {
  query: {
    pay_period_start_date: string
    pay_period_end_date: string
    page_size: number
    page_token?: string
    statuses?: number[]
  }
}

/** `data` of a successful {@link listPaymentActivity} response. */
export interface ListPaymentActivityOutput {
  payment_activitys?: {
    activity_id?: string
    activity_names?: I18nName[]
    pay_date?: string
    total_number_of_payroll?: number
    number_of_calculation_activities?: number
    calculation_activities?: { calculation_activity_id?: string; calculation_activity_names?: I18nName[] }[]
    activity_status?: number
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `payroll.v1.payment_activity.list`: GET /open-apis/payroll/v1/payment_activitys (tenant or user token).
 *
 * Paginated over `payment_activitys`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=payment_activity&version=v1
 */
export const listPaymentActivity = /*#__PURE__*/ endpoint<ListPaymentActivityInput, ListPaymentActivityOutput, true>({
  id: 'payroll.v1.payment_activity.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/payment_activitys',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        pay_period_start_date: string(),
        pay_period_end_date: string(),
        page_size: number(),
        page_token: optional(string()),
        statuses: optional(array(number())),
      }),
    }),
  page: { items: 'payment_activitys' },
})
