// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  BasicInfoCustomFieldSchema,
  ChildBirthCertificateSchema,
  CreateEmploymentInfoSchema,
  CustomGroupSchema,
  NodeNameSchema,
  PersonalInfoSchema,
} from './models.ts'
import type {
  BasicInfoCustomField,
  ChildBirthCertificate,
  CreateEmploymentInfo,
  CustomGroup,
  EmployeeBatchGetItem,
  NodeName,
  PersonalInfo,
} from './types.ts'

/** Input of {@link batchGetEmployee}. */
export interface BatchGetEmployeeInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    fields?: string[]
    employment_ids?: string[]
    person_ids?: string[]
    work_emails?: string[]
    user_names?: string[]
  }
}

/** `data` of a successful {@link batchGetEmployee} response. */
export interface BatchGetEmployeeOutput {
  items?: EmployeeBatchGetItem[]
}

/**
 * `corehr.v2.employee.batch_get`: POST /open-apis/corehr/v2/employees/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=employee&version=v2
 */
export const batchGetEmployee = /*#__PURE__*/ endpoint<BatchGetEmployeeInput, BatchGetEmployeeOutput>({
  id: 'corehr.v2.employee.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: optional(looseObject({
        fields: optional(array(string())),
        employment_ids: optional(array(string())),
        person_ids: optional(array(string())),
        work_emails: optional(array(string())),
        user_names: optional(array(string())),
      })),
    }),
})

/** Input of {@link createEmployee}. */
export interface CreateEmployeeInput {
  query?: {
    client_token?: string
    rehire?: boolean
    rehire_employment_id?: string
    force_submit?: boolean
    ignore_working_hours_type_rule?: boolean
  }
  body?: {
    personal_info?: PersonalInfo
    employment_info?: CreateEmploymentInfo
    career?: {
      educations?: {
        school?: string
        school_enum?: string
        start_date?: string
        end_date?: string
        level_of_education?: string
        field_of_study?: string
        degree?: string
        field_of_study_enum?: string
        custom_fields?: BasicInfoCustomField[]
      }[]
      work_experiences?: {
        company_organization?: NodeName
        department?: NodeName
        start_date?: string
        end_date?: string
        job?: NodeName
        description?: NodeName
        custom_fields?: BasicInfoCustomField[]
      }[]
      custom_groups?: CustomGroup[]
    }
    data_attachment?: {
      personal_records?: { profile_type?: string; files?: ChildBirthCertificate[] }[]
      custom_groups?: CustomGroup[]
    }
  }
}

/** `data` of a successful {@link createEmployee} response. */
export interface CreateEmployeeOutput {
  employment_id?: string
  contract_id?: string
  job_data_id?: string
}

/**
 * `corehr.v2.employee.create`: POST /open-apis/corehr/v2/employees (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=employee&version=v2
 */
export const createEmployee = /*#__PURE__*/ endpoint<CreateEmployeeInput, CreateEmployeeOutput>({
  id: 'corehr.v2.employee.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        rehire: optional(boolean()),
        rehire_employment_id: optional(string()),
        force_submit: optional(boolean()),
        ignore_working_hours_type_rule: optional(boolean()),
      })),
      body: optional(looseObject({
        personal_info: optional(PersonalInfoSchema()),
        employment_info: optional(CreateEmploymentInfoSchema()),
        career: optional(looseObject({
          educations: optional(array(looseObject({
            school: optional(string()),
            school_enum: optional(string()),
            start_date: optional(string()),
            end_date: optional(string()),
            level_of_education: optional(string()),
            field_of_study: optional(string()),
            degree: optional(string()),
            field_of_study_enum: optional(string()),
            custom_fields: optional(array(BasicInfoCustomFieldSchema())),
          }))),
          work_experiences: optional(array(looseObject({
            company_organization: optional(NodeNameSchema()),
            department: optional(NodeNameSchema()),
            start_date: optional(string()),
            end_date: optional(string()),
            job: optional(NodeNameSchema()),
            description: optional(NodeNameSchema()),
            custom_fields: optional(array(BasicInfoCustomFieldSchema())),
          }))),
          custom_groups: optional(array(CustomGroupSchema())),
        })),
        data_attachment: optional(looseObject({
          personal_records: optional(array(looseObject({
            profile_type: optional(string()),
            files: optional(array(ChildBirthCertificateSchema())),
          }))),
          custom_groups: optional(array(CustomGroupSchema())),
        })),
      })),
    }),
})

