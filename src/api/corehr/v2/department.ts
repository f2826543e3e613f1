// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ItemCustomFieldSchema, NameSchema } from './models.ts'
import type { BatchGetItem, ItemCustomField, Name, QueryMultiTimelineItem, TreeItem } from './types.ts'

/** Input of {@link batchGetDepartment}. */
export interface BatchGetDepartmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { department_id_list?: string[]; fields?: string[]; department_name_list?: string[] }
}

/** `data` of a successful {@link batchGetDepartment} response. */
export interface BatchGetDepartmentOutput {
  items?: BatchGetItem[]
}

/**
 * `corehr.v2.department.batch_get`: POST /open-apis/corehr/v2/departments/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=department&version=v2
 */
export const batchGetDepartment = /*#__PURE__*/ endpoint<BatchGetDepartmentInput, BatchGetDepartmentOutput>({
  id: 'corehr.v2.department.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: optional(looseObject({
        department_id_list: optional(array(string())),
        fields: optional(array(string())),
        department_name_list: optional(array(string())),
      })),
    }),
})

/** Input of {@link deleteDepartment}. */
export interface DeleteDepartmentInput {
  path: { department_id: string }
  query?: { department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id' }
}

/** `data` of a successful {@link deleteDepartment} response. */
export type DeleteDepartmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.department.delete`: DELETE /open-apis/corehr/v2/departments/:department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=department&version=v2
 */
export const deleteDepartment = /*#__PURE__*/ endpoint<DeleteDepartmentInput, DeleteDepartmentOutput>({
  id: 'corehr.v2.department.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
    }),
})

/** Input of {@link parentsDepartment}. */
export interface ParentsDepartmentInput {
  query?: { department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id' }
  body: { department_id_list: string[] }
}

/** `data` of a successful {@link parentsDepartment} response. */
export interface ParentsDepartmentOutput {
  items?: {
    department_id?: string
    parent_department_list?: {
      department_id?: string
      department_name?: Name[]
      parent_department_id?: string
      active?: boolean
      is_root?: boolean
    }[]
  }[]
  reject_export?: boolean
}

/**
 * `corehr.v2.department.parents`: POST /open-apis/corehr/v2/departments/parents (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=parents&project=corehr&resource=department&version=v2
 */
export const parentsDepartment = /*#__PURE__*/ endpoint<ParentsDepartmentInput, ParentsDepartmentOutput>({
  id: 'corehr.v2.department.parents',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/parents',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({ department_id_list: array(string()) }),
    }),
})

/** Input of {@link patchDepartment}. */
export interface PatchDepartmentInput {
  path: { department_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    id?: string
    sub_type?: { enum_name: string }
    manager?: string
    is_confidential?: boolean
    hiberarchy_common?: { parent_id?: string; name?: Name[]; active?: boolean; code?: string; description?: Name[] }
    effective_time: string
    custom_fields?: ItemCustomField[]
    cost_center_id?: string
    staffing_model?: { enum_name: string }
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchDepartment} response. */
export type PatchDepartmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.department.patch`: PATCH /open-apis/corehr/v2/departments/:department_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=department&version=v2
 */
export const patchDepartment = /*#__PURE__*/ endpoint<PatchDepartmentInput, PatchDepartmentOutput>({
  id: 'corehr.v2.department.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/departments/:department_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ department_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        id: optional(string()),
        sub_type: optional(looseObject({ enum_name: string() })),
        manager: optional(string()),
        is_confidential: optional(boolean()),
        hiberarchy_common: optional(looseObject({
          parent_id: optional(string()),
          name: optional(array(NameSchema())),
          active: optional(boolean()),
          code: optional(string()),
          description: optional(array(NameSchema())),
        })),
        effective_time: string(),
        custom_fields: optional(array(ItemCustomFieldSchema())),
        cost_center_id: optional(string()),
        staffing_model: optional(looseObject({ enum_name: string() })),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link queryDepartmentMultiTimeline}. */
export interface QueryDepartmentMultiTimelineInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { department_ids: string[]; effective_date_start?: string; effective_date_end?: string; fields?: string[] }
}

/** `data` of a successful {@link queryDepartmentMultiTimeline} response. */
export interface QueryDepartmentMultiTimelineOutput {
  items?: QueryMultiTimelineItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.department.query_multi_timeline`: POST /open-apis/corehr/v2/departments/query_multi_timeline (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=department&version=v2
 */
export const queryDepartmentMultiTimeline = /*#__PURE__*/ endpoint<QueryDepartmentMultiTimelineInput, QueryDepartmentMultiTimelineOutput, true>({
  id: 'corehr.v2.department.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/query_multi_timeline',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: looseObject({
        department_ids: array(string()),
        effective_date_start: optional(string()),
        effective_date_end: optional(string()),
        fields: optional(array(string())),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryDepartmentOperationLogs}. */
export interface QueryDepartmentOperationLogsInput {
  query: {
    page_size: number
    page_token?: string
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { department_ids: string[]; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryDepartmentOperationLogs} response. */
export interface QueryDepartmentOperationLogsOutput {
  op_logs?: {
    object_id?: string
    changes?: { field?: string; before?: string; after?: string; ext?: { id?: string; usage?: string } }[]
    operator?: string
    operation_type?: number
    operation_time?: string
    effective_time?: string
    operation_reason?: string
    change_reasons?: string[]
  }[]
  next_page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.department.query_operation_logs`: POST /open-apis/corehr/v2/departments/query_operation_logs (tenant token).
 *
 * Paginated over `op_logs` (next token in `next_page_token`).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_operation_logs&project=corehr&resource=department&version=v2
 */
export const queryDepartmentOperationLogs = /*#__PURE__*/ endpoint<QueryDepartmentOperationLogsInput, QueryDepartmentOperationLogsOutput, true>({
  id: 'corehr.v2.department.query_operation_logs',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/query_operation_logs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: looseObject({ department_ids: array(string()), start_date: string(), end_date: string() }),
    }),
  page: { items: 'op_logs', next: 'next_page_token' },
})

