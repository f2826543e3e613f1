// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listPeriodRule}. */
export type ListPeriodRuleInput = { [key: string]: never }

/** `data` of a successful {@link listPeriodRule} response. */
export interface ListPeriodRuleOutput {
  period_rules?: { period_rule_id?: string; type?: string; length?: number; first_month?: number }[]
}

/**
 * `okr.v1.period_rule.list`: GET /open-apis/okr/v1/period_rules (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=period_rule&version=v1
 */
export const listPeriodRule = /*#__PURE__*/ endpoint<ListPeriodRuleInput, ListPeriodRuleOutput>({
  id: 'okr.v1.period_rule.list',
  method: 'GET',
  path: '/open-apis/okr/v1/period_rules',
  tokens: ['tenant'],
})
