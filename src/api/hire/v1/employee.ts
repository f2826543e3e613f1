// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Employee } from './types.ts'

/** Input of {@link getEmployee}. */
export interface GetEmployeeInput {
  path: { employee_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_admin_department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link getEmployee} response. */
export interface GetEmployeeOutput {
  employee?: Employee
}

/**
 * `hire.v1.employee.get`: GET /open-apis/hire/v1/employees/:employee_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=employee&version=v1
 */
export const getEmployee = /*#__PURE__*/ endpoint<GetEmployeeInput, GetEmployeeOutput>({
  id: 'hire.v1.employee.get',
  method: 'GET',
  path: '/open-apis/hire/v1/employees/:employee_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_admin_department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
    }),
})

/** Input of {@link getEmployeeByApplication}. */
export interface GetEmployeeByApplicationInput {
  query: {
    application_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_admin_department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
}

/** `data` of a successful {@link getEmployeeByApplication} response. */
export interface GetEmployeeByApplicationOutput {
  employee?: Employee
}

/**
 * `hire.v1.employee.get_by_application`: GET /open-apis/hire/v1/employees/get_by_application (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_application&project=hire&resource=employee&version=v1
 */
export const getEmployeeByApplication = /*#__PURE__*/ endpoint<GetEmployeeByApplicationInput, GetEmployeeByApplicationOutput>({
  id: 'hire.v1.employee.get_by_application',
  method: 'GET',
  path: '/open-apis/hire/v1/employees/get_by_application',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        application_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_admin_department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      }),
    }),
})

/** Input of {@link patchEmployee}. */
export interface PatchEmployeeInput {
  path: { employee_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_admin_department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
    employee_type_id_type?: 'people_admin_employee_type_id' | 'employee_type_enum_id'
  }
  body: {
    operation: number
    conversion_info?: { actual_conversion_time?: number }
    overboard_info?: { actual_overboard_time?: number; overboard_note?: string }
  }
}

/** `data` of a successful {@link patchEmployee} response. */
export interface PatchEmployeeOutput {
  employee?: Employee
}

/**
 * `hire.v1.employee.patch`: PATCH /open-apis/hire/v1/employees/:employee_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=hire&resource=employee&version=v1
 */
export const patchEmployee = /*#__PURE__*/ endpoint<PatchEmployeeInput, PatchEmployeeOutput>({
  id: 'hire.v1.employee.patch',
  method: 'PATCH',
  path: '/open-apis/hire/v1/employees/:employee_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_admin_department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
        employee_type_id_type: optional(picklist(['people_admin_employee_type_id', 'employee_type_enum_id'])),
      })),
      body: looseObject({
        operation: number(),
        conversion_info: optional(looseObject({ actual_conversion_time: optional(number()) })),
        overboard_info: optional(looseObject({
          actual_overboard_time: optional(number()),
          overboard_note: optional(string()),
        })),
      }),
    }),
})
