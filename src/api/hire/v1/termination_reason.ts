// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link listTerminationReason}. */
export interface ListTerminationReasonInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listTerminationReason} response. */
export interface ListTerminationReasonOutput {
  items?: {
    id?: string
    name?: Name
    referral_name?: Name
    termination_type?: number
    is_used_as_evaluation?: boolean
    active_status?: number
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.termination_reason.list`: GET /open-apis/hire/v1/termination_reasons (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=termination_reason&version=v1
 */
export const listTerminationReason = /*#__PURE__*/ endpoint<ListTerminationReasonInput, ListTerminationReasonOutput, true>({
  id: 'hire.v1.termination_reason.list',
  method: 'GET',
  path: '/open-apis/hire/v1/termination_reasons',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})
