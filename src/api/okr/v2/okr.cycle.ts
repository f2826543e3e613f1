// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item, Owner } from './types.ts'

/** Input of {@link listOkrCycle}. */
export interface ListOkrCycleInput {
  query: { user_id: string; user_id_type?: 'user_id' | 'union_id' | 'open_id'; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listOkrCycle} response. */
export interface ListOkrCycleOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id: string
    create_time: string
    update_time: string
    tenant_cycle_id: string
    owner: Owner
    start_time: string
    end_time: string
    cycle_status?: number
    score?: number
  }[]
}

/**
 * `okr.v2.okr.cycle.list`: GET /open-apis/okr/v2/cycles (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.cycle&version=v2
 */
export const listOkrCycle = /*#__PURE__*/ endpoint<ListOkrCycleInput, ListOkrCycleOutput, true>({
  id: 'okr.v2.okr.cycle.list',
  method: 'GET',
  path: '/open-apis/okr/v2/cycles',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id: string(),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link objectivesOkrCyclePosition}. */
export interface ObjectivesOkrCyclePositionInput {
  path: { cycle_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { objective_ids: string[] }
}

/** `data` of a successful {@link objectivesOkrCyclePosition} response. */
export interface ObjectivesOkrCyclePositionOutput {
  items?: Item[]
}

/**
 * `okr.v2.okr.cycle.objectives_position`: PUT /open-apis/okr/v2/cycles/:cycle_id/objectives_position (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=objectives_position&project=okr&resource=okr.cycle&version=v2
 */
export const objectivesOkrCyclePosition = /*#__PURE__*/ endpoint<ObjectivesOkrCyclePositionInput, ObjectivesOkrCyclePositionOutput>({
  id: 'okr.v2.okr.cycle.objectives_position',
  method: 'PUT',
  path: '/open-apis/okr/v2/cycles/:cycle_id/objectives_position',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ cycle_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ objective_ids: array(string()) }),
    }),
})

/** Input of {@link objectivesOkrCycleWeight}. */
export interface ObjectivesOkrCycleWeightInput {
  path: { cycle_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { objective_weights: { objective_id: string; weight: number }[] }
}

/** `data` of a successful {@link objectivesOkrCycleWeight} response. */
export interface ObjectivesOkrCycleWeightOutput {
  items?: Item[]
}

/**
 * `okr.v2.okr.cycle.objectives_weight`: PUT /open-apis/okr/v2/cycles/:cycle_id/objectives_weight (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=objectives_weight&project=okr&resource=okr.cycle&version=v2
 */
export const objectivesOkrCycleWeight = /*#__PURE__*/ endpoint<ObjectivesOkrCycleWeightInput, ObjectivesOkrCycleWeightOutput>({
  id: 'okr.v2.okr.cycle.objectives_weight',
  method: 'PUT',
  path: '/open-apis/okr/v2/cycles/:cycle_id/objectives_weight',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ cycle_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ objective_weights: array(looseObject({ objective_id: string(), weight: number() })) }),
    }),
})
