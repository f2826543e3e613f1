// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { OperateResult } from './types.ts'

/** Input of {@link batchCreateRecurringPayment}. */
export interface BatchCreateRecurringPaymentInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body?: {
    records?: {
      unique_id: string
      user_id: string
      item_id: string
      each_amount: string
      start_date: string
      end_date: string
      currency_id: string
      issuance_type: 'with_salary' | 'with_cash' | 'with_physical_distribution' | 'with_year_end_bonus'
      issuance_period: 'year' | 'half_year' | 'quarterly' | 'bimonthly' | 'month' | 'biweekly' | 'week' | 'day' | 'hour'
      remark?: string
      issuance_country_region_id?: string
    }[]
  }
}

/** `data` of a successful {@link batchCreateRecurringPayment} response. */
export interface BatchCreateRecurringPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.recurring_payment.batch_create`: POST /open-apis/compensation/v1/recurring_payment/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=compensation&resource=recurring_payment&version=v1
 */
export const batchCreateRecurringPayment = /*#__PURE__*/ endpoint<BatchCreateRecurringPaymentInput, BatchCreateRecurringPaymentOutput>({
  id: 'compensation.v1.recurring_payment.batch_create',
  method: 'POST',
  path: '/open-apis/compensation/v1/recurring_payment/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']) }),
      body: optional(looseObject({
        records: optional(array(looseObject({
          unique_id: string(),
          user_id: string(),
          item_id: string(),
          each_amount: string(),
          start_date: string(),
          end_date: string(),
          currency_id: string(),
          issuance_type: picklist(['with_salary', 'with_cash', 'with_physical_distribution', 'with_year_end_bonus']),
          issuance_period: picklist([
            'year',
            'half_year',
            'quarterly',
            'bimonthly',
            'month',
            'biweekly',
            'week',
            'day',
            'hour',
          ]),
          remark: optional(string()),
          issuance_country_region_id: optional(string()),
        }))),
      })),
    }),
})

/** Input of {@link batchRemoveRecurringPayment}. */
export interface BatchRemoveRecurringPaymentInput {
  body: { record_ids: string[]; reason?: string }
}

/** `data` of a successful {@link batchRemoveRecurringPayment} response. */
export interface BatchRemoveRecurringPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.recurring_payment.batch_remove`: POST /open-apis/compensation/v1/recurring_payment/batch_remove (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_remove&project=compensation&resource=recurring_payment&version=v1
 */
export const batchRemoveRecurringPayment = /*#__PURE__*/ endpoint<BatchRemoveRecurringPaymentInput, BatchRemoveRecurringPaymentOutput>({
  id: 'compensation.v1.recurring_payment.batch_remove',
  method: 'POST',
  path: '/open-apis/compensation/v1/recurring_payment/batch_remove',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ record_ids: array(string()), reason: optional(string()) }) }),
})

/** Input of {@link batchUpdateRecurringPayment}. */
export interface BatchUpdateRecurringPaymentInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body?: {
    records?: {
      id: string
      each_amount: string
      start_date: string
      end_date: string
      currency_id: string
      issuance_type: 'with_salary' | 'with_cash' | 'with_physical_distribution' | 'with_year_end_bonus'
      remark?: string
      issuance_country_region_id?: string
    }[]
  }
}

/** `data` of a successful {@link batchUpdateRecurringPayment} response. */
export interface BatchUpdateRecurringPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.recurring_payment.batch_update`: POST /open-apis/compensation/v1/recurring_payment/batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=compensation&resource=recurring_payment&version=v1
 */
export const batchUpdateRecurringPayment = /*#__PURE__*/ endpoint<BatchUpdateRecurringPaymentInput, BatchUpdateRecurringPaymentOutput>({
  id: 'compensation.v1.recurring_payment.batch_update',
  method: 'POST',
  path: '/open-apis/compensation/v1/recurring_payment/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: optional(looseObject({
        records: optional(array(looseObject({
          id: string(),
          each_amount: string(),
          start_date: string(),
          end_date: string(),
          currency_id: string(),
          issuance_type: picklist(['with_salary', 'with_cash', 'with_physical_distribution', 'with_year_end_bonus']),
          remark: optional(string()),
          issuance_country_region_id: optional(string()),
        }))),
      })),
    }),
})

/** Input of {@link queryRecurringPayment}. */
export interface QueryRecurringPaymentInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
  }
  body?: {
    ids?: string[]
    unique_ids?: string[]
    user_ids?: string[]
    item_ids?: string[]
    start_date_gte?: string
    start_date_lte?: string
    end_date_gte?: string
    end_date_lte?: string
    create_time_gte?: string
    create_time_lte?: string
    modify_time_gte?: string
    modify_time_lte?: string
    company_ids?: string[]
    service_company_ids?: string[]
    department_ids?: string[]
    job_family_ids?: string[]
    job_level_ids?: string[]
    work_location_ids?: string[]
    employee_type_ids?: string[]
    onboard_date_gte?: string
    onboard_date_lte?: string
    offboard_date_gte?: string
    offboard_date_lte?: string
  }
}

/** `data` of a successful {@link queryRecurringPayment} response. */
export interface QueryRecurringPaymentOutput {
  page_token?: string
  has_more?: boolean
  records?: {
    id?: string
    unique_id?: string
    user_id?: string
    item_id?: string
    issuance_type?: 'with_salary' | 'with_cash' | 'with_physical_distribution' | 'with_year_end_bonus'
    each_amount?: string
    start_date?: string
    end_date?: string
    issuance_period?: 'month' | 'year' | 'half_year' | 'quarterly' | 'bimonthly' | 'biweekly' | 'week' | 'day' | 'hour'
    currency_id?: string
    remark?: string
    issuance_country_region_id?: string
  }[]
}

/**
 * `compensation.v1.recurring_payment.query`: POST /open-apis/compensation/v1/recurring_payment/query (tenant or user token).
 *
 * Paginated over `records`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=recurring_payment&version=v1
 */
export const queryRecurringPayment = /*#__PURE__*/ endpoint<QueryRecurringPaymentInput, QueryRecurringPaymentOutput, true>({
  id: 'compensation.v1.recurring_payment.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/recurring_payment/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']),
      }),
      body: optional(looseObject({
        ids: optional(array(string())),
        unique_ids: optional(array(string())),
        user_ids: optional(array(string())),
        item_ids: optional(array(string())),
        start_date_gte: optional(string()),
        start_date_lte: optional(string()),
        end_date_gte: optional(string()),
        end_date_lte: optional(string()),
        create_time_gte: optional(string()),
        create_time_lte: optional(string()),
        modify_time_gte: optional(string()),
        modify_time_lte: optional(string()),
        company_ids: optional(array(string())),
        service_company_ids: optional(array(string())),
        department_ids: optional(array(string())),
        job_family_ids: optional(array(string())),
        job_level_ids: optional(array(string())),
        work_location_ids: optional(array(string())),
        employee_type_ids: optional(array(string())),
        onboard_date_gte: optional(string()),
        onboard_date_lte: optional(string()),
        offboard_date_gte: optional(string()),
        offboard_date_lte: optional(string()),
      })),
    }),
  page: { items: 'records' },
})
