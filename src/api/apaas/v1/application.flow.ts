// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link executeApplicationFlow}. */
export interface ExecuteApplicationFlowInput {
  path: { namespace: string; flow_id: string }
  body: { is_async?: boolean; idempotent_key?: string; loop_masks?: string[]; params?: string; operator: string }
}

/** `data` of a successful {@link executeApplicationFlow} response. */
export interface ExecuteApplicationFlowOutput {
  status?: string
  out_params?: string
  execution_id?: string
  error_msg?: string
  code?: string
}

/**
 * `apaas.v1.application.flow.execute`: POST /open-apis/apaas/v1/applications/:namespace/flows/:flow_id/execute (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=execute&project=apaas&resource=application.flow&version=v1
 */
export const executeApplicationFlow = /*#__PURE__*/ endpoint<ExecuteApplicationFlowInput, ExecuteApplicationFlowOutput>({
  id: 'apaas.v1.application.flow.execute',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/flows/:flow_id/execute',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), flow_id: string() }),
      body: looseObject({
        is_async: optional(boolean()),
        idempotent_key: optional(string()),
        loop_masks: optional(array(string())),
        params: optional(string()),
        operator: string(),
      }),
    }),
})
