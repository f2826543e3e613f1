// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, maxLength, number, optional, pipe, string } from '../../../core/valibot.ts'

/** Input of {@link batchUpdateDocument}. */
export interface BatchUpdateDocumentInput {
  path: { doc_token: string }
  body: {
    Revision: number
    /** Max 10 items. */
    Requests: string[]
  }
}

/** `data` of a successful {@link batchUpdateDocument} response. */
export type BatchUpdateDocumentOutput = { [key: string]: unknown }

/**
 * `doc.v2.document.batch_update`: POST /open-apis/doc/v2/:doc_token/batch_update (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `batchUpdateDocumentBlock` from `larkfn/docx/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/docs/docs/docs/content/batch-update-document
 */
export const batchUpdateDocument = /*#__PURE__*/ endpoint<BatchUpdateDocumentInput, BatchUpdateDocumentOutput>({
  id: 'doc.v2.document.batch_update',
  method: 'POST',
  path: '/open-apis/doc/v2/:doc_token/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ doc_token: string() }),
      body: looseObject({ Revision: number(), Requests: pipe(array(string()), maxLength(10)) }),
    }),
})

/** Input of {@link createDocument}. */
export interface CreateDocumentInput {
  body?: { FolderToken?: string; Content?: string }
}

/** `data` of a successful {@link createDocument} response. */
export interface CreateDocumentOutput {
  objToken?: string
  url?: string
}

/**
 * `doc.v2.document.create`: POST /open-apis/doc/v2/create (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createDocument` from `larkfn/docx/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/docs/docs/docs/apiRef/create-document
 */
export const createDocument = /*#__PURE__*/ endpoint<CreateDocumentInput, CreateDocumentOutput>({
  id: 'doc.v2.document.create',
  method: 'POST',
  path: '/open-apis/doc/v2/create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: optional(looseObject({ FolderToken: optional(string()), Content: optional(string()) })) }),
})
