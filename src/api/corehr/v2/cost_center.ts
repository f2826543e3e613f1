// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { CreateCostCenter, Name, TreeItem, Version } from './types.ts'

/** Input of {@link createCostCenter}. */
export interface CreateCostCenterInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    name: Name[]
    code?: string
    parent_cost_center_id?: string
    managers?: string[]
    description?: Name[]
    effective_time: string
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createCostCenter} response. */
export interface CreateCostCenterOutput {
  cost_center?: CreateCostCenter
}

/**
 * `corehr.v2.cost_center.create`: POST /open-apis/corehr/v2/cost_centers (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=cost_center&version=v2
 */
export const createCostCenter = /*#__PURE__*/ endpoint<CreateCostCenterInput, CreateCostCenterOutput>({
  id: 'corehr.v2.cost_center.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_centers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
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
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteCostCenter}. */
export interface DeleteCostCenterInput {
  path: { cost_center_id: string }
  body: { operation_reason: string }
}

/** `data` of a successful {@link deleteCostCenter} response. */
export type DeleteCostCenterOutput = { [key: string]: unknown }

/**
 * `corehr.v2.cost_center.delete`: DELETE /open-apis/corehr/v2/cost_centers/:cost_center_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=cost_center&version=v2
 */
export const deleteCostCenter = /*#__PURE__*/ endpoint<DeleteCostCenterInput, DeleteCostCenterOutput>({
  id: 'corehr.v2.cost_center.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/cost_centers/:cost_center_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ cost_center_id: string() }), body: looseObject({ operation_reason: string() }) }),
})

/** Input of {@link patchCostCenter}. */
export interface PatchCostCenterInput {
  path: { cost_center_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { effective_time: string; active: boolean; operation_reason: string }
}

/** `data` of a successful {@link patchCostCenter} response. */
export interface PatchCostCenterOutput {
  cost_center?: CreateCostCenter
}

/**
 * `corehr.v2.cost_center.patch`: PATCH /open-apis/corehr/v2/cost_centers/:cost_center_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=cost_center&version=v2
 */
export const patchCostCenter = /*#__PURE__*/ endpoint<PatchCostCenterInput, PatchCostCenterOutput>({
  id: 'corehr.v2.cost_center.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/cost_centers/:cost_center_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ cost_center_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ effective_time: string(), active: boolean(), operation_reason: string() }),
    }),
})

/** Input of {@link queryCostCenterMultiTimeline}. */
export interface QueryCostCenterMultiTimelineInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
  }
  body: { cost_center_ids: string[]; effective_date_start?: string; effective_date_end?: string; fields?: string[] }
}

/** `data` of a successful {@link queryCostCenterMultiTimeline} response. */
export interface QueryCostCenterMultiTimelineOutput {
  items?: {
    cost_center_id?: string
    version_id?: string
    name: Name[]
    code?: string
    parent_cost_center_id?: string
    managers?: string[]
    description?: Name[]
    effective_date: string
    expiration_date?: string
    active?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.cost_center.query_multi_timeline`: POST /open-apis/corehr/v2/cost_centers/query_multi_timeline (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=cost_center&version=v2
 */
export const queryCostCenterMultiTimeline = /*#__PURE__*/ endpoint<QueryCostCenterMultiTimelineInput, QueryCostCenterMultiTimelineOutput, true>({
  id: 'corehr.v2.cost_center.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_centers/query_multi_timeline',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      }),
      body: looseObject({
        cost_center_ids: array(string()),
        effective_date_start: optional(string()),
        effective_date_end: optional(string()),
        fields: optional(array(string())),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryCostCenterRecentChange}. */
export interface QueryCostCenterRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryCostCenterRecentChange} response. */
export interface QueryCostCenterRecentChangeOutput {
  cost_center_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_cost_center_ids?: string[]
}

/**
 * `corehr.v2.cost_center.query_recent_change`: GET /open-apis/corehr/v2/cost_centers/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=cost_center&version=v2
 */
export const queryCostCenterRecentChange = /*#__PURE__*/ endpoint<QueryCostCenterRecentChangeInput, QueryCostCenterRecentChangeOutput, true>({
  id: 'corehr.v2.cost_center.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/cost_centers/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})

/** Input of {@link searchCostCenter}. */
export interface SearchCostCenterInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
  }
  body?: {
    cost_center_id_list?: string[]
    name_list?: string[]
    code?: string
    parent_cost_center_id?: string
    get_all_version?: boolean
  }
}

/** `data` of a successful {@link searchCostCenter} response. */
export interface SearchCostCenterOutput {
  items?: Version[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.cost_center.search`: POST /open-apis/corehr/v2/cost_centers/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=cost_center&version=v2
 */
export const searchCostCenter = /*#__PURE__*/ endpoint<SearchCostCenterInput, SearchCostCenterOutput, true>({
  id: 'corehr.v2.cost_center.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_centers/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      }),
      body: optional(looseObject({
        cost_center_id_list: optional(array(string())),
        name_list: optional(array(string())),
        code: optional(string()),
        parent_cost_center_id: optional(string()),
        get_all_version: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link treeCostCenter}. */
export interface TreeCostCenterInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
  }
  body?: { cost_center_id?: string; need_inactive?: boolean; effective_date?: string }
}

/** `data` of a successful {@link treeCostCenter} response. */
export interface TreeCostCenterOutput {
  items?: TreeItem[]
  page_token?: string
  has_more?: boolean
  reject_export?: boolean
}

/**
 * `corehr.v2.cost_center.tree`: POST /open-apis/corehr/v2/cost_centers/tree (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tree&project=corehr&resource=cost_center&version=v2
 */
export const treeCostCenter = /*#__PURE__*/ endpoint<TreeCostCenterInput, TreeCostCenterOutput, true>({
  id: 'corehr.v2.cost_center.tree',
  method: 'POST',
  path: '/open-apis/corehr/v2/cost_centers/tree',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      }),
      body: optional(looseObject({
        cost_center_id: optional(string()),
        need_inactive: optional(boolean()),
        effective_date: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
