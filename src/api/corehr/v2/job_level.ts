// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CustomField, Name } from './types.ts'

/** Input of {@link batchGetJobLevel}. */
export interface BatchGetJobLevelInput {
  body?: { job_level_ids?: string[]; job_level_codes?: string[] }
}

/** `data` of a successful {@link batchGetJobLevel} response. */
export interface BatchGetJobLevelOutput {
  items?: {
    job_level_id?: string
    level_order: number
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    custom_fields?: CustomField[]
    job_grade?: string[]
    pathway_ids?: string[]
    view_order?: number
  }[]
}

/**
 * `corehr.v2.job_level.batch_get`: POST /open-apis/corehr/v2/job_levels/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=job_level&version=v2
 */
export const batchGetJobLevel = /*#__PURE__*/ endpoint<BatchGetJobLevelInput, BatchGetJobLevelOutput>({
  id: 'corehr.v2.job_level.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/job_levels/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        job_level_ids: optional(array(string())),
        job_level_codes: optional(array(string())),
      })),
    }),
})

/** Input of {@link queryJobLevelRecentChange}. */
export interface QueryJobLevelRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryJobLevelRecentChange} response. */
export interface QueryJobLevelRecentChangeOutput {
  job_level_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_job_level_ids?: string[]
}

/**
 * `corehr.v2.job_level.query_recent_change`: GET /open-apis/corehr/v2/job_levels/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=job_level&version=v2
 */
export const queryJobLevelRecentChange = /*#__PURE__*/ endpoint<QueryJobLevelRecentChangeInput, QueryJobLevelRecentChangeOutput, true>({
  id: 'corehr.v2.job_level.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/job_levels/query_recent_change',
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
