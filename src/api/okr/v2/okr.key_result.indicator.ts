// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Indicator } from './types.ts'

/** Input of {@link listOkrKeyResultIndicator}. */
export interface ListOkrKeyResultIndicatorInput {
  path: { key_result_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrKeyResultIndicator} response. */
export interface ListOkrKeyResultIndicatorOutput {
  indicator?: Indicator
}

/**
 * `okr.v2.okr.key_result.indicator.list`: GET /open-apis/okr/v2/key_results/:key_result_id/indicators (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.key_result.indicator&version=v2
 */
export const listOkrKeyResultIndicator = /*#__PURE__*/ endpoint<ListOkrKeyResultIndicatorInput, ListOkrKeyResultIndicatorOutput>({
  id: 'okr.v2.okr.key_result.indicator.list',
  method: 'GET',
  path: '/open-apis/okr/v2/key_results/:key_result_id/indicators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ key_result_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})
