// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryQuestion}. */
export interface QueryQuestionInput {
  query?: { page_token?: string; page_size?: number }
  body?: { tag_based_question_ids?: string[] }
}

/** `data` of a successful {@link queryQuestion} response. */
export interface QueryQuestionOutput {
  tag_based_questions?: { question_id: string; name?: Name; tag_items?: { id: string; name?: Name }[] }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.question.query`: POST /open-apis/performance/v2/questions/query (tenant token).
 *
 * Paginated over `tag_based_questions`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=question&version=v2
 */
export const queryQuestion = /*#__PURE__*/ endpoint<QueryQuestionInput, QueryQuestionOutput, true>({
  id: 'performance.v2.question.query',
  method: 'POST',
  path: '/open-apis/performance/v2/questions/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: optional(looseObject({ tag_based_question_ids: optional(array(string())) })),
    }),
  page: { items: 'tag_based_questions' },
})
