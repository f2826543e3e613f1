// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { DistributedRecommendItemInfo } from './types.ts'

/** Input of {@link listAppRecommendRule}. */
export interface ListAppRecommendRuleInput {
  query: { page_size: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link listAppRecommendRule} response. */
export interface ListAppRecommendRuleOutput {
  rules?: {
    id?: string
    name?: string
    status?: 'open' | 'closed'
    visibility_info?: { is_all?: boolean; department_ids?: string[]; user_ids?: string[]; group_ids?: string[] }
    recommend_item_infos?: DistributedRecommendItemInfo[]
    distributed_recommend_item_infos?: DistributedRecommendItemInfo[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `application.v6.app_recommend_rule.list`: GET /open-apis/application/v6/app_recommend_rules (tenant token).
 *
 * Paginated over `rules`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=application&resource=app_recommend_rule&version=v6
 */
export const listAppRecommendRule = /*#__PURE__*/ endpoint<ListAppRecommendRuleInput, ListAppRecommendRuleOutput, true>({
  id: 'application.v6.app_recommend_rule.list',
  method: 'GET',
  path: '/open-apis/application/v6/app_recommend_rules',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'rules' },
})
