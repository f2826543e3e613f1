// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Condition } from './types.ts'

/** Input of {@link createSpreadsheetSheetFilterViewCondition}. */
export interface CreateSpreadsheetSheetFilterViewConditionInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string }
  body?: { condition_id?: string; filter_type?: string; compare_type?: string; expected?: string[] }
}

/** `data` of a successful {@link createSpreadsheetSheetFilterViewCondition} response. */
export interface CreateSpreadsheetSheetFilterViewConditionOutput {
  condition?: Condition
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.condition.create`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=sheets&resource=spreadsheet.sheet.filter_view.condition&version=v3
 */
export const createSpreadsheetSheetFilterViewCondition = /*#__PURE__*/ endpoint<CreateSpreadsheetSheetFilterViewConditionInput, CreateSpreadsheetSheetFilterViewConditionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.condition.create',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string(), filter_view_id: string() }),
      body: optional(looseObject({
        condition_id: optional(string()),
        filter_type: optional(string()),
        compare_type: optional(string()),
        expected: optional(array(string())),
      })),
    }),
})

/** Input of {@link deleteSpreadsheetSheetFilterViewCondition}. */
export interface DeleteSpreadsheetSheetFilterViewConditionInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string; condition_id: string }
}

/** `data` of a successful {@link deleteSpreadsheetSheetFilterViewCondition} response. */
export type DeleteSpreadsheetSheetFilterViewConditionOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.condition.delete`: DELETE /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=sheets&resource=spreadsheet.sheet.filter_view.condition&version=v3
 */
export const deleteSpreadsheetSheetFilterViewCondition = /*#__PURE__*/ endpoint<DeleteSpreadsheetSheetFilterViewConditionInput, DeleteSpreadsheetSheetFilterViewConditionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.condition.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({
        spreadsheet_token: string(),
        sheet_id: string(),
        filter_view_id: string(),
        condition_id: string(),
      }),
    }),
})

/** Input of {@link getSpreadsheetSheetFilterViewCondition}. */
export interface GetSpreadsheetSheetFilterViewConditionInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string; condition_id: string }
}

/** `data` of a successful {@link getSpreadsheetSheetFilterViewCondition} response. */
export interface GetSpreadsheetSheetFilterViewConditionOutput {
  condition?: Condition
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.condition.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet.sheet.filter_view.condition&version=v3
 */
export const getSpreadsheetSheetFilterViewCondition = /*#__PURE__*/ endpoint<GetSpreadsheetSheetFilterViewConditionInput, GetSpreadsheetSheetFilterViewConditionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.condition.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({
        spreadsheet_token: string(),
        sheet_id: string(),
        filter_view_id: string(),
        condition_id: string(),
      }),
    }),
})

/** Input of {@link querySpreadsheetSheetFilterViewCondition}. */
export interface QuerySpreadsheetSheetFilterViewConditionInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string }
}

/** `data` of a successful {@link querySpreadsheetSheetFilterViewCondition} response. */
export interface QuerySpreadsheetSheetFilterViewConditionOutput {
  items?: Condition[]
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.condition.query`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=sheets&resource=spreadsheet.sheet.filter_view.condition&version=v3
 */
export const querySpreadsheetSheetFilterViewCondition = /*#__PURE__*/ endpoint<QuerySpreadsheetSheetFilterViewConditionInput, QuerySpreadsheetSheetFilterViewConditionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.condition.query',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string(), filter_view_id: string() }) }),
})

/** Input of {@link updateSpreadsheetSheetFilterViewCondition}. */
export interface UpdateSpreadsheetSheetFilterViewConditionInput {
  path: { spreadsheet_token: string; sheet_id: string; filter_view_id: string; condition_id: string }
  body?: { filter_type?: string; compare_type?: string; expected?: string[] }
}

/** `data` of a successful {@link updateSpreadsheetSheetFilterViewCondition} response. */
export interface UpdateSpreadsheetSheetFilterViewConditionOutput {
  condition?: Condition
}

/**
 * `sheets.v3.spreadsheet.sheet.filter_view.condition.update`: PUT /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=sheets&resource=spreadsheet.sheet.filter_view.condition&version=v3
 */
export const updateSpreadsheetSheetFilterViewCondition = /*#__PURE__*/ endpoint<UpdateSpreadsheetSheetFilterViewConditionInput, UpdateSpreadsheetSheetFilterViewConditionOutput>({
  id: 'sheets.v3.spreadsheet.sheet.filter_view.condition.update',
  method: 'PUT',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/filter_views/:filter_view_id/conditions/:condition_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({
        spreadsheet_token: string(),
        sheet_id: string(),
        filter_view_id: string(),
        condition_id: string(),
      }),
      body: optional(looseObject({
        filter_type: optional(string()),
        compare_type: optional(string()),
        expected: optional(array(string())),
      })),
    }),
})
