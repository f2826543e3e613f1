// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ProtectedRangeDimension } from './types.ts'

/** Input of {@link createSpreadsheetProtectedDimension}. */
export interface CreateSpreadsheetProtectedDimensionInput {
  path: { spreadsheet_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' }
  body: {
    addProtectedDimension: {
      dimension: { sheetId: string; majorDimension?: 'ROWS' | 'COLUMNS'; startIndex: number; endIndex: number }
      editors?: number[]
      users?: string[]
      lockInfo?: string
    }[]
  }
}

/** `data` of a successful {@link createSpreadsheetProtectedDimension} response. */
export interface CreateSpreadsheetProtectedDimensionOutput {
  addProtectedDimension?: {
    dimension?: ProtectedRangeDimension
    editors?: number[]
    users?: string[]
    lockInfo?: string
    protectId?: string
  }[]
}

/**
 * `sheets.v2.spreadsheet.protected_dimension.create`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_dimension (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/protect-range/add-locked-cells
 */
export const createSpreadsheetProtectedDimension = /*#__PURE__*/ endpoint<CreateSpreadsheetProtectedDimensionInput, CreateSpreadsheetProtectedDimensionOutput>({
  id: 'sheets.v2.spreadsheet.protected_dimension.create',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/protected_dimension',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id'])) })),
      body: looseObject({
        addProtectedDimension: array(looseObject({
          dimension: looseObject({
            sheetId: string(),
            majorDimension: optional(picklist(['ROWS', 'COLUMNS'])),
            startIndex: number(),
            endIndex: number(),
          }),
          editors: optional(array(number())),
          users: optional(array(string())),
          lockInfo: optional(string()),
        })),
      }),
    }),
})
