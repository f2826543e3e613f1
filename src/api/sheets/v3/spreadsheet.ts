// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createSpreadsheet}. */
export interface CreateSpreadsheetInput {
  body?: { title?: string; folder_token?: string; without_mount?: boolean }
}

/** `data` of a successful {@link createSpreadsheet} response. */
export interface CreateSpreadsheetOutput {
  spreadsheet?: {
    title?: string
    folder_token?: string
    url?: string
    spreadsheet_token?: string
    without_mount?: boolean
  }
}

/**
 * `sheets.v3.spreadsheet.create`: POST /open-apis/sheets/v3/spreadsheets (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=sheets&resource=spreadsheet&version=v3
 */
export const createSpreadsheet = /*#__PURE__*/ endpoint<CreateSpreadsheetInput, CreateSpreadsheetOutput>({
  id: 'sheets.v3.spreadsheet.create',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        title: optional(string()),
        folder_token: optional(string()),
        without_mount: optional(boolean()),
      })),
    }),
})

/** Input of {@link getSpreadsheet}. */
export interface GetSpreadsheetInput {
  path: { spreadsheet_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getSpreadsheet} response. */
export interface GetSpreadsheetOutput {
  spreadsheet?: { title?: string; owner_id?: string; token?: string; url?: string }
}

/**
 * `sheets.v3.spreadsheet.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet&version=v3
 */
export const getSpreadsheet = /*#__PURE__*/ endpoint<GetSpreadsheetInput, GetSpreadsheetOutput>({
  id: 'sheets.v3.spreadsheet.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link patchSpreadsheet}. */
export interface PatchSpreadsheetInput {
  path: { spreadsheet_token: string }
  body?: { title?: string }
}

/** `data` of a successful {@link patchSpreadsheet} response. */
export type PatchSpreadsheetOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.patch`: PATCH /open-apis/sheets/v3/spreadsheets/:spreadsheet_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=sheets&resource=spreadsheet&version=v3
 */
export const patchSpreadsheet = /*#__PURE__*/ endpoint<PatchSpreadsheetInput, PatchSpreadsheetOutput>({
  id: 'sheets.v3.spreadsheet.patch',
  method: 'PATCH',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: optional(looseObject({ title: optional(string()) })),
    }),
})
