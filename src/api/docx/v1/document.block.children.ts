// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ChildrenSchema } from './models.ts'
import type { Block, Children, Item } from './types.ts'

/** Input of {@link batchDeleteDocumentBlockChildren}. */
export interface BatchDeleteDocumentBlockChildrenInput {
  path: { document_id: string; block_id: string }
  query?: { document_revision_id?: number; client_token?: string }
  body: { start_index: number; end_index: number }
}

/** `data` of a successful {@link batchDeleteDocumentBlockChildren} response. */
export interface BatchDeleteDocumentBlockChildrenOutput {
  document_revision_id?: number
  client_token: string
}

/**
 * `docx.v1.document.block.children.batch_delete`: DELETE /open-apis/docx/v1/documents/:document_id/blocks/:block_id/children/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=docx&resource=document.block.children&version=v1
 */
export const batchDeleteDocumentBlockChildren = /*#__PURE__*/ endpoint<BatchDeleteDocumentBlockChildrenInput, BatchDeleteDocumentBlockChildrenOutput>({
  id: 'docx.v1.document.block.children.batch_delete',
  method: 'DELETE',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id/children/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({ document_revision_id: optional(number()), client_token: optional(string()) })),
      body: looseObject({ start_index: number(), end_index: number() }),
    }),
})

/** Input of {@link createDocumentBlockChildren}. */
export interface CreateDocumentBlockChildrenInput {
  path: { document_id: string; block_id: string }
  query?: { document_revision_id?: number; client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { children?: Children[]; index?: number }
}

/** `data` of a successful {@link createDocumentBlockChildren} response. */
export interface CreateDocumentBlockChildrenOutput {
  children?: Block[]
  document_revision_id?: number
  client_token: string
}

/**
 * `docx.v1.document.block.children.create`: POST /open-apis/docx/v1/documents/:document_id/blocks/:block_id/children (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=docx&resource=document.block.children&version=v1
 */
export const createDocumentBlockChildren = /*#__PURE__*/ endpoint<CreateDocumentBlockChildrenInput, CreateDocumentBlockChildrenOutput>({
  id: 'docx.v1.document.block.children.create',
  method: 'POST',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({ children: optional(array(ChildrenSchema())), index: optional(number()) })),
    }),
})

/** Input of {@link getDocumentBlockChildren}. */
export interface GetDocumentBlockChildrenInput {
  path: { document_id: string; block_id: string }
  query?: {
    document_revision_id?: number
    page_token?: string
    page_size?: number
    with_descendants?: boolean
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link getDocumentBlockChildren} response. */
export interface GetDocumentBlockChildrenOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `docx.v1.document.block.children.get`: GET /open-apis/docx/v1/documents/:document_id/blocks/:block_id/children (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=document.block.children&version=v1
 */
export const getDocumentBlockChildren = /*#__PURE__*/ endpoint<GetDocumentBlockChildrenInput, GetDocumentBlockChildrenOutput, true>({
  id: 'docx.v1.document.block.children.get',
  method: 'GET',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        page_token: optional(string()),
        page_size: optional(number()),
        with_descendants: optional(boolean()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})
