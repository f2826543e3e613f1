// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateProcessWithdraw}. */
export interface UpdateProcessWithdrawInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body?: { user_id?: string; reason?: string; system_user?: boolean }
}

/** `data` of a successful {@link updateProcessWithdraw} response. */
export type UpdateProcessWithdrawOutput = { [key: string]: unknown }

/**
 * `corehr.v2.process_withdraw.update`: PUT /open-apis/corehr/v2/process_withdraw/:process_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=corehr&resource=process_withdraw&version=v2
 */
export const updateProcessWithdraw = /*#__PURE__*/ endpoint<UpdateProcessWithdrawInput, UpdateProcessWithdrawOutput>({
  id: 'corehr.v2.process_withdraw.update',
  method: 'PUT',
  path: '/open-apis/corehr/v2/process_withdraw/:process_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        reason: optional(string()),
        system_user: optional(boolean()),
      })),
    }),
})
