// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link deleteFileSpreadsheets}. */
export interface DeleteFileSpreadsheetsInput {
  path: { spreadsheet_token: string }
}

/** `data` of a successful {@link deleteFileSpreadsheets} response. */
export interface DeleteFileSpreadsheetsOutput {
  id?: string
  result?: boolean
}

/**
 * `drive_explorer.v2.file.spreadsheets.delete`: DELETE /open-apis/drive/explorer/v2/file/spreadsheets/:spreadsheet_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `deleteFile` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/file/delete-sheet
 */
export const deleteFileSpreadsheets = /*#__PURE__*/ endpoint<DeleteFileSpreadsheetsInput, DeleteFileSpreadsheetsOutput>({
  id: 'drive_explorer.v2.file.spreadsheets.delete',
  method: 'DELETE',
  path: '/open-apis/drive/explorer/v2/file/spreadsheets/:spreadsheet_token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string() }) }),
})
