// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link updateSpreadsheetProperties}. */
export interface UpdateSpreadsheetPropertiesInput {
  path: { spreadsheet_token: string }
  body: { properties: { title: string } }
}

/** `data` of a successful {@link updateSpreadsheetProperties} response. */
export interface UpdateSpreadsheetPropertiesOutput {
  spreadsheetToken?: string
  title?: string
}

/**
 * `sheets.v2.spreadsheet.properties.update`: PUT /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/properties (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/sheets/update-spreadsheet-properties
 */
export const updateSpreadsheetProperties = /*#__PURE__*/ endpoint<UpdateSpreadsheetPropertiesInput, UpdateSpreadsheetPropertiesOutput>({
  id: 'sheets.v2.spreadsheet.properties.update',
  method: 'PUT',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/properties',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ properties: looseObject({ title: string() }) }),
    }),
})
