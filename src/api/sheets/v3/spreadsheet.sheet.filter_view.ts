// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { FilterView } from './types.ts'

/** Input of {@link createSpreadsheetSheetFilterView}. */
export interface CreateSpreadsheetSheetFilterViewInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body?: { filter_view_id?: string; filter_view_name?: string; range?: string }
}

/** `data` of a successful {@link createSpreadsheetSheetFilterView} response. */
export interface CreateSpreadsheetSheetFilterViewOutput {
  filter_view?: FilterView
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.create`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=sheets&resource=spreadsheet.sheet.filter_view&version=v3
 */
export const createSpreadsheetSheetFilterView = /*#__PURE__*/ endpoint<CreateSpreadsheetSheetFilterViewInput, CreateSpreadsheetSheetFilterViewOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.create',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: optional(looseObject({
        filter_view_id: optional(string()),
        filter_view_name: optional(string()),
        range: optional(string()),
      })),
    }),
})

/** Input of {@link deleteSpreadsheetSheetFilterView}. */
export interface DeleteSpreadsheetSheetFilterViewInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string }
}

/** `data` of a successful {@link deleteSpreadsheetSheetFilterView} response. */
export type DeleteSpreadsheetSheetFilterViewOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.delete`: DELETE /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=sheets&resource=spreadsheet.sheet.filter_view&version=v3
 */
export const deleteSpreadsheetSheetFilterView = /*#__PURE__*/ endpoint<DeleteSpreadsheetSheetFilterViewInput, DeleteSpreadsheetSheetFilterViewOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string(), filter_view_id: string() }) }),
})

/** Input of {@link getSpreadsheetSheetFilterView}. */
export interface GetSpreadsheetSheetFilterViewInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string }
}

/** `data` of a successful {@link getSpreadsheetSheetFilterView} response. */
export interface GetSpreadsheetSheetFilterViewOutput {
  filter_view?: FilterView
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet.sheet.filter_view&version=v3
 */
export const getSpreadsheetSheetFilterView = /*#__PURE__*/ endpoint<GetSpreadsheetSheetFilterViewInput, GetSpreadsheetSheetFilterViewOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string(), filter_view_id: string() }) }),
})

/** Input of {@link patchSpreadsheetSheetFilterView}. */
export interface PatchSpreadsheetSheetFilterViewInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string }
  body?: { filter_view_name?: string; range?: string }
}

/** `data` of a successful {@link patchSpreadsheetSheetFilterView} response. */
export interface PatchSpreadsheetSheetFilterViewOutput {
  filter_view?: FilterView
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.patch`: PATCH /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=sheets&resource=spreadsheet.sheet.filter_view&version=v3
 */
export const patchSpreadsheetSheetFilterView = /*#__PURE__*/ endpoint<PatchSpreadsheetSheetFilterViewInput, PatchSpreadsheetSheetFilterViewOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.patch',
  method: 'PATCH',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string(), filter_view_id: string() }),
      body: optional(looseObject({ filter_view_name: optional(string()), range: optional(string()) })),
    }),
})

/** Input of {@link querySpreadsheetSheetFilterView}. */
export interface QuerySpreadsheetSheetFilterViewInput {
  path: { spreadsheet_token: string; sheet_id: string }
}

/** `data` of a successful {@link querySpreadsheetSheetFilterView} response. */
export interface QuerySpreadsheetSheetFilterViewOutput {
  items?: FilterView[]
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.query`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=sheets&resource=spreadsheet.sheet.filter_view&version=v3
 */
export const querySpreadsheetSheetFilterView = /*#__PURE__*/ endpoint<QuerySpreadsheetSheetFilterViewInput, QuerySpreadsheetSheetFilterViewOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.query',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/query',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string() }) }),
})
