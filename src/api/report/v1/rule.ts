// Generated from catalog/report.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link queryRule}. */
export interface QueryRuleInput {
  query: { rule_name: string; include_deleted?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link queryRule} response. */
export interface QueryRuleOutput {
  rules?: {
    rule_id?: string
    name?: string
    icon_name?: string
    created_at?: number
    creator_user_id?: string
    creator_user_name?: string
    owner_user_id?: string
    owner_user_name?: string
    form_schema?: {
      name?: string
      type?: 'number' | 'text' | 'image' | 'address' | 'dropdown' | 'attachement' | 'multiSelect' | 'datetime'
    }[]
    is_deleted?: number
    need_report_user_ids?: string[]
    need_report_department_ids?: string[]
    need_report_chat_ids?: string[]
    cc_user_ids?: string[]
    cc_department_ids?: string[]
    to_user_ids?: string[]
    to_chat_ids?: string[]
    to_leaders?: number[]
    to_department_owners?: number[]
    manager_user_ids?: string[]
    cc_chat_ids?: string[]
  }[]
}

/**
 * `report.v1.rule.query`: GET /open-apis/report/v1/rules/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=report&resource=rule&version=v1
 */
export const queryRule = /*#__PURE__*/ endpoint<QueryRuleInput, QueryRuleOutput>({
  id: 'report.v1.rule.query',
  method: 'GET',
  path: '/open-apis/report/v1/rules/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        rule_name: string(),
        include_deleted: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})
