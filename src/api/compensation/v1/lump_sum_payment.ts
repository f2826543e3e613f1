// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Name, OperateResult, QueryDetailRecord } from './types.ts'

/** Input of {@link batchCreateLumpSumPayment}. */
export interface BatchCreateLumpSumPaymentInput {
  query: { user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body?: {
    records?: {
      unique_id: string
      user_id: string
      total_amount: string
      binding_period: number
      currency_id: string
      issuance_frequency: number
      item_id: string
      reference_period_start_date?: string
      reference_period_end_date?: string
      details: {
        issuance_amount: string
        issuance_status: 'to_be_issued' | 'not_issued'
        issuance_way: 'with_salary' | 'with_cash' | 'with_year_end_bonus'
        issuance_time: string
        belong_time: string
        issuance_country_region_id?: string
        issuance_pay_group_id?: string
        detail_reference_period_start_date?: string
        detail_reference_period_end_date?: string
        is_not_issued_due_to_offboardings?: number
      }[]
      remark?: string
      binding_period_decimal?: string
    }[]
  }
}

/** `data` of a successful {@link batchCreateLumpSumPayment} response. */
export interface BatchCreateLumpSumPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.lump_sum_payment.batch_create`: POST /open-apis/compensation/v1/lump_sum_payment/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=compensation&resource=lump_sum_payment&version=v1
 */
export const batchCreateLumpSumPayment = /*#__PURE__*/ endpoint<BatchCreateLumpSumPaymentInput, BatchCreateLumpSumPaymentOutput>({
  id: 'compensation.v1.lump_sum_payment.batch_create',
  method: 'POST',
  path: '/open-apis/compensation/v1/lump_sum_payment/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id']) }),
      body: optional(looseObject({
        records: optional(array(looseObject({
          unique_id: string(),
          user_id: string(),
          total_amount: string(),
          binding_period: number(),
          currency_id: string(),
          issuance_frequency: number(),
          item_id: string(),
          reference_period_start_date: optional(string()),
          reference_period_end_date: optional(string()),
          details: array(looseObject({
            issuance_amount: string(),
            issuance_status: picklist(['to_be_issued', 'not_issued']),
            issuance_way: picklist(['with_salary', 'with_cash', 'with_year_end_bonus']),
            issuance_time: string(),
            belong_time: string(),
            issuance_country_region_id: optional(string()),
            issuance_pay_group_id: optional(string()),
            detail_reference_period_start_date: optional(string()),
            detail_reference_period_end_date: optional(string()),
            is_not_issued_due_to_offboardings: optional(number()),
          })),
          remark: optional(string()),
          binding_period_decimal: optional(string()),
        }))),
      })),
    }),
})

/** Input of {@link batchRemoveLumpSumPayment}. */
export interface BatchRemoveLumpSumPaymentInput {
  body?: { record_ids?: string[]; reason?: string }
}

/** `data` of a successful {@link batchRemoveLumpSumPayment} response. */
export interface BatchRemoveLumpSumPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.lump_sum_payment.batch_remove`: POST /open-apis/compensation/v1/lump_sum_payment/batch_remove (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_remove&project=compensation&resource=lump_sum_payment&version=v1
 */
export const batchRemoveLumpSumPayment = /*#__PURE__*/ endpoint<BatchRemoveLumpSumPaymentInput, BatchRemoveLumpSumPaymentOutput>({
  id: 'compensation.v1.lump_sum_payment.batch_remove',
  method: 'POST',
  path: '/open-apis/compensation/v1/lump_sum_payment/batch_remove',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: optional(looseObject({ record_ids: optional(array(string())), reason: optional(string()) })) }),
})

/** Input of {@link batchUpdateLumpSumPayment}. */
export interface BatchUpdateLumpSumPaymentInput {
  body?: {
    records?: {
      id?: string
      total_amount: string
      binding_period?: number
      currency_id: string
      issuance_frequency: number
      remark?: string
      reference_period_start_date?: string
      reference_period_end_date?: string
      details: {
        id?: string
        issuance_amount?: string
        issuance_status?: 'to_be_issued' | 'not_issued'
        issuance_way?: 'with_salary' | 'with_cash' | 'with_year_end_bonus'
        issuance_time?: string
        belong_time?: string
        issuance_country_region_id?: string
        issuance_pay_group_id?: string
        detail_reference_period_start_date?: string
        detail_reference_period_end_date?: string
        is_not_issued_due_to_offboardings?: number
      }[]
      binding_period_decimal?: string
      operation_source?: string
    }[]
  }
}

/** `data` of a successful {@link batchUpdateLumpSumPayment} response. */
export interface BatchUpdateLumpSumPaymentOutput {
  operate_results?: OperateResult[]
}

