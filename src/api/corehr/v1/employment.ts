// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateWorkEmailSchema, CustomFieldSchema } from './models.ts'
import type { CreateEmployment, CreateWorkEmail, CustomField, Employment } from './types.ts'

/** Input of {@link createEmployment}. */
export interface CreateEmploymentInput {
  query?: { client_token?: string }
  body: {
    seniority_date?: string
    employee_number?: string
    effective_time: string
    expiration_time?: string
    employment_type: { enum_name: string }
    person_id: string
    primary_employment: boolean
    employment_status?: { enum_name: string }
    custom_fields?: CustomField[]
    work_email_list?: CreateWorkEmail[]
    reason_for_offboarding?: { enum_name: string }
    ats_application_id?: string
    rehire?: { enum_name: string }
    rehire_employment_id?: string
  }
}

/** `data` of a successful {@link createEmployment} response. */
export interface CreateEmploymentOutput {
  employment?: CreateEmployment
}

/**
 * `corehr.v1.employment.create`: POST /open-apis/corehr/v1/employments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=employment&version=v1
 */
export const createEmployment = /*#__PURE__*/ endpoint<CreateEmploymentInput, CreateEmploymentOutput>({
  id: 'corehr.v1.employment.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/employments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        seniority_date: optional(string()),
        employee_number: optional(string()),
        effective_time: string(),
        expiration_time: optional(string()),
        employment_type: looseObject({ enum_name: string() }),
        person_id: string(),
        primary_employment: boolean(),
        employment_status: optional(looseObject({ enum_name: string() })),
        custom_fields: optional(array(CustomFieldSchema())),
        work_email_list: optional(array(CreateWorkEmailSchema())),
        reason_for_offboarding: optional(looseObject({ enum_name: string() })),
        ats_application_id: optional(string()),
        rehire: optional(looseObject({ enum_name: string() })),
        rehire_employment_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteEmployment}. */
export interface DeleteEmploymentInput {
  path: { employment_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link deleteEmployment} response. */
export type DeleteEmploymentOutput = { [key: string]: unknown }

/**
 * `corehr.v1.employment.delete`: DELETE /open-apis/corehr/v1/employments/:employment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=employment&version=v1
 */
export const deleteEmployment = /*#__PURE__*/ endpoint<DeleteEmploymentInput, DeleteEmploymentOutput>({
  id: 'corehr.v1.employment.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/employments/:employment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ employment_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
    }),
})

/** Input of {@link patchEmployment}. */
export interface PatchEmploymentInput {
  path: { employment_id: string }
  query?: {
    client_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    seniority_date?: string
    employee_number?: string
    employment_type?: { enum_name: string }
    person_id?: string
    primary_employment?: boolean
    condition_worker?: boolean
    custom_fields?: CustomField[]
    work_email_list?: CreateWorkEmail[]
    reason_for_offboarding?: { enum_name: string }
    ats_application_id?: string
  }
}

/** `data` of a successful {@link patchEmployment} response. */
export interface PatchEmploymentOutput {
  employment?: Employment
}

/**
 * `corehr.v1.employment.patch`: PATCH /open-apis/corehr/v1/employments/:employment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=employment&version=v1
 */
export const patchEmployment = /*#__PURE__*/ endpoint<PatchEmploymentInput, PatchEmploymentOutput>({
  id: 'corehr.v1.employment.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/employments/:employment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ employment_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: optional(looseObject({
        seniority_date: optional(string()),
        employee_number: optional(string()),
        employment_type: optional(looseObject({ enum_name: string() })),
        person_id: optional(string()),
        primary_employment: optional(boolean()),
        condition_worker: optional(boolean()),
        custom_fields: optional(array(CustomFieldSchema())),
        work_email_list: optional(array(CreateWorkEmailSchema())),
        reason_for_offboarding: optional(looseObject({ enum_name: string() })),
        ats_application_id: optional(string()),
      })),
    }),
})
