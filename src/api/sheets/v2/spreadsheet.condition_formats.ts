// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AttrSchema, StyleSchema } from './models.ts'
import type { Attr, Response, Style } from './types.ts'

/** Input of {@link batchCreateSpreadsheetConditionFormats}. */
export interface BatchCreateSpreadsheetConditionFormatsInput {
  path: { spreadsheet_token: string }
  body: {
    sheet_condition_formats: {
      sheet_id: string
      condition_format: {
        ranges: string[]
        rule_type:
          | 'containsBlanks'
          | 'notContainsBlanks'
          | 'duplicateValues'
          | 'uniqueValues'
          | 'cellIs'
          | 'containsText'
          | 'timePeriod'
        attrs: Attr[]
        style?: Style
      }
    }[]
  }
}

/** `data` of a successful {@link batchCreateSpreadsheetConditionFormats} response. */
export interface BatchCreateSpreadsheetConditionFormatsOutput {
  responses?: Response[]
}

/**
 * `sheets.v2.spreadsheet.condition_formats.batch_create`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_create (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/conditionformat/condition-format-set
 */
export const batchCreateSpreadsheetConditionFormats = /*#__PURE__*/ endpoint<BatchCreateSpreadsheetConditionFormatsInput, BatchCreateSpreadsheetConditionFormatsOutput>({
  id: 'sheets.v2.spreadsheet.condition_formats.batch_create',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        sheet_condition_formats: array(looseObject({
          sheet_id: string(),
          condition_format: looseObject({
            ranges: array(string()),
            rule_type: picklist([
              'containsBlanks',
              'notContainsBlanks',
              'duplicateValues',
              'uniqueValues',
              'cellIs',
              'containsText',
              'timePeriod',
            ]),
            attrs: array(AttrSchema()),
            style: optional(StyleSchema()),
          }),
        })),
      }),
    }),
})

/** Input of {@link batchDeleteSpreadsheetConditionFormats}. */
export interface BatchDeleteSpreadsheetConditionFormatsInput {
  path: { spreadsheet_token: string }
  body: { sheet_cf_ids: { sheet_id: string; cf_id: string }[] }
}

/** `data` of a successful {@link batchDeleteSpreadsheetConditionFormats} response. */
export interface BatchDeleteSpreadsheetConditionFormatsOutput {
  responses?: Response[]
}

/**
 * `sheets.v2.spreadsheet.condition_formats.batch_delete`: DELETE /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_delete (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/conditionformat/condition-format-delete
 */
export const batchDeleteSpreadsheetConditionFormats = /*#__PURE__*/ endpoint<BatchDeleteSpreadsheetConditionFormatsInput, BatchDeleteSpreadsheetConditionFormatsOutput>({
  id: 'sheets.v2.spreadsheet.condition_formats.batch_delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ sheet_cf_ids: array(looseObject({ sheet_id: string(), cf_id: string() })) }),
    }),
})

/** Input of {@link batchUpdateSpreadsheetConditionFormats}. */
export interface BatchUpdateSpreadsheetConditionFormatsInput {
  path: { spreadsheet_token: string }
  body: {
    sheet_condition_formats: {
      sheet_id: string
      condition_format: {
        cf_id: string
        ranges: string[]
        rule_type:
          | 'containsBlanks'
          | 'notContainsBlanks'
          | 'duplicateValues'
          | 'uniqueValues'
          | 'cellIs'
          | 'containsText'
          | 'timePeriod'
        attrs: Attr[]
        style?: Style
      }
    }[]
  }
}

/** `data` of a successful {@link batchUpdateSpreadsheetConditionFormats} response. */
export interface BatchUpdateSpreadsheetConditionFormatsOutput {
  responses?: Response[]
}

/**
 * `sheets.v2.spreadsheet.condition_formats.batch_update`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/conditionformat/condition-format-update
 */
export const batchUpdateSpreadsheetConditionFormats = /*#__PURE__*/ endpoint<BatchUpdateSpreadsheetConditionFormatsInput, BatchUpdateSpreadsheetConditionFormatsOutput>({
  id: 'sheets.v2.spreadsheet.condition_formats.batch_update',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        sheet_condition_formats: array(looseObject({
          sheet_id: string(),
          condition_format: looseObject({
            cf_id: string(),
            ranges: array(string()),
            rule_type: picklist([
              'containsBlanks',
              'notContainsBlanks',
              'duplicateValues',
              'uniqueValues',
              'cellIs',
              'containsText',
              'timePeriod',
            ]),
            attrs: array(AttrSchema()),
            style: optional(StyleSchema()),
          }),
        })),
      }),
    }),
})

/** Input of {@link getSpreadsheetConditionFormats}. */
export interface GetSpreadsheetConditionFormatsInput {
  path: { spreadsheet_token: string }
  query?: { sheet_ids?: string }
}

/** `data` of a successful {@link getSpreadsheetConditionFormats} response. */
export interface GetSpreadsheetConditionFormatsOutput {
  sheet_condition_formats?: {
    sheet_id?: string
    condition_format?: {
      cf_id?: string
      ranges?: string[]
      rule_type?:
        | 'containsBlanks'
        | 'notContainsBlanks'
        | 'duplicateValues'
        | 'uniqueValues'
        | 'cellIs'
        | 'containsText'
        | 'timePeriod'
      attrs?: Attr[]
      style?: Style
    }
  }[]
}

/**
 * `sheets.v2.spreadsheet.condition_formats.get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/conditionformat/condition-format-get
 */
export const getSpreadsheetConditionFormats = /*#__PURE__*/ endpoint<GetSpreadsheetConditionFormatsInput, GetSpreadsheetConditionFormatsOutput>({
  id: 'sheets.v2.spreadsheet.condition_formats.get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/condition_formats',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({ sheet_ids: optional(string()) })),
    }),
})
