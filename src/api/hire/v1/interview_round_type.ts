// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listInterviewRoundType}. */
export interface ListInterviewRoundTypeInput {
  query?: { process_type?: number }
}

/** `data` of a successful {@link listInterviewRoundType} response. */
export interface ListInterviewRoundTypeOutput {
  active_status?: number
  items?: {
    id?: string
    biz_id?: string
    name?: Name
    process_type?: number
    active_status?: number
    interview_assessment_template_info?: { id?: string; biz_id?: string; name?: Name }
  }[]
}

/**
 * `hire.v1.interview_round_type.list`: GET /open-apis/hire/v1/interview_round_types (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=interview_round_type&version=v1
 */
export const listInterviewRoundType = /*#__PURE__*/ endpoint<ListInterviewRoundTypeInput, ListInterviewRoundTypeOutput>({
  id: 'hire.v1.interview_round_type.list',
  method: 'GET',
  path: '/open-apis/hire/v1/interview_round_types',
  tokens: ['tenant'],
  input: () => looseObject({ query: optional(looseObject({ process_type: optional(number()) })) }),
})
