// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  ConditionSchema,
  EmployeeOrderInDepartmentSchema,
  EnumValueSchema,
  LinkTextSchema,
  PageRequestSchema,
  PatchEmployeeSchema,
  PhoneValueSchema,
} from './models.ts'
import type {
  Abnormal,
  Condition,
  Employee,
  EmployeeOrderInDepartment,
  EnumValue,
  LinkText,
  PageRequest,
  PageResponse,
  PatchEmployee,
  PhoneValue,
} from './types.ts'

/** Input of {@link createEmployee}. */
export interface CreateEmployeeInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    employee: {
      name?: { name: LinkText; another_name?: string }
      mobile?: string
      custom_employee_id?: string
      avatar_key?: string
      email?: string
      enterprise_email?: string
      gender?: number
      employee_order_in_departments?: EmployeeOrderInDepartment[]
      leader_id?: string
      dotted_line_leader_ids?: string[]
      work_country_or_region?: string
      work_place_id?: string
      work_station?: LinkText
      job_number?: string
      extension_number?: string
      join_date?: string
      employment_type?: number
      job_title_id?: string
      custom_field_values?: {
        field_type?: '1' | '2' | '3' | '4' | '9' | '10' | '11'
        text_value?: LinkText
        url_value?: { link_text: LinkText; url: string; pcurl: string }
        enum_value?: EnumValue
        user_values?: { ids: string[] }[]
        phone_value?: PhoneValue
        field_key?: string
      }[]
    }
    options?: { geo_name?: string; subscription_ids?: string[] }
  }
}

/** `data` of a successful {@link createEmployee} response. */
export interface CreateEmployeeOutput {
  employee_id?: string
}

/**
 * `directory.v1.employee.create`: POST /open-apis/directory/v1/employees (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=directory&resource=employee&version=v1
 */
export const createEmployee = /*#__PURE__*/ endpoint<CreateEmployeeInput, CreateEmployeeOutput>({
  id: 'directory.v1.employee.create',
  method: 'POST',
  path: '/open-apis/directory/v1/employees',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        employee: looseObject({
          name: optional(looseObject({ name: LinkTextSchema(), another_name: optional(string()) })),
          mobile: optional(string()),
          custom_employee_id: optional(string()),
          avatar_key: optional(string()),
          email: optional(string()),
          enterprise_email: optional(string()),
          gender: optional(number()),
          employee_order_in_departments: optional(array(EmployeeOrderInDepartmentSchema())),
          leader_id: optional(string()),
          dotted_line_leader_ids: optional(array(string())),
          work_country_or_region: optional(string()),
          work_place_id: optional(string()),
          work_station: optional(LinkTextSchema()),
          job_number: optional(string()),
          extension_number: optional(string()),
          join_date: optional(string()),
          employment_type: optional(number()),
          job_title_id: optional(string()),
          custom_field_values: optional(array(looseObject({
            field_type: optional(picklist(['1', '2', '3', '4', '9', '10', '11'])),
            text_value: optional(LinkTextSchema()),
            url_value: optional(looseObject({ link_text: LinkTextSchema(), url: string(), pcurl: string() })),
            enum_value: optional(EnumValueSchema()),
            user_values: optional(array(looseObject({ ids: array(string()) }))),
            phone_value: optional(PhoneValueSchema()),
            field_key: optional(string()),
          }))),
        }),
        options: optional(looseObject({ geo_name: optional(string()), subscription_ids: optional(array(string())) })),
      }),
    }),
})

/** Input of {@link deleteEmployee}. */
export interface DeleteEmployeeInput {
  path: { employee_id: string }
  query?: { employee_id_type?: 'open_id' | 'union_id' | 'employee_id' }
  body?: {
    options?: {
      resigned_employee_resource_receiver?: {
        department_chat_acceptor_employee_id?: string
        external_chat_acceptor_employee_id?: string
        docs_acceptor_employee_id?: string
        calendar_acceptor_employee_id?: string
        application_acceptor_employee_id?: string
        helpdesk_acceptor_employee_id?: string
        approval_acceptor_employee_id?: string
        email_acceptor_employee_id?: string
        minutes_acceptor_employee_id?: string
        survey_acceptor_employee_id?: string
        anycross_acceptor_employee_id?: string
      }
    }
  }
}

/** `data` of a successful {@link deleteEmployee} response. */
export type DeleteEmployeeOutput = { [key: string]: unknown }

/**
 * `directory.v1.employee.delete`: DELETE /open-apis/directory/v1/employees/:employee_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=directory&resource=employee&version=v1
 */
