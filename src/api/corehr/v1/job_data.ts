// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CostCenterRateSchema, CustomFieldSchema } from './models.ts'
import type { CostCenterRate, CustomField, GetJobData, JobData, JobDataListItem } from './types.ts'

/** Input of {@link createJobData}. */
export interface CreateJobDataInput {
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    job_level_id?: string
    job_grade_id?: string
    employee_type_id: string
    working_hours_type_id?: string
    work_location_id?: string
    department_id?: string
    job_id?: string
    probation_start_date?: string
    probation_end_date?: string
    primary_job_data: boolean
    employment_id: string
    effective_time: string
    expiration_time?: string
    job_family_id?: string
    assignment_start_reason: { enum_name: string }
    probation_expected_end_date?: string
    weekly_working_hours?: number
    direct_manager_id?: string
    dotted_line_manager_id_list?: string[]
    second_direct_manager_id?: string
    cost_center_rate?: CostCenterRate[]
    custom_fields?: CustomField[]
    weekly_working_hours_v2?: number
    work_shift?: { enum_name: string }
    compensation_type?: { enum_name: string }
    service_company?: string
    employee_subtype_id?: string
    position_id?: string
    pathway_id?: string
    work_calendar_id?: string
  }
}

/** `data` of a successful {@link createJobData} response. */
export interface CreateJobDataOutput {
  job_data?: JobData
}

/**
 * `corehr.v1.job_data.create`: POST /open-apis/corehr/v1/job_datas (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_data&version=v1
 */
export const createJobData = /*#__PURE__*/ endpoint<CreateJobDataInput, CreateJobDataOutput>({
  id: 'corehr.v1.job_data.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/job_datas',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        job_level_id: optional(string()),
        job_grade_id: optional(string()),
        employee_type_id: string(),
        working_hours_type_id: optional(string()),
        work_location_id: optional(string()),
        department_id: optional(string()),
        job_id: optional(string()),
        probation_start_date: optional(string()),
        probation_end_date: optional(string()),
        primary_job_data: boolean(),
        employment_id: string(),
        effective_time: string(),
        expiration_time: optional(string()),
        job_family_id: optional(string()),
        assignment_start_reason: looseObject({ enum_name: string() }),
        probation_expected_end_date: optional(string()),
        weekly_working_hours: optional(number()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id_list: optional(array(string())),
        second_direct_manager_id: optional(string()),
        cost_center_rate: optional(array(CostCenterRateSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
        weekly_working_hours_v2: optional(number()),
        work_shift: optional(looseObject({ enum_name: string() })),
        compensation_type: optional(looseObject({ enum_name: string() })),
        service_company: optional(string()),
        employee_subtype_id: optional(string()),
        position_id: optional(string()),
        pathway_id: optional(string()),
        work_calendar_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteJobData}. */
export interface DeleteJobDataInput {
  path: { job_data_id: string }
}

/** `data` of a successful {@link deleteJobData} response. */
export type DeleteJobDataOutput = { [key: string]: unknown }

/**
 * `corehr.v1.job_data.delete`: DELETE /open-apis/corehr/v1/job_datas/:job_data_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=job_data&version=v1
 */
export const deleteJobData = /*#__PURE__*/ endpoint<DeleteJobDataInput, DeleteJobDataOutput>({
  id: 'corehr.v1.job_data.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/job_datas/:job_data_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_data_id: string() }) }),
})

/** Input of {@link getJobData}. */
export interface GetJobDataInput {
  path: { job_data_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link getJobData} response. */
export interface GetJobDataOutput {
  job_data?: GetJobData
}

/**
 * `corehr.v1.job_data.get`: GET /open-apis/corehr/v1/job_datas/:job_data_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=job_data&version=v1
 */
export const getJobData = /*#__PURE__*/ endpoint<GetJobDataInput, GetJobDataOutput>({
  id: 'corehr.v1.job_data.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_datas/:job_data_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_data_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
    }),
})

/** Input of {@link listJobData}. */
export interface ListJobDataInput {
  query: {
    page_token?: string
    page_size: string
    employment_id?: string
    job_data_id_list?: string[]
    department_id?: string
    job_id?: string
    get_all_version?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link listJobData} response. */
export interface ListJobDataOutput {
  items?: JobDataListItem[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.job_data.list`: GET /open-apis/corehr/v1/job_datas (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=job_data&version=v1
 */
export const listJobData = /*#__PURE__*/ endpoint<ListJobDataInput, ListJobDataOutput, true>({
  id: 'corehr.v1.job_data.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/job_datas',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        employment_id: optional(string()),
        job_data_id_list: optional(array(string())),
        department_id: optional(string()),
        job_id: optional(string()),
        get_all_version: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchJobData}. */
export interface PatchJobDataInput {
  path: { job_data_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
    strict_verify?: string
  }
  body?: {
    version_id?: string
    job_level_id?: string
    job_grade_id?: string
    employee_type_id?: string
    working_hours_type_id?: string
    work_location_id?: string
    department_id?: string
    job_id?: string
    probation_start_date?: string
    probation_end_date?: string
    primary_job_data?: boolean
    effective_time?: string
    expiration_time?: string
    job_family_id?: string
    assignment_start_reason?: { enum_name: string }
    probation_expected_end_date?: string
    weekly_working_hours?: number
    direct_manager_id?: string
    dotted_line_manager_id_list?: string[]
    second_direct_manager_id?: string
    cost_center_rate?: CostCenterRate[]
    custom_fields?: CustomField[]
    weekly_working_hours_v2?: number
    work_shift?: { enum_name: string }
    compensation_type?: { enum_name: string }
    service_company?: string
    employee_subtype_id?: string
    pathway_id?: string
    work_calendar_id?: string
    employment_id?: string
  }
}

/** `data` of a successful {@link patchJobData} response. */
export interface PatchJobDataOutput {
  job_data?: JobData
}

/**
 * `corehr.v1.job_data.patch`: PATCH /open-apis/corehr/v1/job_datas/:job_data_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=job_data&version=v1
 */
export const patchJobData = /*#__PURE__*/ endpoint<PatchJobDataInput, PatchJobDataOutput>({
  id: 'corehr.v1.job_data.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/job_datas/:job_data_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_data_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
        strict_verify: optional(string()),
      })),
      body: optional(looseObject({
        version_id: optional(string()),
        job_level_id: optional(string()),
        job_grade_id: optional(string()),
        employee_type_id: optional(string()),
        working_hours_type_id: optional(string()),
        work_location_id: optional(string()),
        department_id: optional(string()),
        job_id: optional(string()),
        probation_start_date: optional(string()),
        probation_end_date: optional(string()),
        primary_job_data: optional(boolean()),
        effective_time: optional(string()),
        expiration_time: optional(string()),
        job_family_id: optional(string()),
        assignment_start_reason: optional(looseObject({ enum_name: string() })),
        probation_expected_end_date: optional(string()),
        weekly_working_hours: optional(number()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id_list: optional(array(string())),
        second_direct_manager_id: optional(string()),
        cost_center_rate: optional(array(CostCenterRateSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
        weekly_working_hours_v2: optional(number()),
        work_shift: optional(looseObject({ enum_name: string() })),
        compensation_type: optional(looseObject({ enum_name: string() })),
        service_company: optional(string()),
        employee_subtype_id: optional(string()),
        pathway_id: optional(string()),
        work_calendar_id: optional(string()),
        employment_id: optional(string()),
      })),
    }),
})
