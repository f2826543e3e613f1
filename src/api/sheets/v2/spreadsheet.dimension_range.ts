// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { DimensionSchema } from './models.ts'
import type { Dimension } from './types.ts'

/** Input of {@link createSpreadsheetDimensionRange}. */
export interface CreateSpreadsheetDimensionRangeInput {
  path: { spreadsheet_token: string }
  body: { dimension: { sheetId: string; majorDimension: 'ROWS' | 'COLUMNS'; length: number } }
}

/** `data` of a successful {@link createSpreadsheetDimensionRange} response. */
export interface CreateSpreadsheetDimensionRangeOutput {
  addCount?: number
  majorDimension?: 'ROWS' | 'COLUMNS'
}

/**
 * `sheets.v2.spreadsheet.dimension_range.create`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/sheet-rowcol/add-rows-or-columns
 */
export const createSpreadsheetDimensionRange = /*#__PURE__*/ endpoint<CreateSpreadsheetDimensionRangeInput, CreateSpreadsheetDimensionRangeOutput>({
  id: 'sheets.v2.spreadsheet.dimension_range.create',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        dimension: looseObject({ sheetId: string(), majorDimension: picklist(['ROWS', 'COLUMNS']), length: number() }),
      }),
    }),
})

/** Input of {@link deleteSpreadsheetDimensionRange}. */
export interface DeleteSpreadsheetDimensionRangeInput {
  path: { spreadsheet_token: string }
  body: { dimension: Dimension }
}

/** `data` of a successful {@link deleteSpreadsheetDimensionRange} response. */
export interface DeleteSpreadsheetDimensionRangeOutput {
  delCount?: number
  majorDimension?: 'ROWS' | 'COLUMNS'
}

/**
 * `sheets.v2.spreadsheet.dimension_range.delete`: DELETE /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/sheet-rowcol/-delete-rows-or-columns
 */
export const deleteSpreadsheetDimensionRange = /*#__PURE__*/ endpoint<DeleteSpreadsheetDimensionRangeInput, DeleteSpreadsheetDimensionRangeOutput>({
  id: 'sheets.v2.spreadsheet.dimension_range.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ dimension: DimensionSchema() }),
    }),
})

/** Input of {@link insertSpreadsheetDimensionRange}. */
export interface InsertSpreadsheetDimensionRangeInput {
  path: { spreadsheet_token: string }
  body: { dimension: Dimension; inheritStyle?: 'BEFORE' | 'AFTER' }
}

/** `data` of a successful {@link insertSpreadsheetDimensionRange} response. */
export type InsertSpreadsheetDimensionRangeOutput = { [key: string]: unknown }

/**
 * `sheets.v2.spreadsheet.dimension_range.insert`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/insert_dimension_range (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/sheet-rowcol/insert-rows-or-columns
 */
export const insertSpreadsheetDimensionRange = /*#__PURE__*/ endpoint<InsertSpreadsheetDimensionRangeInput, InsertSpreadsheetDimensionRangeOutput>({
  id: 'sheets.v2.spreadsheet.dimension_range.insert',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/insert_dimension_range',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ dimension: DimensionSchema(), inheritStyle: optional(picklist(['BEFORE', 'AFTER'])) }),
    }),
})

/** Input of {@link updateSpreadsheetDimensionRange}. */
export interface UpdateSpreadsheetDimensionRangeInput {
  path: { spreadsheet_token: string }
  body: { dimension: Dimension; dimensionProperties: { visible?: boolean; fixedSize?: number } }
}

/** `data` of a successful {@link updateSpreadsheetDimensionRange} response. */
export type UpdateSpreadsheetDimensionRangeOutput = { [key: string]: unknown }

/**
 * `sheets.v2.spreadsheet.dimension_range.update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/sheet-rowcol/update-rows-or-columns
 */
export const updateSpreadsheetDimensionRange = /*#__PURE__*/ endpoint<UpdateSpreadsheetDimensionRangeInput, UpdateSpreadsheetDimensionRangeOutput>({
  id: 'sheets.v2.spreadsheet.dimension_range.update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/dimension_range',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        dimension: DimensionSchema(),
        dimensionProperties: looseObject({ visible: optional(boolean()), fixedSize: optional(number()) }),
      }),
    }),
})
