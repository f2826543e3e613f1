// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { ValueRangeSchema } from './models.ts'
import type { BatchGetValueRange, BatchUpdateResponse, Updates, ValueRange } from './types.ts'

/** Input of {@link appendSpreadsheetValues}. */
export interface AppendSpreadsheetValuesInput {
  path: { spreadsheet_token: string }
  query?: { insertDataOption?: 'OVERWRITE' | 'INSERT_ROWS' }
  body: { valueRange: ValueRange }
}

/** `data` of a successful {@link appendSpreadsheetValues} response. */
export interface AppendSpreadsheetValuesOutput {
  spreadsheetToken?: string
  tableRange?: string
  revision?: number
  updates?: Updates
}

/**
 * `sheets.v2.spreadsheet.values.append`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_append (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/append-data
 */
export const appendSpreadsheetValues = /*#__PURE__*/ endpoint<AppendSpreadsheetValuesInput, AppendSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.append',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_append',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({ insertDataOption: optional(picklist(['OVERWRITE', 'INSERT_ROWS'])) })),
      body: looseObject({ valueRange: ValueRangeSchema() }),
    }),
})

/** Input of {@link batchGetSpreadsheetValues}. */
export interface BatchGetSpreadsheetValuesInput {
  path: { spreadsheet_token: string }
  query: {
    ranges: string
    valueRenderOption?: 'ToString' | 'Formula' | 'FormattedValue' | 'UnformattedValue'
    dateTimeRenderOption?: 'FormattedString'
    user_id_type?: 'open_id' | 'union_id'
  }
}

/** `data` of a successful {@link batchGetSpreadsheetValues} response. */
export interface BatchGetSpreadsheetValuesOutput {
  revision?: number
  spreadsheetToken?: string
  totalCells?: number
  valueRanges?: BatchGetValueRange[]
}

/**
 * `sheets.v2.spreadsheet.values.batch_get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_batch_get (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/reading-multiple-ranges
 */
export const batchGetSpreadsheetValues = /*#__PURE__*/ endpoint<BatchGetSpreadsheetValuesInput, BatchGetSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.batch_get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: looseObject({
        ranges: string(),
        valueRenderOption: optional(picklist(['ToString', 'Formula', 'FormattedValue', 'UnformattedValue'])),
        dateTimeRenderOption: optional(picklist(['FormattedString'])),
        user_id_type: optional(picklist(['open_id', 'union_id'])),
      }),
    }),
})

/** Input of {@link batchUpdateSpreadsheetValues}. */
export interface BatchUpdateSpreadsheetValuesInput {
  path: { spreadsheet_token: string }
  body: { valueRanges: ValueRange[] }
}

/** `data` of a successful {@link batchUpdateSpreadsheetValues} response. */
export interface BatchUpdateSpreadsheetValuesOutput {
  responses?: BatchUpdateResponse[]
  revision?: number
  spreadsheetToken?: string
}

/**
 * `sheets.v2.spreadsheet.values.batch_update`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/write-data-to-multiple-ranges
 */
export const batchUpdateSpreadsheetValues = /*#__PURE__*/ endpoint<BatchUpdateSpreadsheetValuesInput, BatchUpdateSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.batch_update',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ valueRanges: array(ValueRangeSchema()) }),
    }),
})

/** Input of {@link getSpreadsheetValues}. */
export interface GetSpreadsheetValuesInput {
  path: { spreadsheet_token: string; range: string }
  query?: {
    valueRenderOption?: 'ToString' | 'Formula' | 'FormattedValue' | 'UnformattedValue'
    dateTimeRenderOption?: 'FormattedString'
    user_id_type?: 'open_id' | 'union_id'
  }
}

/** `data` of a successful {@link getSpreadsheetValues} response. */
export interface GetSpreadsheetValuesOutput {
  revision?: number
  spreadsheetToken?: string
  valueRange?: BatchGetValueRange
}

/**
 * `sheets.v2.spreadsheet.values.get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values/:range (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/reading-a-single-range
 */
export const getSpreadsheetValues = /*#__PURE__*/ endpoint<GetSpreadsheetValuesInput, GetSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values/:range',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), range: string() }),
      query: optional(looseObject({
        valueRenderOption: optional(picklist(['ToString', 'Formula', 'FormattedValue', 'UnformattedValue'])),
        dateTimeRenderOption: optional(picklist(['FormattedString'])),
        user_id_type: optional(picklist(['open_id', 'union_id'])),
      })),
    }),
})

/** Input of {@link prependSpreadsheetValues}. */
export interface PrependSpreadsheetValuesInput {
  path: { spreadsheet_token: string }
  body: { valueRange: ValueRange }
}

/** `data` of a successful {@link prependSpreadsheetValues} response. */
export interface PrependSpreadsheetValuesOutput {
  spreadsheetToken?: string
  tableRange?: string
  revision?: number
  updates?: Updates
}

/**
 * `sheets.v2.spreadsheet.values.prepend`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_prepend (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/prepend-data
 */
export const prependSpreadsheetValues = /*#__PURE__*/ endpoint<PrependSpreadsheetValuesInput, PrependSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.prepend',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_prepend',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ valueRange: ValueRangeSchema() }),
    }),
})

/** Input of {@link updateSpreadsheetValues}. */
export interface UpdateSpreadsheetValuesInput {
  path: { spreadsheet_token: string }
  body: { valueRange: ValueRange }
}

/** `data` of a successful {@link updateSpreadsheetValues} response. */
export interface UpdateSpreadsheetValuesOutput {
  spreadsheetToken?: string
  revision?: number
  updatedRange?: string
  updatedRows?: number
  updatedColumns?: number
  updatedCells?: number
}

/**
 * `sheets.v2.spreadsheet.values.update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/write-data-to-a-single-range
 */
export const updateSpreadsheetValues = /*#__PURE__*/ endpoint<UpdateSpreadsheetValuesInput, UpdateSpreadsheetValuesOutput>({
  id: 'sheets.v2.spreadsheet.values.update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ valueRange: ValueRangeSchema() }),
    }),
})
