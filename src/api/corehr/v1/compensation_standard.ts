// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { EnumFieldOptionName } from './types.ts'

/** Input of {@link matchCompensationStandard}. */
export interface MatchCompensationStandardInput {
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
    employment_id?: string
    reference_object_api?: 'cpst_item' | 'cpst_indicator'
    reference_object_id: string
    department_id?: string
    work_location_id?: string
    company_id?: string
    job_family_id?: string
    job_id?: string
    job_level_id?: string
    employee_type_id?: string
    recruitment_type?: 'experienced_professionals' | 'recent_graduates' | 'routine_intern'
    cpst_change_reason_id?: string
    cpst_plan_id?: string
    cpst_salary_level_id?: string
    effective_time?: string
    performance_indicator_id?: string
    performance_score_grade_id?: string
    custom_org_1_ids?: string
    custom_org_2_ids?: string
    custom_org_3_ids?: string
    custom_org_4_ids?: string
    custom_org_5_ids?: string
    custom_org_6_ids?: string
    custom_org_7_ids?: string
    custom_org_8_ids?: string
    custom_org_9_ids?: string
    custom_org_10_ids?: string
  }
}

/** `data` of a successful {@link matchCompensationStandard} response. */
export interface MatchCompensationStandardOutput {
  standard_id?: string
  grade?: {
    grade_id?: string
    grade_tid?: string
    grade_standard_value?: {
      reference_object?: { api_name?: 'cpst_item' | 'cpst_indicator'; id?: string }
      standard_type?: {
        api_name?: 'standard_value' | 'bandwidth_and_standard_value' | 'bandwidth_upper_and_lower_limit'
      }
      band_width?: { upper_limit?: string; lower_limit?: string }
      standard_value?: string
    }
    currency?: { currency_id?: string; code?: string; name?: EnumFieldOptionName }
    description?: EnumFieldOptionName
  }
  effective_time?: string
}

/**
 * `corehr.v1.compensation_standard.match`: GET /open-apis/corehr/v1/compensation_standards/match (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=match&project=corehr&resource=compensation_standard&version=v1
 */
export const matchCompensationStandard = /*#__PURE__*/ endpoint<MatchCompensationStandardInput, MatchCompensationStandardOutput>({
  id: 'corehr.v1.compensation_standard.match',
  method: 'GET',
  path: '/open-apis/corehr/v1/compensation_standards/match',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
        employment_id: optional(string()),
        reference_object_api: optional(picklist(['cpst_item', 'cpst_indicator'])),
        reference_object_id: string(),
        department_id: optional(string()),
        work_location_id: optional(string()),
        company_id: optional(string()),
        job_family_id: optional(string()),
        job_id: optional(string()),
        job_level_id: optional(string()),
        employee_type_id: optional(string()),
        recruitment_type: optional(picklist(['experienced_professionals', 'recent_graduates', 'routine_intern'])),
        cpst_change_reason_id: optional(string()),
        cpst_plan_id: optional(string()),
        cpst_salary_level_id: optional(string()),
        effective_time: optional(string()),
        performance_indicator_id: optional(string()),
        performance_score_grade_id: optional(string()),
        custom_org_1_ids: optional(string()),
        custom_org_2_ids: optional(string()),
        custom_org_3_ids: optional(string()),
        custom_org_4_ids: optional(string()),
        custom_org_5_ids: optional(string()),
        custom_org_6_ids: optional(string()),
        custom_org_7_ids: optional(string()),
        custom_org_8_ids: optional(string()),
        custom_org_9_ids: optional(string()),
        custom_org_10_ids: optional(string()),
      }),
    }),
})
