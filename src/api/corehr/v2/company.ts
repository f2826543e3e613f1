// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CompanyBatchGetItem, CompanyQueryMultiTimelineItem } from './types.ts'

/** Input of {@link activeCompany}. */
export interface ActiveCompanyInput {
  body: { company_id: string; effective_time: string; active: boolean; operation_reason: string }
}

/** `data` of a successful {@link activeCompany} response. */
export type ActiveCompanyOutput = { [key: string]: unknown }

/**
 * `corehr.v2.company.active`: POST /open-apis/corehr/v2/companies/active (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=active&project=corehr&resource=company&version=v2
 */
export const activeCompany = /*#__PURE__*/ endpoint<ActiveCompanyInput, ActiveCompanyOutput>({
  id: 'corehr.v2.company.active',
  method: 'POST',
  path: '/open-apis/corehr/v2/companies/active',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        company_id: string(),
        effective_time: string(),
        active: boolean(),
        operation_reason: string(),
      }),
    }),
})

/** Input of {@link batchGetCompany}. */
export interface BatchGetCompanyInput {
  body: { company_ids: string[] }
}

/** `data` of a successful {@link batchGetCompany} response. */
export interface BatchGetCompanyOutput {
  items?: CompanyBatchGetItem[]
}

/**
 * `corehr.v2.company.batch_get`: POST /open-apis/corehr/v2/companies/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=company&version=v2
 */
export const batchGetCompany = /*#__PURE__*/ endpoint<BatchGetCompanyInput, BatchGetCompanyOutput>({
  id: 'corehr.v2.company.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/companies/batch_get',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ company_ids: array(string()) }) }),
})

/** Input of {@link queryCompanyMultiTimeline}. */
export interface QueryCompanyMultiTimelineInput {
  body: { company_ids: string[]; start_date?: string; end_date?: string; fields?: string[] }
}

/** `data` of a successful {@link queryCompanyMultiTimeline} response. */
export interface QueryCompanyMultiTimelineOutput {
  items?: CompanyQueryMultiTimelineItem[]
}

/**
 * `corehr.v2.company.query_multi_timeline`: POST /open-apis/corehr/v2/companies/query_multi_timeline (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_multi_timeline&project=corehr&resource=company&version=v2
 */
export const queryCompanyMultiTimeline = /*#__PURE__*/ endpoint<QueryCompanyMultiTimelineInput, QueryCompanyMultiTimelineOutput>({
  id: 'corehr.v2.company.query_multi_timeline',
  method: 'POST',
  path: '/open-apis/corehr/v2/companies/query_multi_timeline',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        company_ids: array(string()),
        start_date: optional(string()),
        end_date: optional(string()),
        fields: optional(array(string())),
      }),
    }),
})

/** Input of {@link queryCompanyRecentChange}. */
export interface QueryCompanyRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryCompanyRecentChange} response. */
export interface QueryCompanyRecentChangeOutput {
  company_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_company_ids?: string[]
}

/**
 * `corehr.v2.company.query_recent_change`: GET /open-apis/corehr/v2/companies/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=company&version=v2
 */
export const queryCompanyRecentChange = /*#__PURE__*/ endpoint<QueryCompanyRecentChangeInput, QueryCompanyRecentChangeOutput, true>({
  id: 'corehr.v2.company.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/companies/query_recent_change',
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
