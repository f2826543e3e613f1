// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CustomField, Name } from './types.ts'

/** Input of {@link batchGetJobFamily}. */
export interface BatchGetJobFamilyInput {
  body?: { job_family_ids?: string[]; job_family_codes?: string[] }
}

/** `data` of a successful {@link batchGetJobFamily} response. */
export interface BatchGetJobFamilyOutput {
  items?: {
    job_family_id?: string
    name: Name[]
    active: boolean
    selectable?: boolean
    parent_id?: string
    pathway_ids?: string[]
    effective_time: string
    expiration_time?: string
    code?: string
    description?: Name[]
    custom_fields?: CustomField[]
  }[]
}

/**
 * `corehr.v2.job_family.batch_get`: POST /open-apis/corehr/v2/job_families/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=job_family&version=v2
 */
export const batchGetJobFamily = /*#__PURE__*/ endpoint<BatchGetJobFamilyInput, BatchGetJobFamilyOutput>({
  id: 'corehr.v2.job_family.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_families/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        job_family_ids: optional(array(string())),
        job_family_codes: optional(array(string())),
      })),
    }),
})

/** Input of {@link queryJobFamilyMultiTimeline}. */
export interface QueryJobFamilyMultiTimelineInput {
  body: { job_family_ids: string[]; start_date?: string; end_date?: string; fields?: string[] }
}

/** `data` of a successful {@link queryJobFamilyMultiTimeline} response. */
export interface QueryJobFamilyMultiTimelineOutput {
  items?: {
    job_family_version_data?: {
      job_family_id?: string
      job_family_version_id?: string
      job_family_names?: Name[]
      effective_date?: string
      expiration_date?: string
      active?: boolean
      descriptions?: Name[]
      selectable?: boolean
      parent_job_family_id?: string
      pathway_ids?: string[]
      code?: string
    }[]
  }[]
}

/**
 * `corehr.v2.job_family.query_multi_timeline`: POST /open-apis/corehr/v2/job_families/query_multi_timeline (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=job_family&version=v2
 */
export const queryJobFamilyMultiTimeline = /*#__PURE__*/ endpoint<QueryJobFamilyMultiTimelineInput, QueryJobFamilyMultiTimelineOutput>({
  id: 'corehr.v2.job_family.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_families/query_multi_timeline',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        job_family_ids: array(string()),
        start_date: optional(string()),
        end_date: optional(string()),
        fields: optional(array(string())),
      }),
    }),
})

/** Input of {@link queryJobFamilyRecentChange}. */
export interface QueryJobFamilyRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryJobFamilyRecentChange} response. */
export interface QueryJobFamilyRecentChangeOutput {
  job_family_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_job_family_ids?: string[]
}

/**
 * `corehr.v2.job_family.query_recent_change`: GET /open-apis/corehr/v2/job_families/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=job_family&version=v2
 */
export const queryJobFamilyRecentChange = /*#__PURE__*/ endpoint<QueryJobFamilyRecentChangeInput, QueryJobFamilyRecentChangeOutput, true>({
  id: 'corehr.v2.job_family.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/job_families/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})
