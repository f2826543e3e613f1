// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { CustomOrgWithRateSchema } from './models.ts'
import type { CustomOrg, CustomOrgWithRate } from './types.ts'

/** Input of {@link createEmployeeCustomOrgEmpCustomOrg}. */
export interface CreateEmployeeCustomOrgEmpCustomOrgInput {
  query: { user_id_type: 'people_corehr_id' | 'open_id' | 'union_id' | 'user_id' }
  body: {
    user_id: string
    object_api_name: string
    custom_org_with_rates: CustomOrgWithRate[]
    start_reason?: string
    effective_time: string
  }
}

/** `data` of a successful {@link createEmployeeCustomOrgEmpCustomOrg} response. */
export interface CreateEmployeeCustomOrgEmpCustomOrgOutput {
  job_data_custom_org_id: string
  version_id: string
}

/**
 * `corehr.v2.employee.custom_org.create_emp_custom_org`: POST /open-apis/corehr/v2/custom_org/create_emp_custom_org (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_emp_custom_org&project=corehr&resource=employee.custom_org&version=v2
 */
export const createEmployeeCustomOrgEmpCustomOrg = /*#__PURE__*/ endpoint<CreateEmployeeCustomOrgEmpCustomOrgInput, CreateEmployeeCustomOrgEmpCustomOrgOutput>({
  id: 'corehr.v2.employee.custom_org.create_emp_custom_org',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_org/create_emp_custom_org',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['people_corehr_id', 'open_id', 'union_id', 'user_id']) }),
      body: looseObject({
        user_id: string(),
        object_api_name: string(),
        custom_org_with_rates: array(CustomOrgWithRateSchema()),
        start_reason: optional(string()),
        effective_time: string(),
      }),
    }),
})

/** Input of {@link delEmployeeCustomOrg}. */
export interface DelEmployeeCustomOrgInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: { user_id: string; job_data_custom_org_id: string; version_id: string; object_api_name: string }
}

/** `data` of a successful {@link delEmployeeCustomOrg} response. */
export interface DelEmployeeCustomOrgOutput {
  data: string
}

/**
 * `corehr.v2.employee.custom_org.del`: POST /open-apis/corehr/v2/custom_org/del (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=del&project=corehr&resource=employee.custom_org&version=v2
 */
export const delEmployeeCustomOrg = /*#__PURE__*/ endpoint<DelEmployeeCustomOrgInput, DelEmployeeCustomOrgOutput>({
  id: 'corehr.v2.employee.custom_org.del',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_org/del',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        user_id: string(),
        job_data_custom_org_id: string(),
        version_id: string(),
        object_api_name: string(),
      }),
    }),
})

/** Input of {@link editEmployeeCustomOrgEmpCustomOrg}. */
export interface EditEmployeeCustomOrgEmpCustomOrgInput {
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    user_id: string
    object_api_name: string
    job_data_custom_org_id: string
    version_id: string
    custom_org_with_rates: CustomOrgWithRate[]
    effective_time: string
    start_reason?: string
  }
}

/** `data` of a successful {@link editEmployeeCustomOrgEmpCustomOrg} response. */
export interface EditEmployeeCustomOrgEmpCustomOrgOutput {
  data?: string
}

/**
 * `corehr.v2.employee.custom_org.edit_emp_custom_org`: POST /open-apis/corehr/v2/custom_org/edit_emp_custom_org (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=edit_emp_custom_org&project=corehr&resource=employee.custom_org&version=v2
 */
export const editEmployeeCustomOrgEmpCustomOrg = /*#__PURE__*/ endpoint<EditEmployeeCustomOrgEmpCustomOrgInput, EditEmployeeCustomOrgEmpCustomOrgOutput>({
  id: 'corehr.v2.employee.custom_org.edit_emp_custom_org',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_org/edit_emp_custom_org',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ user_id_type: picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id']) }),
      body: looseObject({
        user_id: string(),
        object_api_name: string(),
        job_data_custom_org_id: string(),
        version_id: string(),
        custom_org_with_rates: array(CustomOrgWithRateSchema()),
        effective_time: string(),
        start_reason: optional(string()),
      }),
    }),
})

/** Input of {@link employmentEmployeeCustomOrgCustomOrgRecord}. */
export interface EmploymentEmployeeCustomOrgCustomOrgRecordInput {
  query: {
    user_ids: string[]
    user_id_type: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    object_api_names: string[]
  }
}

/** `data` of a successful {@link employmentEmployeeCustomOrgCustomOrgRecord} response. */
export interface EmploymentEmployeeCustomOrgCustomOrgRecordOutput {
  custom_org_list?: CustomOrg[]
}

/**
 * `corehr.v2.employee.custom_org.employment_custom_org_record`: GET /open-apis/corehr/v2/custom_org/employment_custom_org_record (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=employment_custom_org_record&project=corehr&resource=employee.custom_org&version=v2
 */
export const employmentEmployeeCustomOrgCustomOrgRecord = /*#__PURE__*/ endpoint<EmploymentEmployeeCustomOrgCustomOrgRecordInput, EmploymentEmployeeCustomOrgCustomOrgRecordOutput>({
  id: 'corehr.v2.employee.custom_org.employment_custom_org_record',
  method: 'GET',
  path: '/open-apis/corehr/v2/custom_org/employment_custom_org_record',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_ids: array(string()),
        user_id_type: picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id']),
        object_api_names: array(string()),
      }),
    }),
})

/** Input of {@link querybyidEmployeeCustomOrg}. */
export interface QuerybyidEmployeeCustomOrgInput {
  query: {
    job_data_custom_org_id: string
    version_id?: string[]
    object_api_name: string
    user_id_type: 'people_corehr_id' | 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link querybyidEmployeeCustomOrg} response. */
export interface QuerybyidEmployeeCustomOrgOutput {
  custom_org: CustomOrg[]
  user_id?: string
}

/**
 * `corehr.v2.employee.custom_org.querybyid`: GET /open-apis/corehr/v2/custom_org/querybyid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=querybyid&project=corehr&resource=employee.custom_org&version=v2
 */
export const querybyidEmployeeCustomOrg = /*#__PURE__*/ endpoint<QuerybyidEmployeeCustomOrgInput, QuerybyidEmployeeCustomOrgOutput>({
  id: 'corehr.v2.employee.custom_org.querybyid',
  method: 'GET',
  path: '/open-apis/corehr/v2/custom_org/querybyid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        job_data_custom_org_id: string(),
        version_id: optional(array(string())),
        object_api_name: string(),
        user_id_type: picklist(['people_corehr_id', 'open_id', 'union_id', 'user_id']),
      }),
    }),
})
