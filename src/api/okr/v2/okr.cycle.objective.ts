// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BlockSchema } from './models.ts'
import type { Block, Item } from './types.ts'

/** Input of {@link createOkrCycleObjective}. */
export interface CreateOkrCycleObjectiveInput {
  path: { cycle_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    content?: { blocks?: Block[] }
    notes?: { blocks?: Block[] }
    deadline?: string
    weight?: number
    category_id?: string
    score?: number
  }
}

/** `data` of a successful {@link createOkrCycleObjective} response. */
export interface CreateOkrCycleObjectiveOutput {
  objective_id?: string
}

/**
 * `okr.v2.okr.cycle.objective.create`: POST /open-apis/okr/v2/cycles/:cycle_id/objectives (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=okr&resource=okr.cycle.objective&version=v2
 */
export const createOkrCycleObjective = /*#__PURE__*/ endpoint<CreateOkrCycleObjectiveInput, CreateOkrCycleObjectiveOutput>({
  id: 'okr.v2.okr.cycle.objective.create',
  method: 'POST',
  path: '/open-apis/okr/v2/cycles/:cycle_id/objectives',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ cycle_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        notes: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        deadline: optional(string()),
        weight: optional(number()),
        category_id: optional(string()),
        score: optional(number()),
      })),
    }),
})

/** Input of {@link listOkrCycleObjective}. */
export interface ListOkrCycleObjectiveInput {
  path: { cycle_id: string }
  query?: {
    page_size?: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrCycleObjective} response. */
export interface ListOkrCycleObjectiveOutput {
  has_more?: boolean
  page_token?: string
  items?: Item[]
}

/**
 * `okr.v2.okr.cycle.objective.list`: GET /open-apis/okr/v2/cycles/:cycle_id/objectives (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.cycle.objective&version=v2
 */
export const listOkrCycleObjective = /*#__PURE__*/ endpoint<ListOkrCycleObjectiveInput, ListOkrCycleObjectiveOutput, true>({
  id: 'okr.v2.okr.cycle.objective.list',
  method: 'GET',
  path: '/open-apis/okr/v2/cycles/:cycle_id/objectives',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ cycle_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
  page: { items: 'items' },
})
