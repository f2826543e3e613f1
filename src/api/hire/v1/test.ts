// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Name, TimeRange } from './types.ts'

/** Input of {@link searchTest}. */
export interface SearchTestInput {
  query?: { page_token?: string; page_size?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { application_id_list?: string[]; test_start_time_min?: string; test_start_time_max?: string }
}

/** `data` of a successful {@link searchTest} response. */
export interface SearchTestOutput {
  items?: {
    test_id?: string
    application_id?: string
    talent_id?: string
    job_id?: string
    test_paper_id?: string
    test_paper_name?: string
    test_paper_source_id?: string
    test_paper_source_name?: Name
    reply_status?: number
    test_status?: number
    test_schedule?: TimeRange
    test_complete_time?: string
    report_url_list?: string[]
    result_detail_list?: { subject?: string; result?: string }[]
    result_upload_time?: string
    score?: string
    score_submit_time?: string
    reviewer?: string
    review_created_at?: string
    created_at?: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.test.search`: POST /open-apis/hire/v1/tests/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=test&version=v1
 */
export const searchTest = /*#__PURE__*/ endpoint<SearchTestInput, SearchTestOutput, true>({
  id: 'hire.v1.test.search',
  method: 'POST',
  path: '/open-apis/hire/v1/tests/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        application_id_list: optional(array(string())),
        test_start_time_min: optional(string()),
        test_start_time_max: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
