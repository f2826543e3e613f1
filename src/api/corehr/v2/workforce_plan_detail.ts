// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CostCenter, EstimatedActiveIndividualsDetail, MultiPeriodValue } from './types.ts'

/** Input of {@link batchWorkforcePlanDetail}. */
export interface BatchWorkforcePlanDetailInput {
  query?: { page_token?: string; page_size?: number }
  body?: {
    workforce_plan_id?: string
    is_centralized_reporting_project?: boolean
    centralized_reporting_project_id?: string
    department_ids?: string[]
    employee_type_ids?: string[]
    work_location_ids?: string[]
    job_family_ids?: string[]
    job_level_ids?: string[]
    job_ids?: string[]
    cost_center_ids?: string[]
    include_missing_dimension_rows?: boolean
  }
}

/** `data` of a successful {@link batchWorkforcePlanDetail} response. */
export interface BatchWorkforcePlanDetailOutput {
  workforce_plan_id?: string
  centralized_reporting_project_id?: string
  items?: {
    workforce_plan_detail_id?: string
    department?: CostCenter
    employee_type?: CostCenter
    work_location?: CostCenter
    job_family?: CostCenter
    job_level?: CostCenter
    job?: CostCenter
    cost_center?: CostCenter
    workforce_plan?: string
    active_individuals?: string
    individuals_to_be_added?: string
    individuals_to_be_removed?: string
    vacancy?: string
    vacancy_including_individuals_to_be_added_and_removed?: string
    fulfillment_rate?: string
    fulfillment_rate_including_individuals_to_be_added_and_removed?: string
    estimated_active_individuals_detail?: EstimatedActiveIndividualsDetail[]
    is_missing_dimension?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.workforce_plan_detail.batch`: POST /open-apis/corehr/v2/workforce_plan_details/batch (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch&project=corehr&resource=workforce_plan_detail&version=v2
 */
export const batchWorkforcePlanDetail = /*#__PURE__*/ endpoint<BatchWorkforcePlanDetailInput, BatchWorkforcePlanDetailOutput, true>({
  id: 'corehr.v2.workforce_plan_detail.batch',
  method: 'POST',
  path: '/open-apis/corehr/v2/workforce_plan_details/batch',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({
        workforce_plan_id: optional(string()),
        is_centralized_reporting_project: optional(boolean()),
        centralized_reporting_project_id: optional(string()),
        department_ids: optional(array(string())),
        employee_type_ids: optional(array(string())),
        work_location_ids: optional(array(string())),
        job_family_ids: optional(array(string())),
        job_level_ids: optional(array(string())),
        job_ids: optional(array(string())),
        cost_center_ids: optional(array(string())),
        include_missing_dimension_rows: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link batchV2WorkforcePlanDetail}. */
export interface BatchV2WorkforcePlanDetailInput {
  query?: { page_token?: string; page_size?: number }
  body?: {
    workforce_plan_id?: string
    is_centralized_reporting_project?: boolean
    centralized_reporting_project_id?: string
    dimension_id_in_datas?: { dimension_key?: string; dimension_ids?: string[] }[]
    include_missing_dimension_rows?: boolean
    filter_all_zero_value_rows?: boolean
  }
}

/** `data` of a successful {@link batchV2WorkforcePlanDetail} response. */
export interface BatchV2WorkforcePlanDetailOutput {
  workforce_plan_id?: string
  centralized_reporting_project_id?: string
  items?: {
    workforce_plan_detail_id?: string
    dimension_info_datas?: { dimension_key?: string; dimension_info?: CostCenter }[]
    workforce_plan?: string
    active_individuals?: string
    individuals_to_be_added?: string
    individuals_to_be_removed?: string
    vacancy?: string
    vacancy_including_individuals_to_be_added_and_removed?: string
    fulfillment_rate?: string
    fulfillment_rate_including_individuals_to_be_added_and_removed?: string
    estimated_active_individuals_details?: EstimatedActiveIndividualsDetail[]
    multi_period_values?: MultiPeriodValue[]
    is_missing_dimension?: boolean
    is_all_zero_value?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.workforce_plan_detail.batch_v2`: POST /open-apis/corehr/v2/workforce_plan_details/batch_v2 (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_v2&project=corehr&resource=workforce_plan_detail&version=v2
 */
export const batchV2WorkforcePlanDetail = /*#__PURE__*/ endpoint<BatchV2WorkforcePlanDetailInput, BatchV2WorkforcePlanDetailOutput, true>({
  id: 'corehr.v2.workforce_plan_detail.batch_v2',
  method: 'POST',
  path: '/open-apis/corehr/v2/workforce_plan_details/batch_v2',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({
        workforce_plan_id: optional(string()),
        is_centralized_reporting_project: optional(boolean()),
        centralized_reporting_project_id: optional(string()),
        dimension_id_in_datas: optional(array(looseObject({
          dimension_key: optional(string()),
          dimension_ids: optional(array(string())),
        }))),
        include_missing_dimension_rows: optional(boolean()),
        filter_all_zero_value_rows: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})
