// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CustomFieldSchema } from './models.ts'
import type { CompensationType, CustomField, SearchItem } from './types.ts'

/** Input of {@link editProbation}. */
export interface EditProbationInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    probation_start_date?: string
    probation_expected_end_date?: string
    probation_outcome?: 'passed' | 'failed' | 'delayed'
    actual_probation_end_date?: string
    probation_extend_expected_end_date?: string
    extended_probation_period_duration?: number
    extended_probation_period_unit?: 'day' | 'week' | 'month'
    notes?: string
    self_review?: string
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link editProbation} response. */
export type EditProbationOutput = { [key: string]: unknown }

/**
 * `corehr.v2.probation.edit`: POST /open-apis/corehr/v2/probation/edit (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=edit&project=corehr&resource=probation&version=v2
 */
export const editProbation = /*#__PURE__*/ endpoint<EditProbationInput, EditProbationOutput>({
  id: 'corehr.v2.probation.edit',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/edit',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        probation_start_date: optional(string()),
        probation_expected_end_date: optional(string()),
        probation_outcome: optional(picklist(['passed', 'failed', 'delayed'])),
        actual_probation_end_date: optional(string()),
        probation_extend_expected_end_date: optional(string()),
        extended_probation_period_duration: optional(number()),
        extended_probation_period_unit: optional(picklist(['day', 'week', 'month'])),
        notes: optional(string()),
        self_review: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})

/** Input of {@link enableProbationDisableAssessment}. */
export interface EnableProbationDisableAssessmentInput {
  body: { active: boolean; app_url?: string }
}

/** `data` of a successful {@link enableProbationDisableAssessment} response. */
export type EnableProbationDisableAssessmentOutput = { [key: string]: unknown }

/**
 * `corehr.v2.probation.enable_disable_assessment`: POST /open-apis/corehr/v2/probation/enable_disable_assessment (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=enable_disable_assessment&project=corehr&resource=probation&version=v2
 */
export const enableProbationDisableAssessment = /*#__PURE__*/ endpoint<EnableProbationDisableAssessmentInput, EnableProbationDisableAssessmentOutput>({
  id: 'corehr.v2.probation.enable_disable_assessment',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/enable_disable_assessment',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ active: boolean(), app_url: optional(string()) }) }),
})

/** Input of {@link searchProbation}. */
export interface SearchProbationInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    employment_ids?: string[]
    department_ids?: string[]
    probation_start_date_start?: string
    probation_start_date_end?: string
    probation_expected_end_date_start?: string
    probation_expected_end_date_end?: string
    actual_probation_end_date_start?: string
    actual_probation_end_date_end?: string
    initiating_time_start?: string
    initiating_time_end?: string
    probation_status?: 'pending' | 'rejected' | 'waiting' | 'approved' | 'converted' | 'offboarded'
    final_assessment_result?: 'approved' | 'rejected'
    final_assessment_grade?: string
  }
}

/** `data` of a successful {@link searchProbation} response. */
export interface SearchProbationOutput {
  items?: SearchItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.probation.search`: POST /open-apis/corehr/v2/probation/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=probation&version=v2
 */
export const searchProbation = /*#__PURE__*/ endpoint<SearchProbationInput, SearchProbationOutput, true>({
  id: 'corehr.v2.probation.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/search',
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
        department_ids: optional(array(string())),
        probation_start_date_start: optional(string()),
        probation_start_date_end: optional(string()),
        probation_expected_end_date_start: optional(string()),
        probation_expected_end_date_end: optional(string()),
        actual_probation_end_date_start: optional(string()),
        actual_probation_end_date_end: optional(string()),
        initiating_time_start: optional(string()),
        initiating_time_end: optional(string()),
        probation_status: optional(picklist(['pending', 'rejected', 'waiting', 'approved', 'converted', 'offboarded'])),
        final_assessment_result: optional(picklist(['approved', 'rejected'])),
        final_assessment_grade: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link submitProbation}. */
export interface SubmitProbationInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    conversion_mode: number
    actual_probation_end_date?: string
    submission_type: 'self_submission' | 'system' | 'hr_submission'
    initiator_id?: string
    notes?: string
    self_review?: string
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link submitProbation} response. */
export interface SubmitProbationOutput {
  probation_info?: {
    employment_id?: string
    probation_id?: string
    probation_start_date?: string
    probation_expected_end_date?: string
    actual_probation_end_date?: string
    initiating_time?: string
    submission_type?: CompensationType
    initiator_id?: string
    probation_status?: CompensationType
    self_review?: string
    notes?: string
    process_id?: string
    converted_via_bpm?: boolean
    custom_fields?: CustomField[]
    final_assessment_status?: CompensationType
    final_assessment_result?: CompensationType
    final_assessment_score?: number
    final_assessment_grade?: CompensationType
    final_assessment_comment?: string
    final_assessment_detail?: string
  }
}

/**
 * `corehr.v2.probation.submit`: POST /open-apis/corehr/v2/probation/submit (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=submit&project=corehr&resource=probation&version=v2
 */
export const submitProbation = /*#__PURE__*/ endpoint<SubmitProbationInput, SubmitProbationOutput>({
  id: 'corehr.v2.probation.submit',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/submit',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        conversion_mode: number(),
        actual_probation_end_date: optional(string()),
        submission_type: picklist(['self_submission', 'system', 'hr_submission']),
        initiator_id: optional(string()),
        notes: optional(string()),
        self_review: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})

/** Input of {@link withdrawProbation}. */
export interface WithdrawProbationInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { employment_id: string }
}

/** `data` of a successful {@link withdrawProbation} response. */
export type WithdrawProbationOutput = { [key: string]: unknown }

/**
 * `corehr.v2.probation.withdraw`: POST /open-apis/corehr/v2/probation/withdraw (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=withdraw&project=corehr&resource=probation&version=v2
 */
export const withdrawProbation = /*#__PURE__*/ endpoint<WithdrawProbationInput, WithdrawProbationOutput>({
  id: 'corehr.v2.probation.withdraw',
  method: 'POST',
  path: '/open-apis/corehr/v2/probation/withdraw',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ employment_id: string() }),
    }),
})
