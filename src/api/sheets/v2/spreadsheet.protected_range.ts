// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { DimensionSchema, EditorsAddEditorSchema } from './models.ts'
import type { AddEditor, Dimension, EditorsAddEditor, ProtectedRangeDimension } from './types.ts'

/** Input of {@link batchDeleteSpreadsheetProtectedRange}. */
export interface BatchDeleteSpreadsheetProtectedRangeInput {
  path: { spreadsheet_token: string }
  body: { protectIds: string[] }
}

/** `data` of a successful {@link batchDeleteSpreadsheetProtectedRange} response. */
export interface BatchDeleteSpreadsheetProtectedRangeOutput {
  delProtectIds?: string[]
}

/**
 * `sheets.v2.spreadsheet.protected_range.batch_delete`: DELETE /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_del (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/protect-range/delete-protection-scopes
 */
export const batchDeleteSpreadsheetProtectedRange = /*#__PURE__*/ endpoint<BatchDeleteSpreadsheetProtectedRangeInput, BatchDeleteSpreadsheetProtectedRangeOutput>({
  id: 'sheets.v2.spreadsheet.protected_range.batch_delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_del',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ protectIds: array(string()) }),
    }),
})

/** Input of {@link batchGetSpreadsheetProtectedRange}. */
export interface BatchGetSpreadsheetProtectedRangeInput {
  path: { spreadsheet_token: string }
  query: { protectIds: string; memberType?: 'userId' | 'openId' | 'unionId' }
}

/** `data` of a successful {@link batchGetSpreadsheetProtectedRange} response. */
export interface BatchGetSpreadsheetProtectedRangeOutput {
  protectedRanges?: {
    protectId?: string
    dimension?: ProtectedRangeDimension
    sheetId?: string
    lockInfo?: string
    editors?: { users?: AddEditor[] }
  }[]
}

/**
 * `sheets.v2.spreadsheet.protected_range.batch_get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_get (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/protect-range/retrieve-protection-scopes
 */
export const batchGetSpreadsheetProtectedRange = /*#__PURE__*/ endpoint<BatchGetSpreadsheetProtectedRangeInput, BatchGetSpreadsheetProtectedRangeOutput>({
  id: 'sheets.v2.spreadsheet.protected_range.batch_get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: looseObject({ protectIds: string(), memberType: optional(picklist(['userId', 'openId', 'unionId'])) }),
    }),
})

/** Input of {@link batchUpdateSpreadsheetProtectedRange}. */
export interface BatchUpdateSpreadsheetProtectedRangeInput {
  path: { spreadsheet_token: string }
  body: {
    requests: {
      protectId: string
      dimension?: Dimension
      editors?: { addEditors?: EditorsAddEditor[]; delEditors?: EditorsAddEditor[] }
      lockInfo?: string
    }[]
  }
}

/** `data` of a successful {@link batchUpdateSpreadsheetProtectedRange} response. */
export interface BatchUpdateSpreadsheetProtectedRangeOutput {
  replies?: {
    protectId?: string
    sheetId?: string
    dimension?: ProtectedRangeDimension
    editors?: { addEditors?: AddEditor[]; delEditors?: AddEditor[] }
    lockInfo?: string
  }[]
}

/**
 * `sheets.v2.spreadsheet.protected_range.batch_update`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/protect-range/modify-protection-scopes
 */
export const batchUpdateSpreadsheetProtectedRange = /*#__PURE__*/ endpoint<BatchUpdateSpreadsheetProtectedRangeInput, BatchUpdateSpreadsheetProtectedRangeOutput>({
  id: 'sheets.v2.spreadsheet.protected_range.batch_update',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_range_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({
        requests: array(looseObject({
          protectId: string(),
          dimension: optional(DimensionSchema()),
          editors: optional(looseObject({
            addEditors: optional(array(EditorsAddEditorSchema())),
            delEditors: optional(array(EditorsAddEditorSchema())),
          })),
          lockInfo: optional(string()),
        })),
      }),
    }),
})
