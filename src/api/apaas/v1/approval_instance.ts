// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link cancelApprovalInstance}. */
export interface CancelApprovalInstanceInput {
  path: { approval_instance_id: string }
  body: { user_id: string; opinion: string }
}

/** `data` of a successful {@link cancelApprovalInstance} response. */
export type CancelApprovalInstanceOutput = { [key: string]: unknown }

/**
 * `apaas.v1.approval_instance.cancel`: POST /open-apis/apaas/v1/approval_instances/:approval_instance_id/cancel (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel&project=apaas&resource=approval_instance&version=v1
 */
export const cancelApprovalInstance = /*#__PURE__*/ endpoint<CancelApprovalInstanceInput, CancelApprovalInstanceOutput>({
  id: 'apaas.v1.approval_instance.cancel',
  method: 'POST',
  path: '/open-apis/apaas/v1/approval_instances/:approval_instance_id/cancel',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ approval_instance_id: string() }),
      body: looseObject({ user_id: string(), opinion: string() }),
    }),
})
