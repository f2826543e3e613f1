// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Column } from './types.ts'

/** Input of {@link listWorkspaceTable}. */
export interface ListWorkspaceTableInput {
  path: { workspace_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listWorkspaceTable} response. */
export interface ListWorkspaceTableOutput {
  has_more: boolean
  page_token: string
  items: { name: string; description: string; columns: Column[] }[]
}

/**
 * `apaas.v1.workspace.table.list`: GET /open-apis/apaas/v1/workspaces/:workspace_id/tables (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=apaas&resource=workspace.table&version=v1
 */
export const listWorkspaceTable = /*#__PURE__*/ endpoint<ListWorkspaceTableInput, ListWorkspaceTableOutput, true>({
  id: 'apaas.v1.workspace.table.list',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link recordsWorkspaceTableBatchUpdate}. */
export interface RecordsWorkspaceTableBatchUpdateInput {
  path: { workspace_id: string; table_name: string }
  body: { records: string }
}

/** `data` of a successful {@link recordsWorkspaceTableBatchUpdate} response. */
export interface RecordsWorkspaceTableBatchUpdateOutput {
  record_ids: string[]
}

/**
 * `apaas.v1.workspace.table.records_batch_update`: PATCH /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records_batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=records_batch_update&project=apaas&resource=workspace.table&version=v1
 */
export const recordsWorkspaceTableBatchUpdate = /*#__PURE__*/ endpoint<RecordsWorkspaceTableBatchUpdateInput, RecordsWorkspaceTableBatchUpdateOutput>({
  id: 'apaas.v1.workspace.table.records_batch_update',
  method: 'PATCH',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), table_name: string() }),
      body: looseObject({ records: string() }),
    }),
})

/** Input of {@link recordsWorkspaceTableDelete}. */
export interface RecordsWorkspaceTableDeleteInput {
  path: { workspace_id: string; table_name: string }
  query: { filter: string }
}

/** `data` of a successful {@link recordsWorkspaceTableDelete} response. */
export type RecordsWorkspaceTableDeleteOutput = { [key: string]: unknown }

/**
 * `apaas.v1.workspace.table.records_delete`: DELETE /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=records_delete&project=apaas&resource=workspace.table&version=v1
 */
export const recordsWorkspaceTableDelete = /*#__PURE__*/ endpoint<RecordsWorkspaceTableDeleteInput, RecordsWorkspaceTableDeleteOutput>({
  id: 'apaas.v1.workspace.table.records_delete',
  method: 'DELETE',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), table_name: string() }),
      query: looseObject({ filter: string() }),
    }),
})

/** Input of {@link recordsWorkspaceTableGet}. */
export interface RecordsWorkspaceTableGetInput {
  path: { workspace_id: string; table_name: string }
  query?: { page_size?: number; page_token?: string; select?: string; filter?: string; order?: string }
}

/** `data` of a successful {@link recordsWorkspaceTableGet} response. */
export interface RecordsWorkspaceTableGetOutput {
  has_more: boolean
  page_token: string
  total: number
  items: string
}

/**
 * `apaas.v1.workspace.table.records_get`: GET /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=records_get&project=apaas&resource=workspace.table&version=v1
 */
export const recordsWorkspaceTableGet = /*#__PURE__*/ endpoint<RecordsWorkspaceTableGetInput, RecordsWorkspaceTableGetOutput, true>({
  id: 'apaas.v1.workspace.table.records_get',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), table_name: string() }),
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

/** Input of {@link recordsWorkspaceTablePatch}. */
export interface RecordsWorkspaceTablePatchInput {
  path: { workspace_id: string; table_name: string }
  query: { filter: string }
  body: { record: string }
}

/** `data` of a successful {@link recordsWorkspaceTablePatch} response. */
export interface RecordsWorkspaceTablePatchOutput {
  record_ids: string[]
}

/**
 * `apaas.v1.workspace.table.records_patch`: PATCH /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=records_patch&project=apaas&resource=workspace.table&version=v1
 */
export const recordsWorkspaceTablePatch = /*#__PURE__*/ endpoint<RecordsWorkspaceTablePatchInput, RecordsWorkspaceTablePatchOutput>({
  id: 'apaas.v1.workspace.table.records_patch',
  method: 'PATCH',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), table_name: string() }),
      query: looseObject({ filter: string() }),
      body: looseObject({ record: string() }),
    }),
})

/** Input of {@link recordsWorkspaceTablePost}. */
export interface RecordsWorkspaceTablePostInput {
  path: { workspace_id: string; table_name: string }
  query?: { columns?: string; on_conflict?: string }
  body: { records: string }
}

/** `data` of a successful {@link recordsWorkspaceTablePost} response. */
export interface RecordsWorkspaceTablePostOutput {
  record_ids: string[]
}

/**
 * `apaas.v1.workspace.table.records_post`: POST /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=records_post&project=apaas&resource=workspace.table&version=v1
 */
export const recordsWorkspaceTablePost = /*#__PURE__*/ endpoint<RecordsWorkspaceTablePostInput, RecordsWorkspaceTablePostOutput>({
  id: 'apaas.v1.workspace.table.records_post',
  method: 'POST',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name/records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ workspace_id: string(), table_name: string() }),
      query: optional(looseObject({ columns: optional(string()), on_conflict: optional(string()) })),
      body: looseObject({ records: string() }),
    }),
})

/** Input of {@link tableWorkspaceTableGet}. */
export interface TableWorkspaceTableGetInput {
  path: { workspace_id: string; table_name: string }
}

/** `data` of a successful {@link tableWorkspaceTableGet} response. */
export interface TableWorkspaceTableGetOutput {
  name: string
  description: string
  columns: Column[]
}

/**
 * `apaas.v1.workspace.table.table_get`: GET /open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=table_get&project=apaas&resource=workspace.table&version=v1
 */
export const tableWorkspaceTableGet = /*#__PURE__*/ endpoint<TableWorkspaceTableGetInput, TableWorkspaceTableGetOutput>({
  id: 'apaas.v1.workspace.table.table_get',
  method: 'GET',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/tables/:table_name',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ workspace_id: string(), table_name: string() }) }),
})
