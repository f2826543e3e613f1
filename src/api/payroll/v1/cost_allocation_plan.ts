// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listCostAllocationPlan}. */
export interface ListCostAllocationPlanInput {
  query: { page_size: number; page_token?: string; pay_period: string }
}

/** `data` of a successful {@link listCostAllocationPlan} response. */
export interface ListCostAllocationPlanOutput {
  items?: {
    id?: string
    names?: I18nName[]
    applicable_country_region?: string
    dimensions?: { i18n_names?: I18nName[]; api_name?: string; obj_api_name?: string }[]
    cost_items?: { id?: string; name?: I18nName[]; enable_correct?: boolean }[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `payroll.v1.cost_allocation_plan.list`: GET /open-apis/payroll/v1/cost_allocation_plans (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=cost_allocation_plan&version=v1
 */
export const listCostAllocationPlan = /*#__PURE__*/ endpoint<ListCostAllocationPlanInput, ListCostAllocationPlanOutput, true>({
  id: 'payroll.v1.cost_allocation_plan.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/cost_allocation_plans',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()), pay_period: string() }) }),
  page: { items: 'items' },
})
