// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { EmployeesJobDataBatchGetItem, EmployeesJobDataQueryItem } from './types.ts'

/** Input of {@link batchGetEmployeesJobData}. */
export interface BatchGetEmployeesJobDataInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    employment_ids: string[]
    get_all_version?: boolean
    effective_date_start?: string
    effective_date_end?: string
    data_date?: string
    primary_job_data?: boolean
    assignment_start_reasons?: string[]
  }
}

/** `data` of a successful {@link batchGetEmployeesJobData} response. */
export interface BatchGetEmployeesJobDataOutput {
  items?: EmployeesJobDataBatchGetItem[]
}

/**
 * `corehr.v2.employees.job_data.batch_get`: POST /open-apis/corehr/v2/employees/job_datas/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=employees.job_data&version=v2
 */
export const batchGetEmployeesJobData = /*#__PURE__*/ endpoint<BatchGetEmployeesJobDataInput, BatchGetEmployeesJobDataOutput>({
  id: 'corehr.v2.employees.job_data.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/job_datas/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        employment_ids: array(string()),
        get_all_version: optional(boolean()),
        effective_date_start: optional(string()),
        effective_date_end: optional(string()),
        data_date: optional(string()),
        primary_job_data: optional(boolean()),
        assignment_start_reasons: optional(array(string())),
      }),
    }),
})

/** Input of {@link queryEmployeesJobData}. */
export interface QueryEmployeesJobDataInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    get_all_version?: boolean
    data_date?: string
    effective_date_start?: string
    effective_date_end?: string
    department_id?: string
    employment_ids?: string[]
    primary_job_data?: boolean
    assignment_start_reasons?: string[]
  }
}

/** `data` of a successful {@link queryEmployeesJobData} response. */
export interface QueryEmployeesJobDataOutput {
  items?: EmployeesJobDataQueryItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.employees.job_data.query`: POST /open-apis/corehr/v2/employees/job_datas/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=employees.job_data&version=v2
 */
export const queryEmployeesJobData = /*#__PURE__*/ endpoint<QueryEmployeesJobDataInput, QueryEmployeesJobDataOutput, true>({
  id: 'corehr.v2.employees.job_data.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/job_datas/query',
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
        get_all_version: optional(boolean()),
        data_date: optional(string()),
        effective_date_start: optional(string()),
        effective_date_end: optional(string()),
        department_id: optional(string()),
        employment_ids: optional(array(string())),
        primary_job_data: optional(boolean()),
        assignment_start_reasons: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})
