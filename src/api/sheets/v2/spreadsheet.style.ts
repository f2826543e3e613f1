// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'
import { AppendStyleStyleSchema } from './models.ts'
import type { AppendStyleStyle, BatchUpdateResponse, Updates } from './types.ts'

/** Input of {@link batchUpdateSpreadsheetStyle}. */
export interface BatchUpdateSpreadsheetStyleInput {
  path: { spreadsheet_token: string }
  body: { data: { ranges: string[]; style: AppendStyleStyle }[] }
}

/** `data` of a successful {@link batchUpdateSpreadsheetStyle} response. */
export interface BatchUpdateSpreadsheetStyleOutput {
  spreadsheetToken?: string
  totalUpdatedRows?: number
  totalUpdatedColumns?: number
  totalUpdatedCells?: number
  revision?: number
  responses?: BatchUpdateResponse[]
}

/**
 * `sheets.v2.spreadsheet.style.batch_update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/styles_batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/batch-set-cell-style
 */
export const batchUpdateSpreadsheetStyle = /*#__PURE__*/ endpoint<BatchUpdateSpreadsheetStyleInput, BatchUpdateSpreadsheetStyleOutput>({
  id: 'sheets.v2.spreadsheet.style.batch_update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/styles_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ data: array(looseObject({ ranges: array(string()), style: AppendStyleStyleSchema() })) }),
    }),
})

/** Input of {@link updateSpreadsheetStyle}. */
export interface UpdateSpreadsheetStyleInput {
  path: { spreadsheet_token: string }
  body: { appendStyle: { range: string; style: AppendStyleStyle } }
}

/** `data` of a successful {@link updateSpreadsheetStyle} response. */
export interface UpdateSpreadsheetStyleOutput {
  updates?: Updates
}

/**
 * `sheets.v2.spreadsheet.style.update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/style (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/set-cell-style
 */
export const updateSpreadsheetStyle = /*#__PURE__*/ endpoint<UpdateSpreadsheetStyleInput, UpdateSpreadsheetStyleOutput>({
  id: 'sheets.v2.spreadsheet.style.update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/style',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ appendStyle: looseObject({ range: string(), style: AppendStyleStyleSchema() }) }),
    }),
})
