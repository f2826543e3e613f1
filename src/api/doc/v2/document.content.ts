// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getDocumentContent}. */
export interface GetDocumentContentInput {
  path: { doc_token: string }
}

/** `data` of a successful {@link getDocumentContent} response. */
export interface GetDocumentContentOutput {
  content?: string
  revision?: number
}

/**
 * `doc.v2.document.content.get`: GET /open-apis/doc/v2/:doc_token/content (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `listDocumentBlock` from `larkfn/docx/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/docs/docs/docs/content/get-document
 */
export const getDocumentContent = /*#__PURE__*/ endpoint<GetDocumentContentInput, GetDocumentContentOutput>({
  id: 'doc.v2.document.content.get',
  method: 'GET',
  path: '/open-apis/doc/v2/:doc_token/content',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ doc_token: string() }) }),
})
