// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { InterviewFeedbackFormListItem } from './types.ts'

/** Input of {@link listInterviewFeedbackForm}. */
export interface ListInterviewFeedbackFormInput {
  query?: { interview_feedback_form_ids?: string[]; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listInterviewFeedbackForm} response. */
export interface ListInterviewFeedbackFormOutput {
  items?: InterviewFeedbackFormListItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.interview_feedback_form.list`: GET /open-apis/hire/v1/interview_feedback_forms (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interview_feedback_form&version=v1
 */
export const listInterviewFeedbackForm = /*#__PURE__*/ endpoint<ListInterviewFeedbackFormInput, ListInterviewFeedbackFormOutput, true>({
  id: 'hire.v1.interview_feedback_form.list',
  method: 'GET',
  path: '/open-apis/hire/v1/interview_feedback_forms',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        interview_feedback_form_ids: optional(array(string())),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
