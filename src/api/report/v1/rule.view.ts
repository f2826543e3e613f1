// Generated from catalog/report.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link removeRuleView}. */
export interface RemoveRuleViewInput {
  path: { rule_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { user_ids?: string[] }
}

/** `data` of a successful {@link removeRuleView} response. */
export type RemoveRuleViewOutput = { [key: string]: unknown }

/**
 * `report.v1.rule.view.remove`: POST /open-apis/report/v1/rules/:rule_id/views/remove (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove&project=report&resource=rule.view&version=v1
 */
export const removeRuleView = /*#__PURE__*/ endpoint<RemoveRuleViewInput, RemoveRuleViewOutput>({
  id: 'report.v1.rule.view.remove',
  method: 'POST',
  path: '/open-apis/report/v1/rules/:rule_id/views/remove',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ rule_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ user_ids: optional(array(string())) })),
    }),
})