export const deleteEmployee = /*#__PURE__*/ endpoint<DeleteEmployeeInput, DeleteEmployeeOutput>({
  id: 'directory.v1.employee.delete',
  method: 'DELETE',
  path: '/open-apis/directory/v1/employees/:employee_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({ employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])) })),
      body: optional(looseObject({
        options: optional(looseObject({
          resigned_employee_resource_receiver: optional(looseObject({
            department_chat_acceptor_employee_id: optional(string()),
            external_chat_acceptor_employee_id: optional(string()),
            docs_acceptor_employee_id: optional(string()),
            calendar_acceptor_employee_id: optional(string()),
            application_acceptor_employee_id: optional(string()),
            helpdesk_acceptor_employee_id: optional(string()),
            approval_acceptor_employee_id: optional(string()),
            email_acceptor_employee_id: optional(string()),
            minutes_acceptor_employee_id: optional(string()),
            survey_acceptor_employee_id: optional(string()),
            anycross_acceptor_employee_id: optional(string()),
          })),
        })),
      })),
    }),
})

/** Input of {@link filterEmployee}. */
export interface FilterEmployeeInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
    is_admin_role?: boolean
    tenant_id?: string
  }
  body: { filter: { conditions: Condition[] }; required_fields: string[]; page_request: PageRequest }
}

/** `data` of a successful {@link filterEmployee} response. */
export interface FilterEmployeeOutput {
  employees?: Employee[]
  page_response?: PageResponse
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.employee.filter`: POST /open-apis/directory/v1/employees/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=filter&project=directory&resource=employee&version=v1
 */
export const filterEmployee = /*#__PURE__*/ endpoint<FilterEmployeeInput, FilterEmployeeOutput>({
  id: 'directory.v1.employee.filter',
  method: 'POST',
  path: '/open-apis/directory/v1/employees/filter',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        is_admin_role: optional(boolean()),
        tenant_id: optional(string()),
      })),
      body: looseObject({
        filter: looseObject({ conditions: array(ConditionSchema()) }),
        required_fields: array(string()),
        page_request: PageRequestSchema(),
      }),
    }),
})

/** Input of {@link mgetEmployee}. */
export interface MgetEmployeeInput {
  query: {
    is_admin_role: boolean
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { employee_ids: string[]; required_fields: string[] }
}

/** `data` of a successful {@link mgetEmployee} response. */
export interface MgetEmployeeOutput {
  employees?: Employee[]
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.employee.mget`: POST /open-apis/directory/v1/employees/mget (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mget&project=directory&resource=employee&version=v1
 */
export const mgetEmployee = /*#__PURE__*/ endpoint<MgetEmployeeInput, MgetEmployeeOutput>({
  id: 'directory.v1.employee.mget',
  method: 'POST',
  path: '/open-apis/directory/v1/employees/mget',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        is_admin_role: boolean(),
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      }),
      body: looseObject({ employee_ids: array(string()), required_fields: array(string()) }),
    }),
})

/** Input of {@link patchEmployee}. */
export interface PatchEmployeeInput {
  path: { employee_id: string }
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    is_admin_role?: boolean
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { employee: PatchEmployee }
}

/** `data` of a successful {@link patchEmployee} response. */
export type PatchEmployeeOutput = { [key: string]: unknown }

/**
 * `directory.v1.employee.patch`: PATCH /open-apis/directory/v1/employees/:employee_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=directory&resource=employee&version=v1
 */
export const patchEmployee = /*#__PURE__*/ endpoint<PatchEmployeeInput, PatchEmployeeOutput>({
  id: 'directory.v1.employee.patch',
  method: 'PATCH',
  path: '/open-apis/directory/v1/employees/:employee_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        is_admin_role: optional(boolean()),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ employee: PatchEmployeeSchema() }),
    }),
})

/** Input of {@link regularEmployee}. */
export interface RegularEmployeeInput {
  path: { employee_id: string }
  query?: {
    is_admin_role?: boolean
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    openapi_options?: {
      employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
      department_id_type?: 'department_id' | 'open_department_id'
      job_title_id_type?: string
      work_place_id_type?: string
      org_dimension_id_type?: string
      group_id_type?: string
      group_set_id_type?: string
    }
  }
}

/** `data` of a successful {@link regularEmployee} response. */
export type RegularEmployeeOutput = { [key: string]: unknown }

/**
 * `directory.v1.employee.regular`: PATCH /open-apis/directory/v1/employees/:employee_id/regular (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=regular&project=directory&resource=employee&version=v1
 */
