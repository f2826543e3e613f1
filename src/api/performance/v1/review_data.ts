// Generated from catalog/performance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListItem, Name, ReviewerUserId } from './types.ts'

/** Input of {@link queryReviewData}. */
export interface QueryReviewDataInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    start_time: string
    end_time: string
    stage_types: ('leader_review' | 'communication_and_open_result' | 'view_result')[]
    stage_progress?: number[]
    semester_id_list?: string[]
    reviewee_user_id_list: string[]
    updated_later_than?: string
  }
}

/** `data` of a successful {@link queryReviewData} response. */
export interface QueryReviewDataOutput {
  semesters?: ListItem[]
  activities?: { id?: string; name?: Name; semester_id?: string }[]
  indicators?: { id?: string; name?: Name; options?: { id?: string; name?: Name; label?: string }[] }[]
  templates?: { id?: string; name?: Name; stage?: string }[]
  units?: { id?: string; name?: Name }[]
  fields?: { id?: string; name?: Name; indicator_id?: string; parent_field_id?: string }[]
  datas?: {
    user_id?: ReviewerUserId
    semester_id?: string
    activity_id?: string
    stages?: {
      stage_type?: string
      progress?: number
      data?: {
        template_id?: string
        unit_id?: string
        field_id?: string
        reviewer_user_id?: ReviewerUserId
        submit_time?: string
        indicator_id?: string
        option_id?: string
        score?: string
        text?: string
        perf_coefficient_result?: string
        richtext?: string
      }[]
    }[]
  }[]
}

/**
 * `performance.v1.review_data.query`: POST /open-apis/performance/v1/review_datas/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=review_data&version=v1
 */
export const queryReviewData = /*#__PURE__*/ endpoint<QueryReviewDataInput, QueryReviewDataOutput>({
  id: 'performance.v1.review_data.query',
  method: 'POST',
  path: '/open-apis/performance/v1/review_datas/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        start_time: string(),
        end_time: string(),
        stage_types: array(picklist(['leader_review', 'communication_and_open_result', 'view_result'])),
        stage_progress: optional(array(number())),
        semester_id_list: optional(array(string())),
        reviewee_user_id_list: array(string()),
        updated_later_than: optional(string()),
      }),
    }),
})
