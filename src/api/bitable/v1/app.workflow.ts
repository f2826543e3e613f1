// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link listAppWorkflow}. */
export interface ListAppWorkflowInput {
  path: { app_token: string }
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listAppWorkflow} response. */
export interface ListAppWorkflowOutput {
  workflows: { workflow_id: string; status?: string; title?: string }[]
}

/**
 * `bitable.v1.app.workflow.list`: GET /open-apis/bitable/v1/apps/:app_token/workflows (tenant or user token).
 *
 * Paginated over `workflows`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.workflow&version=v1
 */
export const listAppWorkflow = /*#__PURE__*/ endpoint<ListAppWorkflowInput, ListAppWorkflowOutput, true>({
  id: 'bitable.v1.app.workflow.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/workflows',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
    }),
  page: { items: 'workflows' },
})

/** Input of {@link updateAppWorkflow}. */
export interface UpdateAppWorkflowInput {
  path: { app_token: string; workflow_id: string }
  body: { status: string }
}

/** `data` of a successful {@link updateAppWorkflow} response. */
export type UpdateAppWorkflowOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.workflow.update`: PUT /open-apis/bitable/v1/apps/:app_token/workflows/:workflow_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=bitable&resource=app.workflow&version=v1
 */
export const updateAppWorkflow = /*#__PURE__*/ endpoint<UpdateAppWorkflowInput, UpdateAppWorkflowOutput>({
  id: 'bitable.v1.app.workflow.update',
  method: 'PUT',
  path: '/open-apis/bitable/v1/apps/:app_token/workflows/:workflow_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), workflow_id: string() }),
      body: looseObject({ status: string() }),
    }),
})
