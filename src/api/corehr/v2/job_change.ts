// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateTransferInfoSchema } from './models.ts'
import type {
  ApprovalNode,
  CreateTransferInfo,
  CustomField,
  EmploymentName,
  JobChangeSearchItem,
  TransferInfo,
} from './types.ts'

/** Input of {@link createJobChange}. */
export interface CreateJobChangeInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    transfer_mode: number
    employment_id: string
    transfer_type_unique_identifier: string
    flow_id?: string
    effective_date: string
    transfer_info: CreateTransferInfo
    transfer_key?: string
    initiator_id?: string
    transfer_reason_unique_identifier?: string
    update_method?: string
    update_method_offboarding?: string
  }
}

/** `data` of a successful {@link createJobChange} response. */
export interface CreateJobChangeOutput {
  job_change_id?: string
  employment_id?: string
  status?: 'Approving' | 'Approved' | 'Rejected' | 'NoNeedApproval' | 'Transformed' | 'Cancelled'
  transfer_type_unique_identifier?: string
  transfer_reason_unique_identifier?: string
  process_id?: string
  effective_date?: string
  created_time?: string
  transfer_info?: TransferInfo
  is_adjust_salary?: boolean
  custom_fields?: CustomField[]
  details_of_job_status_change?: string[]
  employment_name?: EmploymentName
  exception_status?: string
  no_permission_fields?: string[]
  approval_nodes?: ApprovalNode[]
}

/**
 * `corehr.v2.job_change.create`: POST /open-apis/corehr/v2/job_changes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_change&version=v2
 */
export const createJobChange = /*#__PURE__*/ endpoint<CreateJobChangeInput, CreateJobChangeOutput>({
  id: 'corehr.v2.job_change.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_changes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        transfer_mode: number(),
        employment_id: string(),
        transfer_type_unique_identifier: string(),
        flow_id: optional(string()),
        effective_date: string(),
        transfer_info: CreateTransferInfoSchema(),
        transfer_key: optional(string()),
        initiator_id: optional(string()),
        transfer_reason_unique_identifier: optional(string()),
        update_method: optional(string()),
        update_method_offboarding: optional(string()),
      }),
    }),
})

/** Input of {@link revokeJobChange}. */
export interface RevokeJobChangeInput {
  path: { job_change_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' | 'people_corehr_id' }
  body: { operator_id: string }
}

/** `data` of a successful {@link revokeJobChange} response. */
export interface RevokeJobChangeOutput {
  result?: boolean
  message?: string
}

/**
 * `corehr.v2.job_change.revoke`: POST /open-apis/corehr/v2/job_changes/:job_change_id/revoke (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=revoke&project=corehr&resource=job_change&version=v2
 */
export const revokeJobChange = /*#__PURE__*/ endpoint<RevokeJobChangeInput, RevokeJobChangeOutput>({
  id: 'corehr.v2.job_change.revoke',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_changes/:job_change_id/revoke',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_change_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id', 'people_corehr_id'])),
      })),
      body: looseObject({ operator_id: string() }),
    }),
})

/** Input of {@link searchJobChange}. */
export interface SearchJobChangeInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    employment_ids?: string[]
    job_change_ids?: string[]
    statuses?: ('Approving' | 'Approved' | 'Transformed' | 'Rejected' | 'Cancelled' | 'NoNeedApproval')[]
    effective_date_start?: string
    effective_date_end?: string
    updated_time_start?: string
    updated_time_end?: string
    target_department_ids?: string[]
    transfer_type_unique_identifier?: string[]
    transfer_reason_unique_identifier?: string[]
    exception_statuses?: ('pending' | 'processed')[]
    original_department_ids?: string[]
    employment_department_ids?: string[]
    select_fields?: string[]
    filter_str?: string
  }
}

/** `data` of a successful {@link searchJobChange} response. */
export interface SearchJobChangeOutput {
  items?: JobChangeSearchItem[]
  has_more?: boolean
  page_token?: string
  total?: number
  reject_export?: boolean
}

/**
 * `corehr.v2.job_change.search`: POST /open-apis/corehr/v2/job_changes/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=job_change&version=v2
 */
export const searchJobChange = /*#__PURE__*/ endpoint<SearchJobChangeInput, SearchJobChangeOutput, true>({
  id: 'corehr.v2.job_change.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_changes/search',
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
        employment_ids: optional(array(string())),
        job_change_ids: optional(array(string())),
        statuses: optional(array(picklist([
          'Approving',
          'Approved',
          'Transformed',
          'Rejected',
          'Cancelled',
          'NoNeedApproval',
        ]))),
        effective_date_start: optional(string()),
        effective_date_end: optional(string()),
        updated_time_start: optional(string()),
        updated_time_end: optional(string()),
        target_department_ids: optional(array(string())),
        transfer_type_unique_identifier: optional(array(string())),
        transfer_reason_unique_identifier: optional(array(string())),
        exception_statuses: optional(array(picklist(['pending', 'processed']))),
        original_department_ids: optional(array(string())),
        employment_department_ids: optional(array(string())),
        select_fields: optional(array(string())),
        filter_str: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
