// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreatedBy } from './types.ts'

/** Input of {@link enumWorkspaceEnumGet}. */
export interface EnumWorkspaceEnumGetInput {
  path: { workspace_id: string; enum_name: string }
}

/** `data` of a successful {@link enumWorkspaceEnumGet} response. */
export interface EnumWorkspaceEnumGetOutput {
  name: string
  description: string
  options: string[]
  created_at: string
  created_by: CreatedBy
}

/**
 * `apaas.v1.workspace.enum.enum_get`: GET /open-apis/apaas/v1/workspaces/:workspace_id/enums/:enum_name (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=enum_get&project=apaas&resource=workspace.enum&version=v1
 */
export const enumWorkspaceEnumGet = /*#__PURE__*/ endpoint<EnumWorkspaceEnumGetInput, EnumWorkspaceEnumGetOutput>({
  id: 'apaas.v1.workspace.enum.enum_get',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/enums/:enum_name',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ workspace_id: string(), enum_name: string() }) }),
})

/** Input of {@link listWorkspaceEnum}. */
export interface ListWorkspaceEnumInput {
  path: { workspace_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listWorkspaceEnum} response. */
export interface ListWorkspaceEnumOutput {
  has_more: boolean
  page_token: string
  items: { name: string; description: string; options: string[]; created_at: number; created_by?: CreatedBy }[]
}

/**
 * `apaas.v1.workspace.enum.list`: GET /open-apis/apaas/v1/workspaces/:workspace_id/enums (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=apaas&resource=workspace.enum&version=v1
 */
export const listWorkspaceEnum = /*#__PURE__*/ endpoint<ListWorkspaceEnumInput, ListWorkspaceEnumOutput, true>({
  id: 'apaas.v1.workspace.enum.list',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/enums',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})
