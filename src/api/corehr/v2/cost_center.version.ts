// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { Name, Version } from './types.ts'

/** Input of {@link createCostCenterVersion}. */
export interface CreateCostCenterVersionInput {
  path: { cost_center_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    name: Name[]
    code?: string
    parent_cost_center_id?: string
    managers?: string[]
    description?: Name[]
    effective_time: string
    operation_reason: string
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createCostCenterVersion} response. */
export interface CreateCostCenterVersionOutput {
  version?: Version
}

/**
 * `corehr.v2.cost_center.version.create`: POST /open-apis/corehr/v2/cost_centers/:cost_center_id/versions (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=cost_center.version&version=v2
 */
export const createCostCenterVersion = /*#__PURE__*/ endpoint<CreateCostCenterVersionInput, CreateCostCenterVersionOutput>({
  id: 'corehr.v2.cost_center.version.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_centers/:cost_center_id/versions',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ cost_center_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        name: array(NameSchema()),
        code: optional(string()),
        parent_cost_center_id: optional(string()),
        managers: optional(array(string())),
        description: optional(array(NameSchema())),
        effective_time: string(),
        operation_reason: string(),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteCostCenterVersion}. */
export interface DeleteCostCenterVersionInput {
  path: { cost_center_id: string; version_id: string }
  body: { operation_reason: string }
}

/** `data` of a successful {@link deleteCostCenterVersion} response. */
export type DeleteCostCenterVersionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.cost_center.version.delete`: DELETE /open-apis/corehr/v2/cost_centers/:cost_center_id/versions/:version_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=cost_center.version&version=v2
 */
export const deleteCostCenterVersion = /*#__PURE__*/ endpoint<DeleteCostCenterVersionInput, DeleteCostCenterVersionOutput>({
  id: 'corehr.v2.cost_center.version.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/cost_centers/:cost_center_id/versions/:version_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ cost_center_id: string(), version_id: string() }),
      body: looseObject({ operation_reason: string() }),
    }),
})

/** Input of {@link patchCostCenterVersion}. */
export interface PatchCostCenterVersionInput {
  path: { cost_center_id: string; version_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    name: Name[]
    code?: string
    parent_cost_center_id?: string
    managers?: string[]
    description?: Name[]
    effective_time: string
    operation_reason: string
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchCostCenterVersion} response. */
export interface PatchCostCenterVersionOutput {
  version?: Version
}

/**
 * `corehr.v2.cost_center.version.patch`: PATCH /open-apis/corehr/v2/cost_centers/:cost_center_id/versions/:version_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=cost_center.version&version=v2
 */
export const patchCostCenterVersion = /*#__PURE__*/ endpoint<PatchCostCenterVersionInput, PatchCostCenterVersionOutput>({
  id: 'corehr.v2.cost_center.version.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/cost_centers/:cost_center_id/versions/:version_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ cost_center_id: string(), version_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        name: array(NameSchema()),
        code: optional(string()),
        parent_cost_center_id: optional(string()),
        managers: optional(array(string())),
        description: optional(array(NameSchema())),
        effective_time: string(),
        operation_reason: string(),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})
