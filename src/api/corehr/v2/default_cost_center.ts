// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { CompensationType } from './types.ts'

/** Input of {@link batchQueryDefaultCostCenter}. */
export interface BatchQueryDefaultCostCenterInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { employment_ids: string[] }
}

/** `data` of a successful {@link batchQueryDefaultCostCenter} response. */
export interface BatchQueryDefaultCostCenterOutput {
  items?: {
    employment_id?: string
    default_cost_centers?: {
      wk_id?: string
      wk_tid?: string
      effective_time?: string
      cost_center_id?: string
      job_data_id?: string
      is_inherit?: boolean
      inherit_source?: CompensationType
      reason?: string
      wk_created_at?: string
    }[]
  }[]
}

/**
 * `corehr.v2.default_cost_center.batch_query`: POST /open-apis/corehr/v2/default_cost_centers/batch_query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=corehr&resource=default_cost_center&version=v2
 */
export const batchQueryDefaultCostCenter = /*#__PURE__*/ endpoint<BatchQueryDefaultCostCenterInput, BatchQueryDefaultCostCenterOutput>({
  id: 'corehr.v2.default_cost_center.batch_query',
  method: 'POST',
  path: '/open-apis/corehr/v2/default_cost_centers/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ employment_ids: array(string()) }),
    }),
})

/** Input of {@link createDefaultCostCenterVersion}. */
export interface CreateDefaultCostCenterVersionInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    default_cost_center?: {
      effective_time: string
      cost_center_id?: string
      is_inherit?: boolean
      reason?: string
      wk_created_at?: string
    }
  }
}

/** `data` of a successful {@link createDefaultCostCenterVersion} response. */
export interface CreateDefaultCostCenterVersionOutput {
  wk_id?: string
  wk_tid?: string
}

/**
 * `corehr.v2.default_cost_center.create_version`: POST /open-apis/corehr/v2/default_cost_centers/create_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_version&project=corehr&resource=default_cost_center&version=v2
 */
export const createDefaultCostCenterVersion = /*#__PURE__*/ endpoint<CreateDefaultCostCenterVersionInput, CreateDefaultCostCenterVersionOutput>({
  id: 'corehr.v2.default_cost_center.create_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/default_cost_centers/create_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        default_cost_center: optional(looseObject({
          effective_time: string(),
          cost_center_id: optional(string()),
          is_inherit: optional(boolean()),
          reason: optional(string()),
          wk_created_at: optional(string()),
        })),
      }),
    }),
})

/** Input of {@link removeDefaultCostCenterVersion}. */
export interface RemoveDefaultCostCenterVersionInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { employment_id: string; default_cost_center?: { wk_id: string; wk_tid: string; wk_created_at?: string } }
}

/** `data` of a successful {@link removeDefaultCostCenterVersion} response. */
export type RemoveDefaultCostCenterVersionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.default_cost_center.remove_version`: POST /open-apis/corehr/v2/default_cost_centers/remove_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_version&project=corehr&resource=default_cost_center&version=v2
 */
export const removeDefaultCostCenterVersion = /*#__PURE__*/ endpoint<RemoveDefaultCostCenterVersionInput, RemoveDefaultCostCenterVersionOutput>({
  id: 'corehr.v2.default_cost_center.remove_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/default_cost_centers/remove_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        default_cost_center: optional(looseObject({
          wk_id: string(),
          wk_tid: string(),
          wk_created_at: optional(string()),
        })),
      }),
    }),
})

/** Input of {@link updateDefaultCostCenterVersion}. */
export interface UpdateDefaultCostCenterVersionInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    default_cost_center?: {
      wk_id: string
      wk_tid: string
      effective_time?: string
      cost_center_id?: string
      is_inherit?: boolean
      reason?: string
      wk_created_at?: string
    }
  }
}

/** `data` of a successful {@link updateDefaultCostCenterVersion} response. */
export type UpdateDefaultCostCenterVersionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.default_cost_center.update_version`: POST /open-apis/corehr/v2/default_cost_centers/update_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_version&project=corehr&resource=default_cost_center&version=v2
 */
export const updateDefaultCostCenterVersion = /*#__PURE__*/ endpoint<UpdateDefaultCostCenterVersionInput, UpdateDefaultCostCenterVersionOutput>({
  id: 'corehr.v2.default_cost_center.update_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/default_cost_centers/update_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        default_cost_center: optional(looseObject({
          wk_id: string(),
          wk_tid: string(),
          effective_time: optional(string()),
          cost_center_id: optional(string()),
          is_inherit: optional(boolean()),
          reason: optional(string()),
          wk_created_at: optional(string()),
        })),
      }),
    }),
})
