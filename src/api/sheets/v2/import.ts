// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createImport}. */
export interface CreateImportInput {
  body: { file: number[]; name: string; folderToken?: string }
}

/** `data` of a successful {@link createImport} response. */
export interface CreateImportOutput {
  ticket?: string
}

/**
 * `sheets.v2.import.create`: POST /open-apis/sheets/v2/import (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/sheets/sheet-operation/import-spreadsheet
 */
export const createImport = /*#__PURE__*/ endpoint<CreateImportInput, CreateImportOutput>({
  id: 'sheets.v2.import.create',
  method: 'POST',
  path: '/open-apis/sheets/v2/import',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ file: array(number()), name: string(), folderToken: optional(string()) }) }),
})
