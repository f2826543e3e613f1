// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getDocumentRawContent}. */
export interface GetDocumentRawContentInput {
  path: { doc_token: string }
}

/** `data` of a successful {@link getDocumentRawContent} response. */
export interface GetDocumentRawContentOutput {
  content?: string
}

/**
 * `doc.v2.document.raw_content.get`: GET /open-apis/doc/v2/:doc_token/raw_content (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `rawDocumentContent` from `larkfn/docx/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/docs/docs/docs/content/obtain-document-content
 */
export const getDocumentRawContent = /*#__PURE__*/ endpoint<GetDocumentRawContentInput, GetDocumentRawContentOutput>({
  id: 'doc.v2.document.raw_content.get',
  method: 'GET',
  path: '/open-apis/doc/v2/:doc_token/raw_content',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ doc_token: string() }) }),
})
