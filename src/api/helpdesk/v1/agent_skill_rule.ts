// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listAgentSkillRule}. */
export type ListAgentSkillRuleInput = { [key: string]: never }

/** `data` of a successful {@link listAgentSkillRule} response. */
export interface ListAgentSkillRuleOutput {
  rules?: { id?: string; operator_options?: number[]; operand?: string; category?: number; display_name?: string }[]
}

/**
 * `helpdesk.v1.agent_skill_rule.list`: GET /open-apis/helpdesk/v1/agent_skill_rules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=agent_skill_rule&version=v1
 */
export const listAgentSkillRule = /*#__PURE__*/ endpoint<ListAgentSkillRuleInput, ListAgentSkillRuleOutput>({
  id: 'helpdesk.v1.agent_skill_rule.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agent_skill_rules',
  tokens: ['tenant', 'user'],
  headers: ['X-Lark-Helpdesk-Authorization'],
})
