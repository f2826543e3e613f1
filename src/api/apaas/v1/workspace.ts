// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link sqlWorkspaceCommands}. */
export interface SqlWorkspaceCommandsInput {
  path: { workspace_id: string }
  body: { sql: string }
}

/** `data` of a successful {@link sqlWorkspaceCommands} response. */
export interface SqlWorkspaceCommandsOutput {
  result: string
}

/**
 * `apaas.v1.workspace.sql_commands`: POST /open-apis/apaas/v1/workspaces/:workspace_id/sql_commands (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=sql_commands&project=apaas&resource=workspace&version=v1
 */
export const sqlWorkspaceCommands = /*#__PURE__*/ endpoint<SqlWorkspaceCommandsInput, SqlWorkspaceCommandsOutput>({
  id: 'apaas.v1.workspace.sql_commands',
  method: 'POST',
  path: '/open-apis/apaas/v1/workspaces/:workspace_id/sql_commands',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ workspace_id: string() }), body: looseObject({ sql: string() }) }),
})
