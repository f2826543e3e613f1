// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link updateProcessExtra}. */
export interface UpdateProcessExtraInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    operator?: string
    node_id?: string
    approver_id?: string
    extra_type: number
    approval_type?: number
    extra_user_ids: string[]
    remark?: string
    system_user?: boolean
  }
}

/** `data` of a successful {@link updateProcessExtra} response. */
export type UpdateProcessExtraOutput = { [key: string]: unknown }

/**
 * `corehr.v2.process.extra.update`: PUT /open-apis/corehr/v2/processes/:process_id/extra (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=corehr&resource=process.extra&version=v2
 */
export const updateProcessExtra = /*#__PURE__*/ endpoint<UpdateProcessExtraInput, UpdateProcessExtraOutput>({
  id: 'corehr.v2.process.extra.update',
  method: 'PUT',
  path: '/open-apis/corehr/v2/processes/:process_id/extra',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        operator: optional(string()),
        node_id: optional(string()),
        approver_id: optional(string()),
        extra_type: number(),
        approval_type: optional(number()),
        extra_user_ids: array(string()),
        remark: optional(string()),
        system_user: optional(boolean()),
      }),
    }),
})
