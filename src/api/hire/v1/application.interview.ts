// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ApplicationInterviewListItem } from './types.ts'

/** Input of {@link listApplicationInterview}. */
export interface ListApplicationInterviewInput {
  path: { application_id: string }
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_admin_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
}

/** `data` of a successful {@link listApplicationInterview} response. */
export interface ListApplicationInterviewOutput {
  page_token?: string
  has_more?: boolean
  items?: ApplicationInterviewListItem[]
}

/**
 * `hire.v1.application.interview.list`: GET /open-apis/hire/v1/applications/:application_id/interviews (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=application.interview&version=v1
 */
export const listApplicationInterview = /*#__PURE__*/ endpoint<ListApplicationInterviewInput, ListApplicationInterviewOutput, true>({
  id: 'hire.v1.application.interview.list',
  method: 'GET',
  path: '/open-apis/hire/v1/applications/:application_id/interviews',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ application_id: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_admin_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      }),
    }),
  page: { items: 'items' },
})
