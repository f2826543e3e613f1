// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { EndDateSchema } from './models.ts'
import type { AdditionalJob, EndDate } from './types.ts'

/** Input of {@link batchEmployeesAdditionalJob}. */
export interface BatchEmployeesAdditionalJobInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    employment_ids?: string[]
    additional_job_ids?: string[]
    start_date?: EndDate
    end_date?: EndDate
    data_date?: string
    is_effective?: boolean
  }
}

/** `data` of a successful {@link batchEmployeesAdditionalJob} response. */
export interface BatchEmployeesAdditionalJobOutput {
  items?: AdditionalJob[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.employees.additional_job.batch`: POST /open-apis/corehr/v2/employees/additional_jobs/batch (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch&project=corehr&resource=employees.additional_job&version=v2
 */
export const batchEmployeesAdditionalJob = /*#__PURE__*/ endpoint<BatchEmployeesAdditionalJobInput, BatchEmployeesAdditionalJobOutput, true>({
  id: 'corehr.v2.employees.additional_job.batch',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/additional_jobs/batch',
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
        additional_job_ids: optional(array(string())),
        start_date: optional(EndDateSchema()),
        end_date: optional(EndDateSchema()),
        data_date: optional(string()),
        is_effective: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createEmployeesAdditionalJob}. */
export interface CreateEmployeesAdditionalJobInput {
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    employee_type_id: string
    working_hours_type_id?: string
    work_location_id?: string
    department_id: string
    job_id?: string
    job_level_id?: string
    job_family_id?: string
    employment_id: string
    start_date: string
    end_date?: string
    direct_manager_id?: string
    dotted_line_manager_id?: string
    work_shift?: { enum_name: string }
    compensation_type?: { enum_name: string }
    service_company?: string
    weekly_working_hours?: string
    work_calendar_id?: string
    position_id?: string
    employee_subtype_id?: string
  }
}

/** `data` of a successful {@link createEmployeesAdditionalJob} response. */
export interface CreateEmployeesAdditionalJobOutput {
  additional_job?: AdditionalJob
}

/**
 * `corehr.v2.employees.additional_job.create`: POST /open-apis/corehr/v2/employees/additional_jobs (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=employees.additional_job&version=v2
 */
export const createEmployeesAdditionalJob = /*#__PURE__*/ endpoint<CreateEmployeesAdditionalJobInput, CreateEmployeesAdditionalJobOutput>({
  id: 'corehr.v2.employees.additional_job.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/additional_jobs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        employee_type_id: string(),
        working_hours_type_id: optional(string()),
        work_location_id: optional(string()),
        department_id: string(),
        job_id: optional(string()),
        job_level_id: optional(string()),
        job_family_id: optional(string()),
        employment_id: string(),
        start_date: string(),
        end_date: optional(string()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id: optional(string()),
        work_shift: optional(looseObject({ enum_name: string() })),
        compensation_type: optional(looseObject({ enum_name: string() })),
        service_company: optional(string()),
        weekly_working_hours: optional(string()),
        work_calendar_id: optional(string()),
        position_id: optional(string()),
        employee_subtype_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteEmployeesAdditionalJob}. */
export interface DeleteEmployeesAdditionalJobInput {
  path: { additional_job_id: string }
}

/** `data` of a successful {@link deleteEmployeesAdditionalJob} response. */
export type DeleteEmployeesAdditionalJobOutput = { [key: string]: unknown }

/**
 * `corehr.v2.employees.additional_job.delete`: DELETE /open-apis/corehr/v2/employees/additional_jobs/:additional_job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=employees.additional_job&version=v2
 */
export const deleteEmployeesAdditionalJob = /*#__PURE__*/ endpoint<DeleteEmployeesAdditionalJobInput, DeleteEmployeesAdditionalJobOutput>({
  id: 'corehr.v2.employees.additional_job.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/employees/additional_jobs/:additional_job_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ additional_job_id: string() }) }),
})

/** Input of {@link patchEmployeesAdditionalJob}. */
export interface PatchEmployeesAdditionalJobInput {
  path: { additional_job_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    employee_type_id?: string
    working_hours_type_id?: string
    work_location_id?: string
    department_id?: string
    job_id?: string
    job_level_id?: string
    job_family_id?: string
    start_date?: string
    end_date?: string
    direct_manager_id?: string
    dotted_line_manager_id?: string
    work_shift?: { enum_name: string }
    compensation_type?: { enum_name: string }
    service_company?: string
    weekly_working_hours?: string
    work_calendar_id?: string
    position_id?: string
    employee_subtype_id?: string
  }
}

/** `data` of a successful {@link patchEmployeesAdditionalJob} response. */
export interface PatchEmployeesAdditionalJobOutput {
  additional_job?: AdditionalJob
}

/**
 * `corehr.v2.employees.additional_job.patch`: PATCH /open-apis/corehr/v2/employees/additional_jobs/:additional_job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=employees.additional_job&version=v2
 */
export const patchEmployeesAdditionalJob = /*#__PURE__*/ endpoint<PatchEmployeesAdditionalJobInput, PatchEmployeesAdditionalJobOutput>({
  id: 'corehr.v2.employees.additional_job.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/employees/additional_jobs/:additional_job_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ additional_job_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: optional(looseObject({
        employee_type_id: optional(string()),
        working_hours_type_id: optional(string()),
        work_location_id: optional(string()),
        department_id: optional(string()),
        job_id: optional(string()),
        job_level_id: optional(string()),
        job_family_id: optional(string()),
        start_date: optional(string()),
        end_date: optional(string()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id: optional(string()),
        work_shift: optional(looseObject({ enum_name: string() })),
        compensation_type: optional(looseObject({ enum_name: string() })),
        service_company: optional(string()),
        weekly_working_hours: optional(string()),
        work_calendar_id: optional(string()),
        position_id: optional(string()),
        employee_subtype_id: optional(string()),
      })),
    }),
})
