// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getDocumentSheetMeta}. */
export interface GetDocumentSheetMetaInput {
  path: { doc_token: string }
}

/** `data` of a successful {@link getDocumentSheetMeta} response. */
export interface GetDocumentSheetMetaOutput {
  spreadsheetToken?: string
  sheets?: { sheetId?: string; title?: string; index?: number; rowCount?: number; columnCount?: number }[]
}

/**
 * `doc.v2.document.sheet_meta.get`: GET /open-apis/doc/v2/:doc_token/sheet_meta (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `batchQueryMeta` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/document/obtain-sheet-meta-info-in-doc
 */
export const getDocumentSheetMeta = /*#__PURE__*/ endpoint<GetDocumentSheetMetaInput, GetDocumentSheetMetaOutput>({
  id: 'doc.v2.document.sheet_meta.get',
  method: 'GET',
  path: '/open-apis/doc/v2/:doc_token/sheet_meta',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ doc_token: string() }) }),
})
