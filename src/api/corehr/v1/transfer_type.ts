// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryTransferType}. */
export interface QueryTransferTypeInput {
  query?: { active?: boolean; transfer_type_unique_identifier?: string[] }
}

/** `data` of a successful {@link queryTransferType} response. */
export interface QueryTransferTypeOutput {
  items?: {
    transfer_type_unique_identifier?: string
    name?: Name[]
    active?: boolean
    flow_id?: string
    flow_name?: Name[]
    created_time?: string
    updated_time?: string
  }[]
}

/**
 * `corehr.v1.transfer_type.query`: GET /open-apis/corehr/v1/transfer_types/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=transfer_type&version=v1
 */
export const queryTransferType = /*#__PURE__*/ endpoint<QueryTransferTypeInput, QueryTransferTypeOutput>({
  id: 'corehr.v1.transfer_type.query',
  method: 'GET',
  path: '/open-apis/corehr/v1/transfer_types/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        active: optional(boolean()),
        transfer_type_unique_identifier: optional(array(string())),
      })),
    }),
})
