// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, picklist, string } from '../../../core/valibot.ts'
import { DataValidationSchema } from './models.ts'
import type { DataValidation, Options } from './types.ts'

/** Input of {@link createSpreadsheetDataValidation}. */
export interface CreateSpreadsheetDataValidationInput {
  path: { spreadsheet_token: string }
  body: { range: string; dataValidationType: 'list'; dataValidation: DataValidation }
}

/** `data` of a successful {@link createSpreadsheetDataValidation} response. */
export type CreateSpreadsheetDataValidationOutput = { [key: string]: unknown }

/**
 * `sheets.v2.spreadsheet.data_validation.create`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/datavalidation/set-dropdown
 */
export const createSpreadsheetDataValidation = /*#__PURE__*/ endpoint<CreateSpreadsheetDataValidationInput, CreateSpreadsheetDataValidationOutput>({
  id: 'sheets.v2.spreadsheet.data_validation.create',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        range: string(),
        dataValidationType: picklist(['list']),
        dataValidation: DataValidationSchema(),
      }),
    }),
})

/** Input of {@link deleteSpreadsheetDataValidation}. */
export interface DeleteSpreadsheetDataValidationInput {
  path: { spreadsheet_token: string }
  body: { dataValidationRanges: { range: string }[] }
}

/** `data` of a successful {@link deleteSpreadsheetDataValidation} response. */
export interface DeleteSpreadsheetDataValidationOutput {
  rangeResults?: { range?: string; msg?: string; success?: boolean; updatedCells?: number }[]
}

/**
 * `sheets.v2.spreadsheet.data_validation.delete`: DELETE /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/datavalidation/delete-datavalidation
 */
export const deleteSpreadsheetDataValidation = /*#__PURE__*/ endpoint<DeleteSpreadsheetDataValidationInput, DeleteSpreadsheetDataValidationOutput>({
  id: 'sheets.v2.spreadsheet.data_validation.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ dataValidationRanges: array(looseObject({ range: string() })) }),
    }),
})

/** Input of {@link getSpreadsheetDataValidation}. */
export interface GetSpreadsheetDataValidationInput {
  path: { spreadsheet_token: string }
  query: { range: string; dataValidationType: 'list' }
}

/** `data` of a successful {@link getSpreadsheetDataValidation} response. */
export interface GetSpreadsheetDataValidationOutput {
  spreadsheetToken?: string
  sheetId?: string
  revision?: number
  dataValidations?: { ranges?: string[]; dataValidationType?: string; conditionValues?: string[]; options?: Options }[]
}

/**
 * `sheets.v2.spreadsheet.data_validation.get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/datavalidation/query-datavalidation
 */
export const getSpreadsheetDataValidation = /*#__PURE__*/ endpoint<GetSpreadsheetDataValidationInput, GetSpreadsheetDataValidationOutput>({
  id: 'sheets.v2.spreadsheet.data_validation.get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: looseObject({ range: string(), dataValidationType: picklist(['list']) }),
    }),
})

/** Input of {@link updateSpreadsheetDataValidation}. */
export interface UpdateSpreadsheetDataValidationInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body: { ranges: string[]; dataValidationType: 'list'; dataValidation: DataValidation }
}

/** `data` of a successful {@link updateSpreadsheetDataValidation} response. */
export interface UpdateSpreadsheetDataValidationOutput {
  spreadsheetToken?: string
  sheetId?: string
  dataValidation?: { dataValidationType?: string; conditionValues?: string[]; options?: Options }
}

/**
 * `sheets.v2.spreadsheet.data_validation.update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation/:sheet_id (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/datavalidation/update-datavalidation
 */
export const updateSpreadsheetDataValidation = /*#__PURE__*/ endpoint<UpdateSpreadsheetDataValidationInput, UpdateSpreadsheetDataValidationOutput>({
  id: 'sheets.v2.spreadsheet.data_validation.update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dataValidation/:sheet_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: looseObject({
        ranges: array(string()),
        dataValidationType: picklist(['list']),
        dataValidation: DataValidationSchema(),
      }),
    }),
})
