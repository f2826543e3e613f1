// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ItemCustomField, Job, Name } from './types.ts'

/** Input of {@link batchGetJob}. */
export interface BatchGetJobInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body?: { job_ids?: string[]; job_codes?: string[]; fields?: string[] }
}

/** `data` of a successful {@link batchGetJob} response. */
export interface BatchGetJobOutput {
  items?: {
    id?: string
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    job_title?: Name[]
    pathway_id?: string
    job_family_id_list?: string[]
    job_level_id_list?: string[]
    working_hours_type_id?: string
    effective_time: string
    expiration_time?: string
    custom_fields?: ItemCustomField[]
    created_by?: string
    created_time?: string
    updated_by?: string
    updated_time?: string
  }[]
}

/**
 * `corehr.v2.job.batch_get`: POST /open-apis/corehr/v2/jobs/batch_get (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=job&version=v2
 */
export const batchGetJob = /*#__PURE__*/ endpoint<BatchGetJobInput, BatchGetJobOutput>({
  id: 'corehr.v2.job.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/jobs/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: optional(looseObject({
        job_ids: optional(array(string())),
        job_codes: optional(array(string())),
        fields: optional(array(string())),
      })),
    }),
})

/** Input of {@link getJob}. */
export interface GetJobInput {
  path: { job_id: string }
}

/** `data` of a successful {@link getJob} response. */
export interface GetJobOutput {
  job?: Job
}

/**
 * `corehr.v2.job.get`: GET /open-apis/corehr/v2/jobs/:job_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=job&version=v2
 */
export const getJob = /*#__PURE__*/ endpoint<GetJobInput, GetJobOutput>({
  id: 'corehr.v2.job.get',
  method: 'GET',
  path: '/open-apis/corehr/v2/jobs/:job_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ job_id: string() }) }),
})

/** Input of {@link listJob}. */
export interface ListJobInput {
  query: { page_token?: string; page_size: string; name?: string; query_language?: string }
}

/** `data` of a successful {@link listJob} response. */
export interface ListJobOutput {
  items?: Job[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v2.job.list`: GET /open-apis/corehr/v2/jobs (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=job&version=v2
 */
export const listJob = /*#__PURE__*/ endpoint<ListJobInput, ListJobOutput, true>({
  id: 'corehr.v2.job.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/jobs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        name: optional(string()),
        query_language: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryJobMultiTimeline}. */
export interface QueryJobMultiTimelineInput {
  body: { job_ids: string[]; start_date?: string; end_date?: string; fields?: string[] }
}

/** `data` of a successful {@link queryJobMultiTimeline} response. */
export interface QueryJobMultiTimelineOutput {
  items?: {
    job_version_data?: {
      job_id?: string
      job_version_id?: string
      job_names?: Name[]
      effective_date?: string
      expiration_date?: string
      active?: boolean
      descriptions?: Name[]
      code?: string
      job_titles?: Name[]
      job_family_ids?: string[]
      job_level_ids?: string[]
      pathway_id?: string
      working_hours_type_id?: string
    }[]
  }[]
}

/**
 * `corehr.v2.job.query_multi_timeline`: POST /open-apis/corehr/v2/jobs/query_multi_timeline (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=job&version=v2
 */
export const queryJobMultiTimeline = /*#__PURE__*/ endpoint<QueryJobMultiTimelineInput, QueryJobMultiTimelineOutput>({
  id: 'corehr.v2.job.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/jobs/query_multi_timeline',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        job_ids: array(string()),
        start_date: optional(string()),
        end_date: optional(string()),
        fields: optional(array(string())),
      }),
    }),
})

/** Input of {@link queryJobRecentChange}. */
export interface QueryJobRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryJobRecentChange} response. */
export interface QueryJobRecentChangeOutput {
  job_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_job_ids?: string[]
}

/**
 * `corehr.v2.job.query_recent_change`: GET /open-apis/corehr/v2/jobs/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=job&version=v2
 */
export const queryJobRecentChange = /*#__PURE__*/ endpoint<QueryJobRecentChangeInput, QueryJobRecentChangeOutput, true>({
  id: 'corehr.v2.job.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/jobs/query_recent_change',
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
