// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { CostCenterRate } from './types.ts'

/** Input of {@link batchQueryCostAllocation}. */
export interface BatchQueryCostAllocationInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { employment_ids: string[] }
}

/** `data` of a successful {@link batchQueryCostAllocation} response. */
export interface BatchQueryCostAllocationOutput {
  items?: {
    employment_id?: string
    cost_allocations?: {
      wk_id?: string
      effective_time?: string
      expiration_time?: string
      job_data_cost_center_id?: CostCenterRate[]
      job_data_id?: { wk_id?: string }
      reason?: string
    }[]
  }[]
}

/**
 * `corehr.v2.cost_allocation.batch_query`: POST /open-apis/corehr/v2/cost_allocations/batch_query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=corehr&resource=cost_allocation&version=v2
 */
export const batchQueryCostAllocation = /*#__PURE__*/ endpoint<BatchQueryCostAllocationInput, BatchQueryCostAllocationOutput>({
  id: 'corehr.v2.cost_allocation.batch_query',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_allocations/batch_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ employment_ids: array(string()) }),
    }),
})

/** Input of {@link createCostAllocationVersion}. */
export interface CreateCostAllocationVersionInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'; client_token?: string }
  body: {
    employment_id: string
    cost_allocation?: {
      effective_time: string
      expiration_time?: string
      job_data_cost_center_id?: { cost_center_id: string; new_rate: number }[]
      reason?: string
    }
  }
}

/** `data` of a successful {@link createCostAllocationVersion} response. */
export interface CreateCostAllocationVersionOutput {
  cost_allocation_id?: string
}

/**
 * `corehr.v2.cost_allocation.create_version`: POST /open-apis/corehr/v2/cost_allocations/create_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_version&project=corehr&resource=cost_allocation&version=v2
 */
export const createCostAllocationVersion = /*#__PURE__*/ endpoint<CreateCostAllocationVersionInput, CreateCostAllocationVersionOutput>({
  id: 'corehr.v2.cost_allocation.create_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_allocations/create_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        client_token: optional(string()),
      })),
      body: looseObject({
        employment_id: string(),
        cost_allocation: optional(looseObject({
          effective_time: string(),
          expiration_time: optional(string()),
          job_data_cost_center_id: optional(array(looseObject({ cost_center_id: string(), new_rate: number() }))),
          reason: optional(string()),
        })),
      }),
    }),
})

/** Input of {@link removeCostAllocationVersion}. */
export interface RemoveCostAllocationVersionInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'; client_token?: string }
  body: { employment_id: string; cost_allocation?: { wk_id: string } }
}

/** `data` of a successful {@link removeCostAllocationVersion} response. */
export type RemoveCostAllocationVersionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.cost_allocation.remove_version`: POST /open-apis/corehr/v2/cost_allocations/remove_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_version&project=corehr&resource=cost_allocation&version=v2
 */
export const removeCostAllocationVersion = /*#__PURE__*/ endpoint<RemoveCostAllocationVersionInput, RemoveCostAllocationVersionOutput>({
  id: 'corehr.v2.cost_allocation.remove_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_allocations/remove_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        client_token: optional(string()),
      })),
      body: looseObject({ employment_id: string(), cost_allocation: optional(looseObject({ wk_id: string() })) }),
    }),
})

/** Input of {@link updateCostAllocationVersion}. */
export interface UpdateCostAllocationVersionInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'; client_token?: string }
  body: {
    employment_id: string
    cost_allocation?: {
      wk_id: string
      effective_time?: string
      expiration_time?: string
      job_data_cost_center_id?: { cost_center_id?: string; new_rate?: number }[]
      reason?: string
    }
  }
}

/** `data` of a successful {@link updateCostAllocationVersion} response. */
export type UpdateCostAllocationVersionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.cost_allocation.update_version`: POST /open-apis/corehr/v2/cost_allocations/update_version (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_version&project=corehr&resource=cost_allocation&version=v2
 */
export const updateCostAllocationVersion = /*#__PURE__*/ endpoint<UpdateCostAllocationVersionInput, UpdateCostAllocationVersionOutput>({
  id: 'corehr.v2.cost_allocation.update_version',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_allocations/update_version',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        client_token: optional(string()),
      })),
      body: looseObject({
        employment_id: string(),
        cost_allocation: optional(looseObject({
          wk_id: string(),
          effective_time: optional(string()),
          expiration_time: optional(string()),
          job_data_cost_center_id: optional(array(looseObject({
            cost_center_id: optional(string()),
            new_rate: optional(number()),
          }))),
          reason: optional(string()),
        })),
      }),
    }),
})
