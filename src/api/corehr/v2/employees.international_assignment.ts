// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ItemCustomFieldSchema } from './models.ts'
import type { CompensationType, InternationalAssignment, ItemCustomField } from './types.ts'

/** Input of {@link createEmployeesInternationalAssignment}. */
export interface CreateEmployeesInternationalAssignmentInput {
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    work_location_id: string
    service_company?: string
    work_shift?: string
    weekly_working_hours_v2?: number
    working_hours_type_id?: string
    employee_type_id?: string
    department_id?: string
    job_id?: string
    job_family_id?: string
    job_level_id?: string
    job_grade_id?: string
    compensation_type?: string
    direct_manager_id?: string
    dotted_line_manager_id?: string
    work_calendar_id?: string
    position_id?: string
    employment_id: string
    custom_fields?: ItemCustomField[]
    international_assignment_reason?: string
    description?: string
    international_assignment_expected_end_date?: string
    international_assignment_type: string
    effective_time: string
    expiration_time?: string
    international_assignment_allowance?: boolean
    accommodation?: boolean
  }
}

/** `data` of a successful {@link createEmployeesInternationalAssignment} response. */
export interface CreateEmployeesInternationalAssignmentOutput {
  international_assignment?: InternationalAssignment
}

/**
 * `corehr.v2.employees.international_assignment.create`: POST /open-apis/corehr/v2/employees/international_assignments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=employees.international_assignment&version=v2
 */
