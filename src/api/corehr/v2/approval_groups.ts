// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { DepartmentChange, JobChange, PositionChange } from './types.ts'

/** Input of {@link getApprovalGroups}. */
export interface GetApprovalGroupsInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link getApprovalGroups} response. */
export interface GetApprovalGroupsOutput {
  approval_group?: {
    approval_group_id?: string
    process_id?: string
    approval_group_status?: '0' | '1' | '2' | '3' | '4' | '5'
    approval_group_status_v2?: number
    topic?: string
    adjust_reason?: string
    effective_date?: string
    created_by?: string
    draft_id?: string
    draft_status?: '0' | '1' | '2' | '3'
    department_changes?: string[]
    job_changes?: string[]
    position_changes?: string[]
  }
}

/**
 * `corehr.v2.approval_groups.get`: GET /open-apis/corehr/v2/approval_groups/:process_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=approval_groups&version=v2
 */
export const getApprovalGroups = /*#__PURE__*/ endpoint<GetApprovalGroupsInput, GetApprovalGroupsOutput>({
  id: 'corehr.v2.approval_groups.get',
  method: 'GET',
  path: '/open-apis/corehr/v2/approval_groups/:process_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
    }),
})

/** Input of {@link openApprovalGroupsQueryDepartmentChangeListByIds}. */
export interface OpenApprovalGroupsQueryDepartmentChangeListByIdsInput {
  query: {
    process_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { department_change_ids?: string[]; need_department_path?: boolean }
}

/** `data` of a successful {@link openApprovalGroupsQueryDepartmentChangeListByIds} response. */
export interface OpenApprovalGroupsQueryDepartmentChangeListByIdsOutput {
  department_changes?: DepartmentChange[]
}

/**
 * `corehr.v2.approval_groups.open_query_department_change_list_by_ids`: POST /open-apis/corehr/v2/approval_groups/open_query_department_change_list_by_ids (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=open_query_department_change_list_by_ids&project=corehr&resource=approval_groups&version=v2
 */
export const openApprovalGroupsQueryDepartmentChangeListByIds = /*#__PURE__*/ endpoint<OpenApprovalGroupsQueryDepartmentChangeListByIdsInput, OpenApprovalGroupsQueryDepartmentChangeListByIdsOutput>({
  id: 'corehr.v2.approval_groups.open_query_department_change_list_by_ids',
  method: 'POST',
  path: '/open-apis/corehr/v2/approval_groups/open_query_department_change_list_by_ids',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        process_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        department_change_ids: optional(array(string())),
        need_department_path: optional(boolean()),
      })),
    }),
})

/** Input of {@link openApprovalGroupsQueryJobChangeListByIds}. */
export interface OpenApprovalGroupsQueryJobChangeListByIdsInput {
  query: {
    process_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { job_change_ids?: string[]; need_department_path?: boolean }
}

/** `data` of a successful {@link openApprovalGroupsQueryJobChangeListByIds} response. */
export interface OpenApprovalGroupsQueryJobChangeListByIdsOutput {
  job_changes?: JobChange[]
}

/**
 * `corehr.v2.approval_groups.open_query_job_change_list_by_ids`: POST /open-apis/corehr/v2/approval_groups/open_query_job_change_list_by_ids (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=open_query_job_change_list_by_ids&project=corehr&resource=approval_groups&version=v2
 */
export const openApprovalGroupsQueryJobChangeListByIds = /*#__PURE__*/ endpoint<OpenApprovalGroupsQueryJobChangeListByIdsInput, OpenApprovalGroupsQueryJobChangeListByIdsOutput>({
  id: 'corehr.v2.approval_groups.open_query_job_change_list_by_ids',
  method: 'POST',
  path: '/open-apis/corehr/v2/approval_groups/open_query_job_change_list_by_ids',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        process_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        job_change_ids: optional(array(string())),
        need_department_path: optional(boolean()),
      })),
    }),
})

/** Input of {@link openApprovalGroupsQueryPositionChangeListByIds}. */
export interface OpenApprovalGroupsQueryPositionChangeListByIdsInput {
  query: {
    process_id: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: { position_change_ids?: string[]; need_department_path?: boolean }
}

/** `data` of a successful {@link openApprovalGroupsQueryPositionChangeListByIds} response. */
export interface OpenApprovalGroupsQueryPositionChangeListByIdsOutput {
  position_changes?: PositionChange[]
}

/**
 * `corehr.v2.approval_groups.open_query_position_change_list_by_ids`: POST /open-apis/corehr/v2/approval_groups/open_query_position_change_list_by_ids (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=open_query_position_change_list_by_ids&project=corehr&resource=approval_groups&version=v2
 */
export const openApprovalGroupsQueryPositionChangeListByIds = /*#__PURE__*/ endpoint<OpenApprovalGroupsQueryPositionChangeListByIdsInput, OpenApprovalGroupsQueryPositionChangeListByIdsOutput>({
  id: 'corehr.v2.approval_groups.open_query_position_change_list_by_ids',
  method: 'POST',
  path: '/open-apis/corehr/v2/approval_groups/open_query_position_change_list_by_ids',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        process_id: string(),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
      body: optional(looseObject({
        position_change_ids: optional(array(string())),
        need_department_path: optional(boolean()),
      })),
    }),
})
