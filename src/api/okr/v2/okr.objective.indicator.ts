// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Indicator } from './types.ts'

/** Input of {@link listOkrObjectiveIndicator}. */
export interface ListOkrObjectiveIndicatorInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrObjectiveIndicator} response. */
export interface ListOkrObjectiveIndicatorOutput {
  indicator?: Indicator
}

/**
 * `okr.v2.okr.objective.indicator.list`: GET /open-apis/okr/v2/objectives/:objective_id/indicators (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.objective.indicator&version=v2
 */
export const listOkrObjectiveIndicator = /*#__PURE__*/ endpoint<ListOkrObjectiveIndicatorInput, ListOkrObjectiveIndicatorOutput>({
  id: 'okr.v2.okr.objective.indicator.list',
  method: 'GET',
  path: '/open-apis/okr/v2/objectives/:objective_id/indicators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})