export const createEmployeesInternationalAssignment = /*#__PURE__*/ endpoint<CreateEmployeesInternationalAssignmentInput, CreateEmployeesInternationalAssignmentOutput>({
  id: 'corehr.v2.employees.international_assignment.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/international_assignments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        work_location_id: string(),
        service_company: optional(string()),
        work_shift: optional(string()),
        weekly_working_hours_v2: optional(number()),
        working_hours_type_id: optional(string()),
        employee_type_id: optional(string()),
        department_id: optional(string()),
        job_id: optional(string()),
        job_family_id: optional(string()),
        job_level_id: optional(string()),
        job_grade_id: optional(string()),
        compensation_type: optional(string()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id: optional(string()),
        work_calendar_id: optional(string()),
        position_id: optional(string()),
        employment_id: string(),
        custom_fields: optional(array(ItemCustomFieldSchema())),
        international_assignment_reason: optional(string()),
        description: optional(string()),
        international_assignment_expected_end_date: optional(string()),
        international_assignment_type: string(),
        effective_time: string(),
        expiration_time: optional(string()),
        international_assignment_allowance: optional(boolean()),
        accommodation: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteEmployeesInternationalAssignment}. */
export interface DeleteEmployeesInternationalAssignmentInput {
  path: { international_assignment_id: string }
}

/** `data` of a successful {@link deleteEmployeesInternationalAssignment} response. */
export type DeleteEmployeesInternationalAssignmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.employees.international_assignment.delete`: DELETE /open-apis/corehr/v2/employees/international_assignments/:international_assignment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=employees.international_assignment&version=v2
 */
export const deleteEmployeesInternationalAssignment = /*#__PURE__*/ endpoint<DeleteEmployeesInternationalAssignmentInput, DeleteEmployeesInternationalAssignmentOutput>({
  id: 'corehr.v2.employees.international_assignment.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/employees/international_assignments/:international_assignment_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ international_assignment_id: string() }) }),
})

/** Input of {@link listEmployeesInternationalAssignment}. */
export interface ListEmployeesInternationalAssignmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
    page_size?: number
    page_token?: string
    employment_ids?: string[]
    international_assignment_ids?: string[]
    effective_time?: string
    expiration_time?: string
    employment_status_list?: string[]
    work_location_id_list?: string[]
    department_id_list?: string[]
    direct_manager_id_list?: string[]
    dotted_line_manager_id_list?: string[]
    position_id_list?: string[]
    job_id_list?: string[]
    job_family_id_list?: string[]
    job_level_id_list?: string[]
    job_grade_id_list?: string[]
    working_hours_type_id_list?: string[]
    service_company_list?: string[]
    weekly_working_hours_v2?: number
    work_shift_list?: string[]
    compensation_type_list?: string[]
    international_assignment_expected_end_date?: string
    international_assignment_status_list?: string[]
    international_assignment_type_list?: string[]
    work_calendar_id_list?: string[]
  }
}

/** `data` of a successful {@link listEmployeesInternationalAssignment} response. */
export interface ListEmployeesInternationalAssignmentOutput {
  items?: {
    work_location_id?: string
    service_company?: string
    work_shift?: CompensationType
    working_hours_type_id?: string
    employee_type_id?: string
    weekly_working_hours_v2?: number
    department_id?: string
    job_id?: string
    job_family_id?: string
    job_level_id?: string
    job_grade_id?: string
    compensation_type?: CompensationType
    direct_manager_id?: string
    dotted_line_manager_id?: string
    work_calendar_id?: string
    position_id?: string
    employment_id?: string
    custom_fields?: ItemCustomField[]
    international_assignment_reason?: string
    description?: string
    international_assignment_expected_end_date?: string
    international_assignment_status?: CompensationType
    international_assignment_type?: CompensationType
    effective_time?: string
    expiration_time?: string
    id?: string
  }[]
  no_authority_ids?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.employees.international_assignment.list`: GET /open-apis/corehr/v2/employees/international_assignments (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=employees.international_assignment&version=v2
 */
export const listEmployeesInternationalAssignment = /*#__PURE__*/ endpoint<ListEmployeesInternationalAssignmentInput, ListEmployeesInternationalAssignmentOutput, true>({
  id: 'corehr.v2.employees.international_assignment.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/employees/international_assignments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
        employment_ids: optional(array(string())),
        international_assignment_ids: optional(array(string())),
        effective_time: optional(string()),
        expiration_time: optional(string()),
        employment_status_list: optional(array(string())),
        work_location_id_list: optional(array(string())),
        department_id_list: optional(array(string())),
        direct_manager_id_list: optional(array(string())),
        dotted_line_manager_id_list: optional(array(string())),
        position_id_list: optional(array(string())),
        job_id_list: optional(array(string())),
        job_family_id_list: optional(array(string())),
        job_level_id_list: optional(array(string())),
        job_grade_id_list: optional(array(string())),
        working_hours_type_id_list: optional(array(string())),
        service_company_list: optional(array(string())),
        weekly_working_hours_v2: optional(number()),
        work_shift_list: optional(array(string())),
        compensation_type_list: optional(array(string())),
        international_assignment_expected_end_date: optional(string()),
        international_assignment_status_list: optional(array(string())),
        international_assignment_type_list: optional(array(string())),
        work_calendar_id_list: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchEmployeesInternationalAssignment}. */
export interface PatchEmployeesInternationalAssignmentInput {
  path: { international_assignment_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    work_location_id?: string
    service_company?: string
    work_shift?: string
    weekly_working_hours_v2?: number
    working_hours_type_id?: string
    employee_type_id?: string
    department_id?: string
    job_id?: string
    job_family_id?: string
    job_level_id?: string
    job_grade_id?: string
    compensation_type?: string
    direct_manager_id?: string
    dotted_line_manager_id?: string
    work_calendar_id?: string
    position_id?: string
    custom_fields?: ItemCustomField[]
    international_assignment_reason?: string
    description?: string
    international_assignment_expected_end_date?: string
    international_assignment_type?: string
    effective_time?: string
    expiration_time?: string
    international_assignment_allowance?: boolean
    accommodation?: boolean
  }
}

/** `data` of a successful {@link patchEmployeesInternationalAssignment} response. */
export interface PatchEmployeesInternationalAssignmentOutput {
  international_assignment?: InternationalAssignment
}

/**
 * `corehr.v2.employees.international_assignment.patch`: PATCH /open-apis/corehr/v2/employees/international_assignments/:international_assignment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=employees.international_assignment&version=v2
 */
export const patchEmployeesInternationalAssignment = /*#__PURE__*/ endpoint<PatchEmployeesInternationalAssignmentInput, PatchEmployeesInternationalAssignmentOutput>({
  id: 'corehr.v2.employees.international_assignment.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/employees/international_assignments/:international_assignment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ international_assignment_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: optional(looseObject({
        work_location_id: optional(string()),
        service_company: optional(string()),
        work_shift: optional(string()),
        weekly_working_hours_v2: optional(number()),
        working_hours_type_id: optional(string()),
        employee_type_id: optional(string()),
        department_id: optional(string()),
        job_id: optional(string()),
        job_family_id: optional(string()),
        job_level_id: optional(string()),
        job_grade_id: optional(string()),
        compensation_type: optional(string()),
        direct_manager_id: optional(string()),
        dotted_line_manager_id: optional(string()),
        work_calendar_id: optional(string()),
        position_id: optional(string()),
        custom_fields: optional(array(ItemCustomFieldSchema())),
        international_assignment_reason: optional(string()),
        description: optional(string()),
        international_assignment_expected_end_date: optional(string()),
        international_assignment_type: optional(string()),
        effective_time: optional(string()),
        expiration_time: optional(string()),
        international_assignment_allowance: optional(boolean()),
        accommodation: optional(boolean()),
      })),
    }),
})
