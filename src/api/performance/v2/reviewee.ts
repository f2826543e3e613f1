// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldValuePerson } from './types.ts'

/** Input of {@link queryReviewee}. */
export interface QueryRevieweeInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    page_token?: string
    page_size?: number
  }
  body: { semester_id: string; user_ids?: string[]; activity_ids?: string[] }
}

/** `data` of a successful {@link queryReviewee} response. */
export interface QueryRevieweeOutput {
  semester_id?: string
  reviewees?: { reviewee_user_id?: FieldValuePerson; activity_ids?: string[]; reviewprofile_url?: string }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.reviewee.query`: POST /open-apis/performance/v2/reviewees/query (tenant token).
 *
 * Paginated over `reviewees`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=reviewee&version=v2
 */
export const queryReviewee = /*#__PURE__*/ endpoint<QueryRevieweeInput, QueryRevieweeOutput, true>({
  id: 'performance.v2.reviewee.query',
  method: 'POST',
  path: '/open-apis/performance/v2/reviewees/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: looseObject({
        semester_id: string(),
        user_ids: optional(array(string())),
        activity_ids: optional(array(string())),
      }),
    }),
  page: { items: 'reviewees' },
})
