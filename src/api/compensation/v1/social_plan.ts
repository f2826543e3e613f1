// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Plan } from './types.ts'

/** Input of {@link listSocialPlan}. */
export interface ListSocialPlanInput {
  query: {
    effective_date: string
    page_size: number
    page_token?: string
    insurance_type?: 'social_insurance' | 'provident_fund'
  }
}

/** `data` of a successful {@link listSocialPlan} response. */
export interface ListSocialPlanOutput {
  plans?: Plan[]
  has_more?: boolean
  page_token?: string
}

/**
 * `compensation.v1.social_plan.list`: GET /open-apis/compensation/v1/social_plans (tenant or user token).
 *
 * Paginated over `plans`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=social_plan&version=v1
 */
export const listSocialPlan = /*#__PURE__*/ endpoint<ListSocialPlanInput, ListSocialPlanOutput, true>({
  id: 'compensation.v1.social_plan.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/social_plans',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        effective_date: string(),
        page_size: number(),
        page_token: optional(string()),
        insurance_type: optional(picklist(['social_insurance', 'provident_fund'])),
      }),
    }),
  page: { items: 'plans' },
})

/** Input of {@link querySocialPlan}. */
export interface QuerySocialPlanInput {
  body: { plan_ids: string[]; effective_date: string }
}

/** `data` of a successful {@link querySocialPlan} response. */
export interface QuerySocialPlanOutput {
  plans?: Plan[]
}

/**
 * `compensation.v1.social_plan.query`: POST /open-apis/compensation/v1/social_plans/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=compensation&resource=social_plan&version=v1
 */
export const querySocialPlan = /*#__PURE__*/ endpoint<QuerySocialPlanInput, QuerySocialPlanOutput>({
  id: 'compensation.v1.social_plan.query',
  method: 'POST',
  path: '/open-apis/compensation/v1/social_plans/query',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ plan_ids: array(string()), effective_date: string() }) }),
})
