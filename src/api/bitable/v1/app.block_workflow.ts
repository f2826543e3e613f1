// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link listAppBlockWorkflow}. */
export interface ListAppBlockWorkflowInput {
  path: { app_token: string }
}

/** `data` of a successful {@link listAppBlockWorkflow} response. */
export interface ListAppBlockWorkflowOutput {
  workflows?: { workflow_id?: string; title?: string; status?: 'Enable' | 'Disable' }[]
}

/**
 * `bitable.v1.app.block_workflow.list`: GET /open-apis/bitable/v1/apps/:app_token/block_workflows (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.block_workflow&version=v1
 */
export const listAppBlockWorkflow = /*#__PURE__*/ endpoint<ListAppBlockWorkflowInput, ListAppBlockWorkflowOutput>({
  id: 'bitable.v1.app.block_workflow.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/block_workflows',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string() }) }),
})
