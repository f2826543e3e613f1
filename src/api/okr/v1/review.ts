// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { CycleReview, MentionedUser } from './types.ts'

/** Input of {@link queryReview}. */
export interface QueryReviewInput {
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    user_ids: string[]
    period_ids: string[]
  }
}

/** `data` of a successful {@link queryReview} response. */
export interface QueryReviewOutput {
  review_list?: {
    user_id?: MentionedUser
    review_period_list?: {
      period_id?: string
      cycle_review_list?: CycleReview[]
      progress_report_list?: CycleReview[]
    }[]
  }[]
}

/**
 * `okr.v1.review.query`: GET /open-apis/okr/v1/reviews/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=okr&resource=review&version=v1
 */
export const queryReview = /*#__PURE__*/ endpoint<QueryReviewInput, QueryReviewOutput>({
  id: 'okr.v1.review.query',
  method: 'GET',
  path: '/open-apis/okr/v1/reviews/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        user_ids: array(string()),
        period_ids: array(string()),
      }),
    }),
})
