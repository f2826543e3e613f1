// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Data } from './types.ts'

/** Input of {@link queryReviewData}. */
export interface QueryReviewDataInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    semester_ids: string[]
    reviewee_user_ids: string[]
    stage_types?: (
      | 'summarize_key_outputs'
      | 'review'
      | 'communication_and_open_result'
      | 'view_result'
      | 'reconsideration'
      | 'leader_review'
    )[]
    review_stage_roles?: (
      | 'reviewee'
      | 'invited_reviewer'
      | 'solid_line_leader'
      | 'dotted_line_leader'
      | 'secondary_solid_line_leader'
      | 'direct_project_leader'
      | 'custom_review_role'
      | 'metric_reviewer'
    )[]
    stage_ids?: string[]
    need_leader_review_data_source?: boolean
    updated_later_than?: string
    stage_progresses?: number[]
  }
}

/** `data` of a successful {@link queryReviewData} response. */
export interface QueryReviewDataOutput {
  datas?: Data[]
}

/**
 * `performance.v2.review_data.query`: POST /open-apis/performance/v2/review_datas/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=review_data&version=v2
 */
export const queryReviewData = /*#__PURE__*/ endpoint<QueryReviewDataInput, QueryReviewDataOutput>({
  id: 'performance.v2.review_data.query',
  method: 'POST',
  path: '/open-apis/performance/v2/review_datas/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        semester_ids: array(string()),
        reviewee_user_ids: array(string()),
        stage_types: optional(array(picklist([
          'summarize_key_outputs',
          'review',
          'communication_and_open_result',
          'view_result',
          'reconsideration',
          'leader_review',
        ]))),
        review_stage_roles: optional(array(picklist([
          'reviewee',
          'invited_reviewer',
          'solid_line_leader',
          'dotted_line_leader',
          'secondary_solid_line_leader',
          'direct_project_leader',
          'custom_review_role',
          'metric_reviewer',
        ]))),
        stage_ids: optional(array(string())),
        need_leader_review_data_source: optional(boolean()),
        updated_later_than: optional(string()),
        stage_progresses: optional(array(number())),
      }),
    }),
})
