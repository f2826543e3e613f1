// Generated from catalog/sheets.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { FloatImage } from './types.ts'

/** Input of {@link createSpreadsheetSheetFloatImage}. */
export interface CreateSpreadsheetSheetFloatImageInput {
  path: { spreadsheet_token: string; sheet_id: string }
  body?: {
    float_image_id?: string
    float_image_token?: string
    range?: string
    width?: number
    height?: number
    offset_x?: number
    offset_y?: number
  }
}

/** `data` of a successful {@link createSpreadsheetSheetFloatImage} response. */
export interface CreateSpreadsheetSheetFloatImageOutput {
  float_image?: FloatImage
}

/**
 * `sheets.v3.spreadsheet.sheet.float_image.create`: POST /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=sheets&resource=spreadsheet.sheet.float_image&version=v3
 */
export const createSpreadsheetSheetFloatImage = /*#__PURE__*/ endpoint<CreateSpreadsheetSheetFloatImageInput, CreateSpreadsheetSheetFloatImageOutput>({
  id: 'sheets.v3.spreadsheet.sheet.float_image.create',
  method: 'POST',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string() }),
      body: optional(looseObject({
        float_image_id: optional(string()),
        float_image_token: optional(string()),
        range: optional(string()),
        width: optional(number()),
        height: optional(number()),
        offset_x: optional(number()),
        offset_y: optional(number()),
      })),
    }),
})

/** Input of {@link deleteSpreadsheetSheetFloatImage}. */
export interface DeleteSpreadsheetSheetFloatImageInput {
  path: { spreadsheet_token: string; sheet_id: string; float_image_id: string }
}

/** `data` of a successful {@link deleteSpreadsheetSheetFloatImage} response. */
export type DeleteSpreadsheetSheetFloatImageOutput = { [key: string]: unknown }

/**
 * `sheets.v3.spreadsheet.sheet.float_image.delete`: DELETE /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=sheets&resource=spreadsheet.sheet.float_image&version=v3
 */
export const deleteSpreadsheetSheetFloatImage = /*#__PURE__*/ endpoint<DeleteSpreadsheetSheetFloatImageInput, DeleteSpreadsheetSheetFloatImageOutput>({
  id: 'sheets.v3.spreadsheet.sheet.float_image.delete',
  method: 'DELETE',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string(), float_image_id: string() }) }),
})

/** Input of {@link getSpreadsheetSheetFloatImage}. */
export interface GetSpreadsheetSheetFloatImageInput {
  path: { spreadsheet_token: string; sheet_id: string; float_image_id: string }
}

/** `data` of a successful {@link getSpreadsheetSheetFloatImage} response. */
export interface GetSpreadsheetSheetFloatImageOutput {
  float_image?: FloatImage
}

/**
 * `sheets.v3.spreadsheet.sheet.float_image.get`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=sheets&resource=spreadsheet.sheet.float_image&version=v3
 */
export const getSpreadsheetSheetFloatImage = /*#__PURE__*/ endpoint<GetSpreadsheetSheetFloatImageInput, GetSpreadsheetSheetFloatImageOutput>({
  id: 'sheets.v3.spreadsheet.sheet.float_image.get',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string(), float_image_id: string() }) }),
})

/** Input of {@link patchSpreadsheetSheetFloatImage}. */
export interface PatchSpreadsheetSheetFloatImageInput {
  path: { spreadsheet_token: string; sheet_id: string; float_image_id: string }
  body?: {
    float_image_token?: string
    range?: string
    width?: number
    height?: number
    offset_x?: number
    offset_y?: number
  }
}

/** `data` of a successful {@link patchSpreadsheetSheetFloatImage} response. */
export interface PatchSpreadsheetSheetFloatImageOutput {
  float_image?: FloatImage
}

/**
 * `sheets.v3.spreadsheet.sheet.float_image.patch`: PATCH /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=sheets&resource=spreadsheet.sheet.float_image&version=v3
 */
export const patchSpreadsheetSheetFloatImage = /*#__PURE__*/ endpoint<PatchSpreadsheetSheetFloatImageInput, PatchSpreadsheetSheetFloatImageOutput>({
  id: 'sheets.v3.spreadsheet.sheet.float_image.patch',
  method: 'PATCH',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/:float_image_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string(), sheet_id: string(), float_image_id: string() }),
      body: optional(looseObject({
        float_image_token: optional(string()),
        range: optional(string()),
        width: optional(number()),
        height: optional(number()),
        offset_x: optional(number()),
        offset_y: optional(number()),
      })),
    }),
})

/** Input of {@link querySpreadsheetSheetFloatImage}. */
export interface QuerySpreadsheetSheetFloatImageInput {
  path: { spreadsheet_token: string; sheet_id: string }
}

/** `data` of a successful {@link querySpreadsheetSheetFloatImage} response. */
export interface QuerySpreadsheetSheetFloatImageOutput {
  items?: FloatImage[]
}

/**
 * `sheets.v3.spreadsheet.sheet.float_image.query`: GET /open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=sheets&resource=spreadsheet.sheet.float_image&version=v3
 */
export const querySpreadsheetSheetFloatImage = /*#__PURE__*/ endpoint<QuerySpreadsheetSheetFloatImageInput, QuerySpreadsheetSheetFloatImageOutput>({
  id: 'sheets.v3.spreadsheet.sheet.float_image.query',
  method: 'GET',
  path: '/open-apis/sheets/v3/spreadsheets/:spreadsheet_token/sheets/:sheet_id/float_images/query',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ spreadsheet_token: string(), sheet_id: string() }) }),
})
