// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CustomizedDataSchema } from './models.ts'
import type { CreateJobRequirement, CustomizedData } from './types.ts'

/** Input of {@link createJobRequirement}. */
export interface CreateJobRequirementInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body: {
    short_code: string
    name: string
    display_progress: number
    head_count: number
    recruitment_type_id?: string
    employee_type_id?: string
    max_level_id?: string
    min_level_id?: string
    sequence_id?: string
    category?: number
    department_id?: string
    recruiter_id_list?: string[]
    jr_hiring_manager_id_list?: string[]
    direct_leader_id_list?: string[]
    start_time?: string
    deadline?: string
    priority?: number
    required_degree?: number
    max_salary?: string
    min_salary?: string
    address_id?: string
    description?: string
    customized_data_list?: CustomizedData[]
    process_type?: number
    job_type_id?: string
    job_id_list?: string[]
    employment_job_id?: string
    position_id?: string
    update_option?: { need_update_related_job?: boolean }
  }
}

/** `data` of a successful {@link createJobRequirement} response. */
export interface CreateJobRequirementOutput {
  job_requirement?: CreateJobRequirement
}

/**
 * `hire.v1.job_requirement.create`: POST /open-apis/hire/v1/job_requirements (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=job_requirement&version=v1
 */
export const createJobRequirement = /*#__PURE__*/ endpoint<CreateJobRequirementInput, CreateJobRequirementOutput>({
  id: 'hire.v1.job_requirement.create',
  method: 'POST',
  path: '/open-apis/hire/v1/job_requirements',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: looseObject({
        short_code: string(),
        name: string(),
        display_progress: number(),
        head_count: number(),
        recruitment_type_id: optional(string()),
        employee_type_id: optional(string()),
        max_level_id: optional(string()),
        min_level_id: optional(string()),
        sequence_id: optional(string()),
        category: optional(number()),
        department_id: optional(string()),
        recruiter_id_list: optional(array(string())),
        jr_hiring_manager_id_list: optional(array(string())),
        direct_leader_id_list: optional(array(string())),
        start_time: optional(string()),
        deadline: optional(string()),
        priority: optional(number()),
        required_degree: optional(number()),
        max_salary: optional(string()),
        min_salary: optional(string()),
        address_id: optional(string()),
        description: optional(string()),
        customized_data_list: optional(array(CustomizedDataSchema())),
        process_type: optional(number()),
        job_type_id: optional(string()),
        job_id_list: optional(array(string())),
        employment_job_id: optional(string()),
        position_id: optional(string()),
        update_option: optional(looseObject({ need_update_related_job: optional(boolean()) })),
      }),
    }),
})

/** Input of {@link deleteJobRequirement}. */
export interface DeleteJobRequirementInput {
  path: { job_requirement_id: string }
}

/** `data` of a successful {@link deleteJobRequirement} response. */
export type DeleteJobRequirementOutput = { [key: string]: unknown }

/**
 * `hire.v1.job_requirement.delete`: DELETE /open-apis/hire/v1/job_requirements/:job_requirement_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=job_requirement&version=v1
 */
export const deleteJobRequirement = /*#__PURE__*/ endpoint<DeleteJobRequirementInput, DeleteJobRequirementOutput>({
  id: 'hire.v1.job_requirement.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/job_requirements/:job_requirement_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_requirement_id: string() }) }),
})

/** Input of {@link listJobRequirement}. */
export interface ListJobRequirementInput {
  query?: {
    page_token?: string
    page_size?: number
    job_id?: string
    create_time_begin?: string
    create_time_end?: string
    update_time_begin?: string
    update_time_end?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link listJobRequirement} response. */
export interface ListJobRequirementOutput {
  has_more?: boolean
  page_token?: string
  items?: CreateJobRequirement[]
}

/**
 * `hire.v1.job_requirement.list`: GET /open-apis/hire/v1/job_requirements (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job_requirement&version=v1
 */
export const listJobRequirement = /*#__PURE__*/ endpoint<ListJobRequirementInput, ListJobRequirementOutput, true>({
  id: 'hire.v1.job_requirement.list',
  method: 'GET',
  path: '/open-apis/hire/v1/job_requirements',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        job_id: optional(string()),
        create_time_begin: optional(string()),
        create_time_end: optional(string()),
        update_time_begin: optional(string()),
        update_time_end: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link listJobRequirementById}. */
export interface ListJobRequirementByIdInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body?: { id_list?: string[]; short_code_list?: string[] }
}

/** `data` of a successful {@link listJobRequirementById} response. */
export interface ListJobRequirementByIdOutput {
  items?: CreateJobRequirement[]
}

/**
 * `hire.v1.job_requirement.list_by_id`: POST /open-apis/hire/v1/job_requirements/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_by_id&project=hire&resource=job_requirement&version=v1
 */
export const listJobRequirementById = /*#__PURE__*/ endpoint<ListJobRequirementByIdInput, ListJobRequirementByIdOutput>({
  id: 'hire.v1.job_requirement.list_by_id',
  method: 'POST',
  path: '/open-apis/hire/v1/job_requirements/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: optional(looseObject({ id_list: optional(array(string())), short_code_list: optional(array(string())) })),
    }),
})

/** Input of {@link updateJobRequirement}. */
export interface UpdateJobRequirementInput {
  path: { job_requirement_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body: {
    name: string
    display_progress: number
    head_count: number
    recruitment_type_id?: string
    employee_type_id?: string
    max_level_id?: string
    min_level_id?: string
    sequence_id?: string
    category?: number
    department_id?: string
    recruiter_id_list?: string[]
    jr_hiring_manager_id_list?: string[]
    direct_leader_id_list?: string[]
    start_time?: string
    deadline?: string
    priority?: number
    required_degree?: number
    max_salary?: string
    min_salary?: string
    address_id?: string
    description?: string
    customized_data_list?: CustomizedData[]
    process_type?: number
    job_type_id?: string
    job_id_list?: string[]
    employment_job_id?: string
    position_id?: string
    update_option?: { need_update_related_job?: boolean }
  }
}

/** `data` of a successful {@link updateJobRequirement} response. */
export type UpdateJobRequirementOutput = { [key: string]: unknown }

/**
 * `hire.v1.job_requirement.update`: PUT /open-apis/hire/v1/job_requirements/:job_requirement_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=job_requirement&version=v1
 */
export const updateJobRequirement = /*#__PURE__*/ endpoint<UpdateJobRequirementInput, UpdateJobRequirementOutput>({
  id: 'hire.v1.job_requirement.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/job_requirements/:job_requirement_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_requirement_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: looseObject({
        name: string(),
        display_progress: number(),
        head_count: number(),
        recruitment_type_id: optional(string()),
        employee_type_id: optional(string()),
        max_level_id: optional(string()),
        min_level_id: optional(string()),
        sequence_id: optional(string()),
        category: optional(number()),
        department_id: optional(string()),
        recruiter_id_list: optional(array(string())),
        jr_hiring_manager_id_list: optional(array(string())),
        direct_leader_id_list: optional(array(string())),
        start_time: optional(string()),
        deadline: optional(string()),
        priority: optional(number()),
        required_degree: optional(number()),
        max_salary: optional(string()),
        min_salary: optional(string()),
        address_id: optional(string()),
        description: optional(string()),
        customized_data_list: optional(array(CustomizedDataSchema())),
        process_type: optional(number()),
        job_type_id: optional(string()),
        job_id_list: optional(array(string())),
        employment_job_id: optional(string()),
        position_id: optional(string()),
        update_option: optional(looseObject({ need_update_related_job: optional(boolean()) })),
      }),
    }),
})