/** Input of {@link searchEmployee}. */
export interface SearchEmployeeInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    fields?: string[]
    employment_id_list?: string[]
    employee_number_list?: string[]
    work_email?: string
    phone_number?: string
    key_word?: string
    employment_status?: 'hired' | 'terminated'
    employee_type_id?: string
    department_id_list?: string[]
    direct_manager_id_list?: string[]
    dotted_line_manager_id_list?: string[]
    regular_employee_start_date_start?: string
    regular_employee_start_date_end?: string
    effective_time_start?: string
    effective_time_end?: string
    work_location_id_list_include_sub?: string[]
    preferred_english_full_name_list?: string[]
    preferred_local_full_name_list?: string[]
    national_id_number_list?: string[]
    phone_number_list?: string[]
    email_address_list?: string[]
    user_name?: string
    department_id_list_include_sub?: string[]
    additional_national_id_number_list?: string[]
    citizenship_status_list?: string[]
    cost_center_id_list?: string[]
    service_company_list?: string[]
    service_company_list_include_sub?: string[]
    job_family_id_list?: string[]
    job_family_id_list_include_sub?: string[]
    job_level_id_list?: string[]
    job_grade_id_list?: string[]
    job_id_list?: string[]
    position_id_list?: string[]
    position_id_list_include_sub?: string[]
    working_hours_type_id_list?: string[]
    nationality_id_list?: string[]
    pay_group_id_list?: string[]
    assignment_pay_group_id_list?: string[]
    contract_type_list?: string[]
    archive_cpst_plan_id_list?: string[]
    is_direct_leader?: boolean
    is_dotted_leader?: boolean
  }
}

/** `data` of a successful {@link searchEmployee} response. */
export interface SearchEmployeeOutput {
  items?: EmployeeBatchGetItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.employee.search`: POST /open-apis/corehr/v2/employees/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=employee&version=v2
 */
export const searchEmployee = /*#__PURE__*/ endpoint<SearchEmployeeInput, SearchEmployeeOutput, true>({
  id: 'corehr.v2.employee.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/search',
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
        fields: optional(array(string())),
        employment_id_list: optional(array(string())),
        employee_number_list: optional(array(string())),
        work_email: optional(string()),
        phone_number: optional(string()),
        key_word: optional(string()),
        employment_status: optional(picklist(['hired', 'terminated'])),
        employee_type_id: optional(string()),
        department_id_list: optional(array(string())),
        direct_manager_id_list: optional(array(string())),
        dotted_line_manager_id_list: optional(array(string())),
        regular_employee_start_date_start: optional(string()),
        regular_employee_start_date_end: optional(string()),
        effective_time_start: optional(string()),
        effective_time_end: optional(string()),
        work_location_id_list_include_sub: optional(array(string())),
        preferred_english_full_name_list: optional(array(string())),
        preferred_local_full_name_list: optional(array(string())),
        national_id_number_list: optional(array(string())),
        phone_number_list: optional(array(string())),
        email_address_list: optional(array(string())),
        user_name: optional(string()),
        department_id_list_include_sub: optional(array(string())),
        additional_national_id_number_list: optional(array(string())),
        citizenship_status_list: optional(array(string())),
        cost_center_id_list: optional(array(string())),
        service_company_list: optional(array(string())),
        service_company_list_include_sub: optional(array(string())),
        job_family_id_list: optional(array(string())),
        job_family_id_list_include_sub: optional(array(string())),
        job_level_id_list: optional(array(string())),
        job_grade_id_list: optional(array(string())),
        job_id_list: optional(array(string())),
        position_id_list: optional(array(string())),
        position_id_list_include_sub: optional(array(string())),
        working_hours_type_id_list: optional(array(string())),
        nationality_id_list: optional(array(string())),
        pay_group_id_list: optional(array(string())),
        assignment_pay_group_id_list: optional(array(string())),
        contract_type_list: optional(array(string())),
        archive_cpst_plan_id_list: optional(array(string())),
        is_direct_leader: optional(boolean()),
        is_dotted_leader: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})
