// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CustomFieldSchema } from './models.ts'
import type { CustomField, Name, SearchItem } from './types.ts'

/** Input of {@link queryOffboarding}. */
export interface QueryOffboardingInput {
  body?: { active?: boolean; offboarding_reason_unique_identifier?: string[] }
}

/** `data` of a successful {@link queryOffboarding} response. */
export interface QueryOffboardingOutput {
  items?: {
    offboarding_reason_unique_identifier?: string
    name?: Name[]
    active?: boolean
    parent_offboarding_reason_unique_identifier?: string
    created_time?: string
    updated_time?: string
  }[]
}

/**
 * `corehr.v1.offboarding.query`: POST /open-apis/corehr/v1/offboardings/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=offboarding&version=v1
 */
export const queryOffboarding = /*#__PURE__*/ endpoint<QueryOffboardingInput, QueryOffboardingOutput>({
  id: 'corehr.v1.offboarding.query',
  method: 'POST',
  path: '/open-apis/corehr/v1/offboardings/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        active: optional(boolean()),
        offboarding_reason_unique_identifier: optional(array(string())),
      })),
    }),
})

/** Input of {@link searchOffboarding}. */
export interface SearchOffboardingInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body?: {
    employment_ids?: string[]
    apply_initiating_time_start?: string
    apply_initiating_time_end?: string
    apply_finished_time_start?: string
    apply_finished_time_end?: string
    expected_offboarding_date_start?: string
    expected_offboarding_date_end?: string
    offboarding_date_start?: string
    offboarding_date_end?: string
    statuses?: ('Approving' | 'Approved' | 'Offboarded' | 'Rejected' | 'Withdrawn' | 'NoNeedApproval')[]
    reasons?: string[]
    employee_reasons?: string[]
    department_ids?: string[]
    select_fields?: string[]
    filter_str?: string
  }
}

/** `data` of a successful {@link searchOffboarding} response. */
export interface SearchOffboardingOutput {
  items?: SearchItem[]
  page_token?: string
  has_more?: boolean
  total?: number
  reject_export?: boolean
}

/**
 * `corehr.v1.offboarding.search`: POST /open-apis/corehr/v1/offboardings/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=offboarding&version=v1
 */
export const searchOffboarding = /*#__PURE__*/ endpoint<SearchOffboardingInput, SearchOffboardingOutput, true>({
  id: 'corehr.v1.offboarding.search',
  method: 'POST',
  path: '/open-apis/corehr/v1/offboardings/search',
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
        apply_initiating_time_start: optional(string()),
        apply_initiating_time_end: optional(string()),
        apply_finished_time_start: optional(string()),
        apply_finished_time_end: optional(string()),
        expected_offboarding_date_start: optional(string()),
        expected_offboarding_date_end: optional(string()),
        offboarding_date_start: optional(string()),
        offboarding_date_end: optional(string()),
        statuses: optional(array(picklist([
          'Approving',
          'Approved',
          'Offboarded',
          'Rejected',
          'Withdrawn',
          'NoNeedApproval',
        ]))),
        reasons: optional(array(string())),
        employee_reasons: optional(array(string())),
        department_ids: optional(array(string())),
        select_fields: optional(array(string())),
        filter_str: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link submitOffboarding}. */
export interface SubmitOffboardingInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    offboarding_mode: number
    employment_id: string
    offboarding_date: string
    offboarding_reason_unique_identifier: string
    offboarding_reason_explanation?: string
    initiator_id?: string
    add_block_list?: boolean
    block_reason?: string
    block_reason_explanation?: string
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link submitOffboarding} response. */
export interface SubmitOffboardingOutput {
  offboarding_id?: string
  employment_id?: string
  offboarding_reason_unique_identifier?: string
  offboarding_date?: string
  offboarding_reason_explanation?: string
  add_block_list?: boolean
  block_reason?: string
  block_reason_explanation?: string
  created_time?: string
}

/**
 * `corehr.v1.offboarding.submit`: POST /open-apis/corehr/v1/offboardings/submit (tenant token).
 *
 * @deprecated Use `submitOffboardingV2` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=submit&project=corehr&resource=offboarding&version=v1
 */
export const submitOffboarding = /*#__PURE__*/ endpoint<SubmitOffboardingInput, SubmitOffboardingOutput>({
  id: 'corehr.v1.offboarding.submit',
  method: 'POST',
  path: '/open-apis/corehr/v1/offboardings/submit',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        offboarding_mode: number(),
        employment_id: string(),
        offboarding_date: string(),
        offboarding_reason_unique_identifier: string(),
        offboarding_reason_explanation: optional(string()),
        initiator_id: optional(string()),
        add_block_list: optional(boolean()),
        block_reason: optional(string()),
        block_reason_explanation: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})