/** Input of {@link queryDepartmentRecentChange}. */
export interface QueryDepartmentRecentChangeInput {
  query: {
    page_size: number
    page_token?: string
    start_date: string
    end_date: string
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link queryDepartmentRecentChange} response. */
export interface QueryDepartmentRecentChangeOutput {
  department_ids?: string[]
  deleted_department_ids?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.department.query_recent_change`: GET /open-apis/corehr/v2/departments/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=department&version=v2
 */
export const queryDepartmentRecentChange = /*#__PURE__*/ endpoint<QueryDepartmentRecentChangeInput, QueryDepartmentRecentChangeOutput, true>({
  id: 'corehr.v2.department.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/departments/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
    }),
  page: { items: null },
})

/** Input of {@link queryDepartmentTimeline}. */
export interface QueryDepartmentTimelineInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { department_ids: string[]; effective_date: string; fields?: string[] }
}

/** `data` of a successful {@link queryDepartmentTimeline} response. */
export interface QueryDepartmentTimelineOutput {
  items?: QueryMultiTimelineItem[]
}

/**
 * `corehr.v2.department.query_timeline`: POST /open-apis/corehr/v2/departments/query_timeline (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_timeline&project=corehr&resource=department&version=v2
 */
export const queryDepartmentTimeline = /*#__PURE__*/ endpoint<QueryDepartmentTimelineInput, QueryDepartmentTimelineOutput>({
  id: 'corehr.v2.department.query_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/query_timeline',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        department_ids: array(string()),
        effective_date: string(),
        fields: optional(array(string())),
      }),
    }),
})

/** Input of {@link searchDepartment}. */
export interface SearchDepartmentInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    active?: boolean
    get_all_children?: boolean
    manager_list?: string[]
    department_id_list?: string[]
    name_list?: string[]
    parent_department_id?: string
    code_list?: string[]
    get_all_version?: boolean
    fields?: string[]
    keyword?: string
  }
}

/** `data` of a successful {@link searchDepartment} response. */
export interface SearchDepartmentOutput {
  items?: BatchGetItem[]
  page_token?: string
  has_more?: boolean
  reject_export?: boolean
  total_count?: string
}

/**
 * `corehr.v2.department.search`: POST /open-apis/corehr/v2/departments/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=department&version=v2
 */
export const searchDepartment = /*#__PURE__*/ endpoint<SearchDepartmentInput, SearchDepartmentOutput, true>({
  id: 'corehr.v2.department.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        active: optional(boolean()),
        get_all_children: optional(boolean()),
        manager_list: optional(array(string())),
        department_id_list: optional(array(string())),
        name_list: optional(array(string())),
        parent_department_id: optional(string()),
        code_list: optional(array(string())),
        get_all_version: optional(boolean()),
        fields: optional(array(string())),
        keyword: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link treeDepartment}. */
export interface TreeDepartmentInput {
  query: {
    page_size: number
    page_token?: string
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { department_id?: string; need_inactive?: boolean; effective_date?: string }
}

/** `data` of a successful {@link treeDepartment} response. */
export interface TreeDepartmentOutput {
  items?: TreeItem[]
  page_token?: string
  has_more?: boolean
  reject_export?: boolean
}

/**
 * `corehr.v2.department.tree`: POST /open-apis/corehr/v2/departments/tree (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tree&project=corehr&resource=department&version=v2
 */
export const treeDepartment = /*#__PURE__*/ endpoint<TreeDepartmentInput, TreeDepartmentOutput, true>({
  id: 'corehr.v2.department.tree',
  method: 'POST',
  path: '/open-apis/corehr/v2/departments/tree',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        department_id: optional(string()),
        need_inactive: optional(boolean()),
        effective_date: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
