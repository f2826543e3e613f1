// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryTransferReason}. */
export interface QueryTransferReasonInput {
  query?: { active?: boolean; transfer_reason_unique_identifier?: string[] }
}

/** `data` of a successful {@link queryTransferReason} response. */
export interface QueryTransferReasonOutput {
  items?: {
    transfer_reason_unique_identifier?: string
    name?: Name[]
    active?: boolean
    parent_transfer_reason_unique_identifier?: string
    created_time?: string
    updated_time?: string
  }[]
}

/**
 * `corehr.v1.transfer_reason.query`: GET /open-apis/corehr/v1/transfer_reasons/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=transfer_reason&version=v1
 */
export const queryTransferReason = /*#__PURE__*/ endpoint<QueryTransferReasonInput, QueryTransferReasonOutput>({
  id: 'corehr.v1.transfer_reason.query',
  method: 'GET',
  path: '/open-apis/corehr/v1/transfer_reasons/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        active: optional(boolean()),
        transfer_reason_unique_identifier: optional(array(string())),
      })),
    }),
})
