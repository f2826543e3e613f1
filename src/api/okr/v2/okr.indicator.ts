// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { UnitSchema } from './models.ts'
import type { Indicator, Unit } from './types.ts'

/** Input of {@link patchOkrIndicator}. */
export interface PatchOkrIndicatorInput {
  path: { indicator_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    current_value_calculate_type?: number
    status_calculate_type?: number
    start_value?: number
    target_value?: number
    current_value?: number
    unit?: Unit
    indicator_status?: number
  }
}

/** `data` of a successful {@link patchOkrIndicator} response. */
export interface PatchOkrIndicatorOutput {
  indicator?: Indicator
}

/**
 * `okr.v2.okr.indicator.patch`: PATCH /open-apis/okr/v2/indicators/:indicator_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=okr&resource=okr.indicator&version=v2
 */
export const patchOkrIndicator = /*#__PURE__*/ endpoint<PatchOkrIndicatorInput, PatchOkrIndicatorOutput>({
  id: 'okr.v2.okr.indicator.patch',
  method: 'PATCH',
  path: '/open-apis/okr/v2/indicators/:indicator_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ indicator_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        current_value_calculate_type: optional(number()),
        status_calculate_type: optional(number()),
        start_value: optional(number()),
        target_value: optional(number()),
        current_value: optional(number()),
        unit: optional(UnitSchema()),
        indicator_status: optional(number()),
      })),
    }),
})
