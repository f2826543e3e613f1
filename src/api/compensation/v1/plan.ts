// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName, PlanIndicatorLogic } from './types.ts'

/** Input of {@link listPlan}. */
export interface ListPlanInput {
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listPlan} response. */
export interface ListPlanOutput {
  items: {
    id: string
    tid: string
    name: string
    description: string
    effective_date: string
    plan_scope?: {
      is_all?: boolean
      plan_conditions?: { left_type?: number; operator?: number; right_value?: string[] }[]
    }
    currency_id?: string
    probation_salary_status: boolean
    plan_items: {
      adjustment_type?: 'manual' | 'formula' | 'fixed'
      item_id?: string
      plan_item_logic?: PlanIndicatorLogic
      probation_discount_type?: 'percentum' | 'manual_input' | 'none' | 'fixed' | 'formula' | 'not_set'
      probation_discount_percentum?: string
    }[]
    plan_indicators: { indicator_id: string; plan_indicator_logic?: PlanIndicatorLogic }[]
    i18n_names: I18nName[]
    i18n_descriptions: I18nName[]
  }[]
  page_token?: string
  has_more: boolean
}

/**
 * `compensation.v1.plan.list`: GET /open-apis/compensation/v1/plans (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=plan&version=v1
 */
export const listPlan = /*#__PURE__*/ endpoint<ListPlanInput, ListPlanOutput, true>({
  id: 'compensation.v1.plan.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/plans',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()) }) }),
  page: { items: 'items' },
})
