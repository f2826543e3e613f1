// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { GetJobTitle } from './types.ts'

/** Input of {@link getJobTitle}. */
export interface GetJobTitleInput {
  path: { job_title_id: string }
}

/** `data` of a successful {@link getJobTitle} response. */
export interface GetJobTitleOutput {
  job_title?: GetJobTitle
}

/**
 * `contact.v3.job_title.get`: GET /open-apis/contact/v3/job_titles/:job_title_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=job_title&version=v3
 */
export const getJobTitle = /*#__PURE__*/ endpoint<GetJobTitleInput, GetJobTitleOutput>({
  id: 'contact.v3.job_title.get',
  method: 'GET',
  path: '/open-apis/contact/v3/job_titles/:job_title_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ job_title_id: string() }) }),
})

/** Input of {@link listJobTitle}. */
export interface ListJobTitleInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listJobTitle} response. */
export interface ListJobTitleOutput {
  items?: GetJobTitle[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.job_title.list`: GET /open-apis/contact/v3/job_titles (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=job_title&version=v3
 */
export const listJobTitle = /*#__PURE__*/ endpoint<ListJobTitleInput, ListJobTitleOutput, true>({
  id: 'contact.v3.job_title.list',
  method: 'GET',
  path: '/open-apis/contact/v3/job_titles',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
