// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Stage } from './types.ts'

/** Input of {@link listJobProcess}. */
export interface ListJobProcessInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listJobProcess} response. */
export interface ListJobProcessOutput {
  has_more?: boolean
  page_token?: string
  items?: { id?: string; zh_name?: string; en_name?: string; type?: number; stage_list?: Stage[] }[]
}

/**
 * `hire.v1.job_process.list`: GET /open-apis/hire/v1/job_processes (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=job_process&version=v1
 */
export const listJobProcess = /*#__PURE__*/ endpoint<ListJobProcessInput, ListJobProcessOutput, true>({
  id: 'hire.v1.job_process.list',
  method: 'GET',
  path: '/open-apis/hire/v1/job_processes',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})
