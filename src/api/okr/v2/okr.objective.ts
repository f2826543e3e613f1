// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BlockSchema } from './models.ts'
import type { Block, GetKeyResult, Item } from './types.ts'

/** Input of {@link deleteOkrObjective}. */
export interface DeleteOkrObjectiveInput {
  path: { objective_id: string }
}

/** `data` of a successful {@link deleteOkrObjective} response. */
export interface DeleteOkrObjectiveOutput {
  objective_id?: string
}

/**
 * `okr.v2.okr.objective.delete`: DELETE /open-apis/okr/v2/objectives/:objective_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=okr&resource=okr.objective&version=v2
 */
export const deleteOkrObjective = /*#__PURE__*/ endpoint<DeleteOkrObjectiveInput, DeleteOkrObjectiveOutput>({
  id: 'okr.v2.okr.objective.delete',
  method: 'DELETE',
  path: '/open-apis/okr/v2/objectives/:objective_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ objective_id: string() }) }),
})

/** Input of {@link getOkrObjective}. */
export interface GetOkrObjectiveInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getOkrObjective} response. */
export interface GetOkrObjectiveOutput {
  objective?: Item
}

/**
 * `okr.v2.okr.objective.get`: GET /open-apis/okr/v2/objectives/:objective_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=okr&resource=okr.objective&version=v2
 */
export const getOkrObjective = /*#__PURE__*/ endpoint<GetOkrObjectiveInput, GetOkrObjectiveOutput>({
  id: 'okr.v2.okr.objective.get',
  method: 'GET',
  path: '/open-apis/okr/v2/objectives/:objective_id',
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

/** Input of {@link keyOkrObjectiveResultsPosition}. */
export interface KeyOkrObjectiveResultsPositionInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { key_result_ids: string[] }
}

/** `data` of a successful {@link keyOkrObjectiveResultsPosition} response. */
export interface KeyOkrObjectiveResultsPositionOutput {
  items?: GetKeyResult[]
}

/**
 * `okr.v2.okr.objective.key_results_position`: PUT /open-apis/okr/v2/objectives/:objective_id/key_results_position (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=key_results_position&project=okr&resource=okr.objective&version=v2
 */
export const keyOkrObjectiveResultsPosition = /*#__PURE__*/ endpoint<KeyOkrObjectiveResultsPositionInput, KeyOkrObjectiveResultsPositionOutput>({
  id: 'okr.v2.okr.objective.key_results_position',
  method: 'PUT',
  path: '/open-apis/okr/v2/objectives/:objective_id/key_results_position',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ key_result_ids: array(string()) }),
    }),
})

/** Input of {@link keyOkrObjectiveResultsWeight}. */
export interface KeyOkrObjectiveResultsWeightInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { key_result_weights: { key_result_id: string; weight: number }[] }
}

/** `data` of a successful {@link keyOkrObjectiveResultsWeight} response. */
export interface KeyOkrObjectiveResultsWeightOutput {
  items?: GetKeyResult[]
}

/**
 * `okr.v2.okr.objective.key_results_weight`: PUT /open-apis/okr/v2/objectives/:objective_id/key_results_weight (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=key_results_weight&project=okr&resource=okr.objective&version=v2
 */
export const keyOkrObjectiveResultsWeight = /*#__PURE__*/ endpoint<KeyOkrObjectiveResultsWeightInput, KeyOkrObjectiveResultsWeightOutput>({
  id: 'okr.v2.okr.objective.key_results_weight',
  method: 'PUT',
  path: '/open-apis/okr/v2/objectives/:objective_id/key_results_weight',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ key_result_weights: array(looseObject({ key_result_id: string(), weight: number() })) }),
    }),
})

/** Input of {@link patchOkrObjective}. */
export interface PatchOkrObjectiveInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    content?: { blocks?: Block[] }
    score?: number
    notes?: { blocks?: Block[] }
    deadline?: string
    category_id?: string
  }
}

/** `data` of a successful {@link patchOkrObjective} response. */
export interface PatchOkrObjectiveOutput {
  objective?: Item
}

/**
 * `okr.v2.okr.objective.patch`: PATCH /open-apis/okr/v2/objectives/:objective_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=okr&resource=okr.objective&version=v2
 */
export const patchOkrObjective = /*#__PURE__*/ endpoint<PatchOkrObjectiveInput, PatchOkrObjectiveOutput>({
  id: 'okr.v2.okr.objective.patch',
  method: 'PATCH',
  path: '/open-apis/okr/v2/objectives/:objective_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        score: optional(number()),
        notes: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        deadline: optional(string()),
        category_id: optional(string()),
      })),
    }),
})
