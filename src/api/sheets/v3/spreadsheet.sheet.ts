// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import { FindConditionSchema } from './models.ts'
import type { FindCondition, FindResult, Sheet } from './types.ts'

/** Input of {@link findSpreadsheetSheet}. */
export interface FindSpreadsheetSheetInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body: { find_condition: FindCondition; find: string }
}

/** `data` of a successful {@link findSpreadsheetSheet} response. */
export interface FindSpreadsheetSheetOutput {
  find_result?: FindResult
}

/**
 * `sheets.v3.spreadsheet.sheet.find`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/find (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=find&project=sheets&resource=spreadsheet.sheet&version=v3
 */
export const findSpreadsheetSheet = /*#__PURE__*/ endpoint<FindSpreadsheetSheetInput, FindSpreadsheetSheetOutput>({
  id: 'sheets.v3.spreadsheet.sheet.find',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/find',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: looseObject({ find_condition: FindConditionSchema(), find: string() }),
    }),
})

/** Input of {@link getSpreadsheetSheet}. */
export interface GetSpreadsheetSheetInput {
  path: { spreadsheet_token: string; sheet_id: string }
}

/** `data` of a successful {@link getSpreadsheetSheet} response. */
export interface GetSpreadsheetSheetOutput {
  sheet?: Sheet
}

/**
 * `sheets.v3.spreadsheet.sheet.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet.sheet&version=v3
 */
export const getSpreadsheetSheet = /*#__PURE__*/ endpoint<GetSpreadsheetSheetInput, GetSpreadsheetSheetOutput>({
  id: 'sheets.v3.spreadsheet.sheet.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string() }) }),
})

/** Input of {@link moveSpreadsheetSheetDimension}. */
export interface MoveSpreadsheetSheetDimensionInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body?: { source?: { major_dimension?: string; start_index?: number; end_index?: number }; destination_index?: number }
}

/** `data` of a successful {@link moveSpreadsheetSheetDimension} response. */
export type MoveSpreadsheetSheetDimensionOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.move_dimension`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/move_dimension (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=move_dimension&project=sheets&resource=spreadsheet.sheet&version=v3
 */
export const moveSpreadsheetSheetDimension = /*#__PURE__*/ endpoint<MoveSpreadsheetSheetDimensionInput, MoveSpreadsheetSheetDimensionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.move_dimension',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/move_dimension',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: optional(looseObject({
        source: optional(looseObject({
          major_dimension: optional(string()),
          start_index: optional(number()),
          end_index: optional(number()),
        })),
        destination_index: optional(number()),
      })),
    }),
})

/** Input of {@link querySpreadsheetSheet}. */
export interface QuerySpreadsheetSheetInput {
  path: { spreadsheet_token: string }
}

/** `data` of a successful {@link querySpreadsheetSheet} response. */
export interface QuerySpreadsheetSheetOutput {
  sheets?: Sheet[]
}

/**
 * `sheets.v3.spreadsheet.sheet.query`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=sheets&resource=spreadsheet.sheet&version=v3
 */
export const querySpreadsheetSheet = /*#__PURE__*/ endpoint<QuerySpreadsheetSheetInput, QuerySpreadsheetSheetOutput>({
  id: 'sheets.v3.spreadsheet.sheet.query',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/query',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string() }) }),
})

/** Input of {@link replaceSpreadsheetSheet}. */
export interface ReplaceSpreadsheetSheetInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body: { find_condition: FindCondition; find: string; replacement: string }
}

/** `data` of a successful {@link replaceSpreadsheetSheet} response. */
export interface ReplaceSpreadsheetSheetOutput {
  replace_result?: FindResult
}

/**
 * `sheets.v3.spreadsheet.sheet.replace`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/replace (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=replace&project=sheets&resource=spreadsheet.sheet&version=v3
 */
export const replaceSpreadsheetSheet = /*#__PURE__*/ endpoint<ReplaceSpreadsheetSheetInput, ReplaceSpreadsheetSheetOutput>({
  id: 'sheets.v3.spreadsheet.sheet.replace',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/replace',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: looseObject({ find_condition: FindConditionSchema(), find: string(), replacement: string() }),
    }),
})
