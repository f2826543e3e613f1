// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link viewsWorkspaceViewGet}. */
export interface ViewsWorkspaceViewGetInput {
  path: { workspace_id: string; view_name: string }
  query?: { page_size?: number; page_token?: string; select?: string; filter?: string; order?: string }
}

/** `data` of a successful {@link viewsWorkspaceViewGet} response. */
export interface ViewsWorkspaceViewGetOutput {
  has_more: boolean
  page_token: string
  total: number
  items: string
}

/**
 * `apaas.v1.workspace.view.views_get`: GET /open-apis/apaas/v1/workspaces/:workspace_id/views/:view_name/records (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=views_get&project=apaas&resource=workspace.view&version=v1
 */
export const viewsWorkspaceViewGet = /*#__PURE__*/ endpoint<ViewsWorkspaceViewGetInput, ViewsWorkspaceViewGetOutput, true>({
  id: 'apaas.v1.workspace.view.views_get',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/views/:view_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), view_name: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        select: optional(string()),
        filter: optional(string()),
        order: optional(string()),
      })),
    }),
  page: { items: null },
})
