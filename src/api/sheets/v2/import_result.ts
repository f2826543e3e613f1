// Generated from catalog/sheets.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getImportResult}. */
export interface GetImportResultInput {
  query: { ticket: string }
}

/** `data` of a successful {@link getImportResult} response. */
export interface GetImportResultOutput {
  ticket?: string
  url?: string
  warningCode?: number
}

/**
 * `sheets.v2.import_result.get`: GET /open-apis/sheets/v2/import/result (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/sheets/sheet-operation/query-import-results
 */
export const getImportResult = /*#__PURE__*/ endpoint<GetImportResultInput, GetImportResultOutput>({
  id: 'sheets.v2.import_result.get',
  method: 'GET',
  path: '/open-apis/sheets/v2/import/result',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ ticket: string() }) }),
})
