// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { ProtectedRangeDimension } from './types.ts'

/** Input of {@link getSpreadsheetMetainfo}. */
export interface GetSpreadsheetMetainfoInput {
  path: { spreadsheet_token: string }
  query?: { extFields?: 'protectedRange'; user_id_type?: 'open_id' | 'union_id' }
}

/** `data` of a successful {@link getSpreadsheetMetainfo} response. */
export interface GetSpreadsheetMetainfoOutput {
  spreadsheetToken?: string
  properties?: { title?: string; ownerUser?: number; ownerUserID?: string; sheetCount?: number; revision?: number }
  sheets?: {
    sheetId?: string
    title?: string
    index?: number
    rowCount?: number
    columnCount?: number
    frozenRowCount?: number
    frozenColCount?: number
    merges?: { startRowIndex?: number; startColumnIndex?: number; rowCount?: number; columnCount?: number }[]
    protectedRange?: { dimension?: ProtectedRangeDimension; protectId?: string; lockInfo?: string; sheetId?: string }[]
    blockInfo?: { blockToken?: string; blockType?: string }
  }[]
}

/**
 * `sheets.v2.spreadsheet.metainfo.get`: GET /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/metainfo (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/sheets/obtain-spreadsheet-metadata
 */
export const getSpreadsheetMetainfo = /*#__PURE__*/ endpoint<GetSpreadsheetMetainfoInput, GetSpreadsheetMetainfoOutput>({
  id: 'sheets.v2.spreadsheet.metainfo.get',
  method: 'GET',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/metainfo',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      query: optional(looseObject({
        extFields: optional(picklist(['protectedRange'])),
        user_id_type: optional(picklist(['open_id', 'union_id'])),
      })),
    }),
})
