// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateProcessTransfer}. */
export interface UpdateProcessTransferInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { operator?: string; to_user_id: string; approver_ids: string[]; remark?: string; system_user?: boolean }
}

/** `data` of a successful {@link updateProcessTransfer} response. */
export type UpdateProcessTransferOutput = { [key: string]: unknown }

/**
 * `corehr.v2.process.transfer.update`: PUT /open-apis/corehr/v2/processes/:process_id/transfer (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=corehr&resource=process.transfer&version=v2
 */
export const updateProcessTransfer = /*#__PURE__*/ endpoint<UpdateProcessTransferInput, UpdateProcessTransferOutput>({
  id: 'corehr.v2.process.transfer.update',
  method: 'PUT',
  path: '/open-apis/corehr/v2/processes/:process_id/transfer',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        operator: optional(string()),
        to_user_id: string(),
        approver_ids: array(string()),
        remark: optional(string()),
        system_user: optional(boolean()),
      }),
    }),
})
