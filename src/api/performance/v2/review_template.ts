// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryReviewTemplate}. */
export interface QueryReviewTemplateInput {
  query?: { page_token?: string; page_size?: number }
  body?: { review_template_ids?: string[] }
}

/** `data` of a successful {@link queryReviewTemplate} response. */
export interface QueryReviewTemplateOutput {
  review_templates?: {
    templates?: {
      template_id: string
      name?: Name
      stage_type?: string
      review_stage_role?: string
      review_stage_data_write_mode?: string
    }[]
    units?: {
      unit_id: string
      name?: Name
      fields?: {
        field_id: string
        name?: Name
        indicator_id?: string
        tag_based_question_id?: string
        objective_text_qustion_title?: Name
        keyresult_text_qustion_title?: Name
        parent_field_id?: string
        kpi_template_id?: string
      }[]
    }[]
    review_template_id?: string
    name?: Name
    description?: Name
    status?: string
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.review_template.query`: POST /open-apis/performance/v2/review_templates/query (tenant token).
 *
 * Paginated over `review_templates`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=review_template&version=v2
 */
export const queryReviewTemplate = /*#__PURE__*/ endpoint<QueryReviewTemplateInput, QueryReviewTemplateOutput, true>({
  id: 'performance.v2.review_template.query',
  method: 'POST',
  path: '/open-apis/performance/v2/review_templates/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({ review_template_ids: optional(array(string())) })),
    }),
  page: { items: 'review_templates' },
})
