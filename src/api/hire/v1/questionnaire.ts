// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listQuestionnaire}. */
export interface ListQuestionnaireInput {
  query?: {
    page_token?: string
    page_size?: number
    application_id?: string
    interview_id?: string
    update_start_time?: string
    update_end_time?: string
  }
}

/** `data` of a successful {@link listQuestionnaire} response. */
export interface ListQuestionnaireOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    questionnaire_id?: string
    application_id?: string
    interview_id?: string
    version?: number
    questions?: {
      question_id?: string
      question_name?: string
      question_en_name?: string
      question_desc?: string
      question_en_desc?: string
      question_type?: number
      is_required?: boolean
      select_option_result_list?: {
        option_id?: string
        option_name?: string
        option_en_name?: string
        option_desc?: string
        option_en_desc?: string
        is_selected?: boolean
      }[]
      five_start_scoring_result?: {
        highest_score_desc?: string
        highest_score_en_desc?: string
        lowest_score_desc?: string
        lowest_score_en_desc?: string
        score_result?: number
      }
      description_result?: string
    }[]
    has_answers?: boolean
    update_time?: string
  }[]
}

/**
 * `hire.v1.questionnaire.list`: GET /open-apis/hire/v1/questionnaires (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=questionnaire&version=v1
 */
export const listQuestionnaire = /*#__PURE__*/ endpoint<ListQuestionnaireInput, ListQuestionnaireOutput, true>({
  id: 'hire.v1.questionnaire.list',
  method: 'GET',
  path: '/open-apis/hire/v1/questionnaires',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        application_id: optional(string()),
        interview_id: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
