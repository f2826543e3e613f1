// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import { CreateConditionSchema } from './models.ts'
import type { CreateCondition } from './types.ts'

/** Input of {@link createSpreadsheetSheetFilter}. */
export interface CreateSpreadsheetSheetFilterInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body: { range: string; col: string; condition: CreateCondition }
}

/** `data` of a successful {@link createSpreadsheetSheetFilter} response. */
export type CreateSpreadsheetSheetFilterOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.filter.create`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=sheets&resource=spreadsheet.sheet.filter&version=v3
 */
export const createSpreadsheetSheetFilter = /*#__PURE__*/ endpoint<CreateSpreadsheetSheetFilterInput, CreateSpreadsheetSheetFilterOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter.create',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: looseObject({ range: string(), col: string(), condition: CreateConditionSchema() }),
    }),
})

/** Input of {@link deleteSpreadsheetSheetFilter}. */
export interface DeleteSpreadsheetSheetFilterInput {
  path: { spreadsheet_token: string; sheet_id: string }
}

/** `data` of a successful {@link deleteSpreadsheetSheetFilter} response. */
export type DeleteSpreadsheetSheetFilterOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.filter.delete`: DELETE /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=sheets&resource=spreadsheet.sheet.filter&version=v3
 */
export const deleteSpreadsheetSheetFilter = /*#__PURE__*/ endpoint<DeleteSpreadsheetSheetFilterInput, DeleteSpreadsheetSheetFilterOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string() }) }),
})

/** Input of {@link getSpreadsheetSheetFilter}. */
export interface GetSpreadsheetSheetFilterInput {
  path: { spreadsheet_token: string; sheet_id: string }
}

/** `data` of a successful {@link getSpreadsheetSheetFilter} response. */
export interface GetSpreadsheetSheetFilterOutput {
  sheet_filter_info?: {
    range: string
    filtered_out_rows: number[]
    filter_infos: { col: string; conditions: { filter_type: string; compare_type?: string; expected?: string[] }[] }[]
  }
}

/**
 * `sheets.v3.spreadsheet.sheet.filter.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet.sheet.filter&version=v3
 */
export const getSpreadsheetSheetFilter = /*#__PURE__*/ endpoint<GetSpreadsheetSheetFilterInput, GetSpreadsheetSheetFilterOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string() }) }),
})

/** Input of {@link updateSpreadsheetSheetFilter}. */
export interface UpdateSpreadsheetSheetFilterInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body: { col: string; condition: CreateCondition }
}

/** `data` of a successful {@link updateSpreadsheetSheetFilter} response. */
export type UpdateSpreadsheetSheetFilterOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.filter.update`: PUT /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=sheets&resource=spreadsheet.sheet.filter&version=v3
 */
export const updateSpreadsheetSheetFilter = /*#__PURE__*/ endpoint<UpdateSpreadsheetSheetFilterInput, UpdateSpreadsheetSheetFilterOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter.update',
  method: 'PUT',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: looseObject({ col: string(), condition: CreateConditionSchema() }),
    }),
})
