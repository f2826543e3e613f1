// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link mergeSpreadsheetCells}. */
export interface MergeSpreadsheetCellsInput {
  path: { spreadsheet_token: string }
  body: { range: string; mergeType: 'MERGE_ALL' | 'MERGE_ROWS' | 'MERGE_COLUMNS' }
}

/** `data` of a successful {@link mergeSpreadsheetCells} response. */
export interface MergeSpreadsheetCellsOutput {
  spreadsheetToken?: string
}

/**
 * `sheets.v2.spreadsheet.cells.merge`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/merge_cells (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/merge-cells
 */
export const mergeSpreadsheetCells = /*#__PURE__*/ endpoint<MergeSpreadsheetCellsInput, MergeSpreadsheetCellsOutput>({
  id: 'sheets.v2.spreadsheet.cells.merge',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/merge_cells',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ range: string(), mergeType: picklist(['MERGE_ALL', 'MERGE_ROWS', 'MERGE_COLUMNS']) }),
    }),
})

/** Input of {@link unmergeSpreadsheetCells}. */
export interface UnmergeSpreadsheetCellsInput {
  path: { spreadsheet_token: string }
  body: { range: string }
}

/** `data` of a successful {@link unmergeSpreadsheetCells} response. */
export interface UnmergeSpreadsheetCellsOutput {
  spreadsheetToken?: string
}

/**
 * `sheets.v2.spreadsheet.cells.unmerge`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/unmerge_cells (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/split-cells
 */
export const unmergeSpreadsheetCells = /*#__PURE__*/ endpoint<UnmergeSpreadsheetCellsInput, UnmergeSpreadsheetCellsOutput>({
  id: 'sheets.v2.spreadsheet.cells.unmerge',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/unmerge_cells',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string() }), body: looseObject({ range: string() }) }),
})