/**
 * `compensation.v1.lump_sum_payment.batch_update`: POST /open-apis/compensation/v1/lump_sum_payment/batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=compensation&resource=lump_sum_payment&version=v1
 */
export const batchUpdateLumpSumPayment = /*#__PURE__*/ endpoint<BatchUpdateLumpSumPaymentInput, BatchUpdateLumpSumPaymentOutput>({
  id: 'compensation.v1.lump_sum_payment.batch_update',
  method: 'POST',
  path: '/open-apis/compensation/v1/lump_sum_payment/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        records: optional(array(looseObject({
          id: optional(string()),
          total_amount: string(),
          binding_period: optional(number()),
          currency_id: string(),
          issuance_frequency: number(),
          remark: optional(string()),
          reference_period_start_date: optional(string()),
          reference_period_end_date: optional(string()),
          details: array(looseObject({
            id: optional(string()),
            issuance_amount: optional(string()),
            issuance_status: optional(picklist(['to_be_issued', 'not_issued'])),
            issuance_way: optional(picklist(['with_salary', 'with_cash', 'with_year_end_bonus'])),
            issuance_time: optional(string()),
            belong_time: optional(string()),
            issuance_country_region_id: optional(string()),
            issuance_pay_group_id: optional(string()),
            detail_reference_period_start_date: optional(string()),
            detail_reference_period_end_date: optional(string()),
            is_not_issued_due_to_offboardings: optional(number()),
          })),
          binding_period_decimal: optional(string()),
          operation_source: optional(string()),
        }))),
      })),
    }),
})

/** Input of {@link queryLumpSumPayment}. */
export interface QueryLumpSumPaymentInput {
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

/** `data` of a successful {@link queryLumpSumPayment} response. */
export interface QueryLumpSumPaymentOutput {
  page_token?: string
  has_more?: boolean
  records?: {
    id?: string
    unique_id?: string
    user_id?: string
    total_amount?: string
    binding_period?: number
    currency_id?: string
    issuance_frequency?: number
    item_id?: string
    remark?: string
    issuance_detail_text?: Name
    apply_source?: number
    return_amount_before_tax?: string
    return_amount_after_tax?: string
    binding_period_offboarding_type?: 'default' | 'yes' | 'no'
    create_time?: string
    modify_time?: string
    reference_period_start_date?: string
    reference_period_end_date?: string
    details?: QueryDetailRecord[]
    binding_period_decimal?: string
  }[]
}

/**
 * `compensation.v1.lump_sum_payment.query`: POST /open-apis/compensation/v1/lump_sum_payment/query (tenant or user token).
 *
 * Paginated over `records`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=lump_sum_payment&version=v1
 */
export const queryLumpSumPayment = /*#__PURE__*/ endpoint<QueryLumpSumPaymentInput, QueryLumpSumPaymentOutput, true>({
  id: 'compensation.v1.lump_sum_payment.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/lump_sum_payment/query',
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

/** Input of {@link queryLumpSumPaymentDetail}. */
export interface QueryLumpSumPaymentDetailInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
  }
  body?: {
    ids?: string[]
    record_ids?: string[]
    record_unique_ids?: string[]
    issuance_ways?: ('with_salary' | 'with_cash' | 'with_physical_distribution' | 'with_year_end_bonus')[]
    issuance_statuses?: ('to_be_issued' | 'not_issued')[]
    user_ids?: string[]
    item_ids?: string[]
    issuance_date_gte?: string
    issuance_date_lte?: string
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

/** `data` of a successful {@link queryLumpSumPaymentDetail} response. */
export interface QueryLumpSumPaymentDetailOutput {
  page_token?: string
  has_more?: boolean
  records?: QueryDetailRecord[]
}

/**
 * `compensation.v1.lump_sum_payment.query_detail`: POST /open-apis/compensation/v1/lump_sum_payment/query_detail (tenant or user token).
 *
 * Paginated over `records`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_detail&project=compensation&resource=lump_sum_payment&version=v1
 */
export const queryLumpSumPaymentDetail = /*#__PURE__*/ endpoint<QueryLumpSumPaymentDetailInput, QueryLumpSumPaymentDetailOutput, true>({
  id: 'compensation.v1.lump_sum_payment.query_detail',
  method: 'POST',
  path: '/open-apis/compensation/v1/lump_sum_payment/query_detail',
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
        record_ids: optional(array(string())),
        record_unique_ids: optional(array(string())),
        issuance_ways: optional(array(picklist([
          'with_salary',
          'with_cash',
          'with_physical_distribution',
          'with_year_end_bonus',
        ]))),
        issuance_statuses: optional(array(picklist(['to_be_issued', 'not_issued']))),
        user_ids: optional(array(string())),
        item_ids: optional(array(string())),
        issuance_date_gte: optional(string()),
        issuance_date_lte: optional(string()),
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
