// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listWorkforcePlan}. */
export interface ListWorkforcePlanInput {
  query?: {
    limit?: number
    offset?: number
    get_all_plan?: boolean
    active?: boolean
    page_token?: string
    page_size?: number
    start_date?: string
    end_date?: string
  }
}

/** `data` of a successful {@link listWorkforcePlan} response. */
export interface ListWorkforcePlanOutput {
  items?: {
    workforce_plan_id: string
    workforce_plan_name?: Name[]
    start_date?: string
    end_date?: string
    active?: boolean
    dimension_lists?: { key?: string; name?: Name[] }[]
  }[]
  total?: number
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.workforce_plan.list`: GET /open-apis/corehr/v2/workforce_plans (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=workforce_plan&version=v2
 */
export const listWorkforcePlan = /*#__PURE__*/ endpoint<ListWorkforcePlanInput, ListWorkforcePlanOutput, true>({
  id: 'corehr.v2.workforce_plan.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/workforce_plans',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        limit: optional(number()),
        offset: optional(number()),
        get_all_plan: optional(boolean()),
        active: optional(boolean()),
        page_token: optional(string()),
        page_size: optional(number()),
        start_date: optional(string()),
        end_date: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
