// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Properties } from './types.ts'

/** Input of {@link batchUpdateSpreadsheetSheets}. */
export interface BatchUpdateSpreadsheetSheetsInput {
  path: { spreadsheet_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' }
  body: {
    requests: {
      addSheet?: { properties: { title: string; index?: number } }
      copySheet?: { source: { sheetId: string }; destination: { title?: string } }
      deleteSheet?: { sheetId: string }
      updateSheet?: {
        properties: {
          sheetId: string
          title?: string
          index?: number
          hidden?: boolean
          frozenRowCount?: number
          frozenColCount?: number
          protect?: { lock: 'LOCK' | 'UNLOCK'; lockInfo?: string; userIDs?: string[] }
        }
      }
    }[]
  }
}

/** `data` of a successful {@link batchUpdateSpreadsheetSheets} response. */
export interface BatchUpdateSpreadsheetSheetsOutput {
  replies?: {
    addSheet?: { properties?: Properties }
    copySheet?: { properties?: Properties }
    deleteSheet?: { result?: boolean; sheetId?: string }
    updateSheet?: {
      properties?: {
        sheetId?: string
        title?: string
        index?: number
        hidden?: boolean
        frozenRowCount?: number
        frozenColCount?: number
        protect?: { lock?: 'LOCK' | 'UNLOCK'; lockInfo?: string; userIDs?: string[] }
      }
    }
  }[]
}

/**
 * `sheets.v2.spreadsheet.sheets.batch_update`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/sheets_batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/spreadsheet-sheet/update-sheet-properties
 */
export const batchUpdateSpreadsheetSheets = /*#__PURE__*/ endpoint<BatchUpdateSpreadsheetSheetsInput, BatchUpdateSpreadsheetSheetsOutput>({
  id: 'sheets.v2.spreadsheet.sheets.batch_update',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/sheets_batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id'])) })),
      body: looseObject({
        requests: array(looseObject({
          addSheet: optional(looseObject({ properties: looseObject({ title: string(), index: optional(number()) }) })),
          copySheet: optional(looseObject({
            source: looseObject({ sheetId: string() }),
            destination: looseObject({ title: optional(string()) }),
          })),
          deleteSheet: optional(looseObject({ sheetId: string() })),
          updateSheet: optional(looseObject({
            properties: looseObject({
              sheetId: string(),
              title: optional(string()),
              index: optional(number()),
              hidden: optional(boolean()),
              frozenRowCount: optional(number()),
              frozenColCount: optional(number()),
              protect: optional(looseObject({
                lock: picklist(['LOCK', 'UNLOCK']),
                lockInfo: optional(string()),
                userIDs: optional(array(string())),
              })),
            }),
          })),
        })),
      }),
    }),
})
