// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Block, Document } from './types.ts'

/** Input of {@link convertDocument}. */
export interface ConvertDocumentInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { content_type: 'markdown' | 'html'; content: string }
}

/** `data` of a successful {@link convertDocument} response. */
export interface ConvertDocumentOutput {
  first_level_block_ids?: string[]
  blocks?: Block[]
  block_id_to_image_urls?: { block_id: string; image_url: string }[]
}

/**
 * `docx.v1.document.convert`: POST /open-apis/docx/v1/documents/blocks/convert (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=convert&project=docx&resource=document&version=v1
 */
export const convertDocument = /*#__PURE__*/ endpoint<ConvertDocumentInput, ConvertDocumentOutput>({
  id: 'docx.v1.document.convert',
  method: 'POST',
  path: '/open-apis/docx/v1/documents/blocks/convert',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ content_type: picklist(['markdown', 'html']), content: string() }),
    }),
})

/** Input of {@link createDocument}. */
export interface CreateDocumentInput {
  body?: { folder_token?: string; title?: string }
}

/** `data` of a successful {@link createDocument} response. */
export interface CreateDocumentOutput {
  document?: Document
}

/**
 * `docx.v1.document.create`: POST /open-apis/docx/v1/documents (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=docx&resource=document&version=v1
 */
export const createDocument = /*#__PURE__*/ endpoint<CreateDocumentInput, CreateDocumentOutput>({
  id: 'docx.v1.document.create',
  method: 'POST',
  path: '/open-apis/docx/v1/documents',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: optional(looseObject({ folder_token: optional(string()), title: optional(string()) })) }),
})

/** Input of {@link getDocument}. */
export interface GetDocumentInput {
  path: { document_id: string }
}

/** `data` of a successful {@link getDocument} response. */
export interface GetDocumentOutput {
  document?: Document
}

/**
 * `docx.v1.document.get`: GET /open-apis/docx/v1/documents/:document_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=document&version=v1
 */
export const getDocument = /*#__PURE__*/ endpoint<GetDocumentInput, GetDocumentOutput>({
  id: 'docx.v1.document.get',
  method: 'GET',
  path: '/open-apis/docx/v1/documents/:document_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ document_id: string() }) }),
})

/** Input of {@link rawDocumentContent}. */
export interface RawDocumentContentInput {
  path: { document_id: string }
  query?: { lang?: number }
}

/** `data` of a successful {@link rawDocumentContent} response. */
export interface RawDocumentContentOutput {
  content?: string
}

/**
 * `docx.v1.document.raw_content`: GET /open-apis/docx/v1/documents/:document_id/raw_content (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=raw_content&project=docx&resource=document&version=v1
 */
export const rawDocumentContent = /*#__PURE__*/ endpoint<RawDocumentContentInput, RawDocumentContentOutput>({
  id: 'docx.v1.document.raw_content',
  method: 'GET',
  path: '/open-apis/docx/v1/documents/:document_id/raw_content',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string() }),
      query: optional(looseObject({ lang: optional(number()) })),
    }),
})