export const regularEmployee = /*#__PURE__*/ endpoint<RegularEmployeeInput, RegularEmployeeOutput>({
  id: 'directory.v1.employee.regular',
  method: 'PATCH',
  path: '/open-apis/directory/v1/employees/:employee_id/regular',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        is_admin_role: optional(boolean()),
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        openapi_options: optional(looseObject({
          employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
          department_id_type: optional(picklist(['department_id', 'open_department_id'])),
          job_title_id_type: optional(string()),
          work_place_id_type: optional(string()),
          org_dimension_id_type: optional(string()),
          group_id_type: optional(string()),
          group_set_id_type: optional(string()),
        })),
      })),
    }),
})

/** Input of {@link resurrectEmployee}. */
export interface ResurrectEmployeeInput {
  path: { employee_id: string }
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { employee_order_in_departments?: EmployeeOrderInDepartment[]; options?: { subscription_ids?: string[] } }
}

/** `data` of a successful {@link resurrectEmployee} response. */
export type ResurrectEmployeeOutput = { [key: string]: unknown }

/**
 * `directory.v1.employee.resurrect`: POST /open-apis/directory/v1/employees/:employee_id/resurrect (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=resurrect&project=directory&resource=employee&version=v1
 */
export const resurrectEmployee = /*#__PURE__*/ endpoint<ResurrectEmployeeInput, ResurrectEmployeeOutput>({
  id: 'directory.v1.employee.resurrect',
  method: 'POST',
  path: '/open-apis/directory/v1/employees/:employee_id/resurrect',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        employee_order_in_departments: optional(array(EmployeeOrderInDepartmentSchema())),
        options: optional(looseObject({ subscription_ids: optional(array(string())) })),
      })),
    }),
})

/** Input of {@link searchEmployee}. */
export interface SearchEmployeeInput {
  query?: {
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
  body: { query: string; page_request: PageRequest; required_fields: string[] }
}

/** `data` of a successful {@link searchEmployee} response. */
export interface SearchEmployeeOutput {
  employees?: Employee[]
  page_response?: PageResponse
  abnormals?: Abnormal[]
}

/**
 * `directory.v1.employee.search`: POST /open-apis/directory/v1/employees/search (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=directory&resource=employee&version=v1
 */
export const searchEmployee = /*#__PURE__*/ endpoint<SearchEmployeeInput, SearchEmployeeOutput>({
  id: 'directory.v1.employee.search',
  method: 'POST',
  path: '/open-apis/directory/v1/employees/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      })),
      body: looseObject({ query: string(), page_request: PageRequestSchema(), required_fields: array(string()) }),
    }),
})

/** Input of {@link toEmployeeBeResigned}. */
export interface ToEmployeeBeResignedInput {
  path: { employee_id: string }
  query?: {
    is_admin_role?: boolean
    employee_id_type?: 'open_id' | 'union_id' | 'employee_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    employee: {
      resign_date: string
      resign_reason:
        | '1'
        | '2'
        | '3'
        | '4'
        | '5'
        | '6'
        | '7'
        | '8'
        | '9'
        | '10'
        | '11'
        | '12'
        | '13'
        | '14'
        | '15'
        | '16'
        | '17'
        | '18'
        | '19'
        | '20'
        | '21'
        | '22'
        | '23'
        | '24'
        | '25'
      resign_type: '1' | '2' | '3'
      resign_remark?: string
    }
  }
}

/** `data` of a successful {@link toEmployeeBeResigned} response. */
export type ToEmployeeBeResignedOutput = { [key: string]: unknown }

/**
 * `directory.v1.employee.to_be_resigned`: PATCH /open-apis/directory/v1/employees/:employee_id/to_be_resigned (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=to_be_resigned&project=directory&resource=employee&version=v1
 */
export const toEmployeeBeResigned = /*#__PURE__*/ endpoint<ToEmployeeBeResignedInput, ToEmployeeBeResignedOutput>({
  id: 'directory.v1.employee.to_be_resigned',
  method: 'PATCH',
  path: '/open-apis/directory/v1/employees/:employee_id/to_be_resigned',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ employee_id: string() }),
      query: optional(looseObject({
        is_admin_role: optional(boolean()),
        employee_id_type: optional(picklist(['open_id', 'union_id', 'employee_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        employee: looseObject({
          resign_date: string(),
          resign_reason: picklist([
            '1',
            '2',
            '3',
            '4',
            '5',
            '6',
            '7',
            '8',
            '9',
            '10',
            '11',
            '12',
            '13',
            '14',
            '15',
            '16',
            '17',
            '18',
            '19',
            '20',
            '21',
            '22',
            '23',
            '24',
            '25',
          ]),
          resign_type: picklist(['1', '2', '3']),
          resign_remark: optional(string()),
        }),
      }),
    }),
})
