// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, string } from '../../../core/valibot.ts'

/** Input of {@link createSpreadsheetValuesImage}. */
export interface CreateSpreadsheetValuesImageInput {
  path: { spreadsheet_token: string }
  body: { range: string; image: number[]; name: string }
}

/** `data` of a successful {@link createSpreadsheetValuesImage} response. */
export interface CreateSpreadsheetValuesImageOutput {
  spreadsheetToken?: string
  updatedRange?: string
  revision?: number
}

/**
 * `sheets.v2.spreadsheet.values_image.create`: POST /open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_image (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/data-operation/write-images
 */
export const createSpreadsheetValuesImage = /*#__PURE__*/ endpoint<CreateSpreadsheetValuesImageInput, CreateSpreadsheetValuesImageOutput>({
  id: 'sheets.v2.spreadsheet.values_image.create',
  method: 'POST',
  path: '/open-apis/sheets/v2/spreadsheets/:spreadsheet_token/values_image',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ spreadsheet_token: string() }),
      body: looseObject({ range: string(), image: array(number()), name: string() }),
    }),
})
