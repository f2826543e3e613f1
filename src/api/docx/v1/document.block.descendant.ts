// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { DescendantSchema } from './models.ts'
import type { Block, Descendant } from './types.ts'

/** Input of {@link createDocumentBlockDescendant}. */
export interface CreateDocumentBlockDescendantInput {
  path: { document_id: string; block_id: string }
  query?: { document_revision_id?: number; client_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { children_id: string[]; index?: number; descendants: Descendant[] }
}

/** `data` of a successful {@link createDocumentBlockDescendant} response. */
export interface CreateDocumentBlockDescendantOutput {
  children?: Block[]
  document_revision_id?: number
  client_token?: string
  block_id_relations?: { temporary_block_id?: string; block_id?: string }[]
}

/**
 * `docx.v1.document.block.descendant.create`: POST /open-apis/docx/v1/documents/:document_id/blocks/:block_id/descendant (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=docx&resource=document.block.descendant&version=v1
 */
export const createDocumentBlockDescendant = /*#__PURE__*/ endpoint<CreateDocumentBlockDescendantInput, CreateDocumentBlockDescendantOutput>({
  id: 'docx.v1.document.block.descendant.create',
  method: 'POST',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id/descendant',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: looseObject({
        children_id: array(string()),
        index: optional(number()),
        descendants: array(DescendantSchema()),
      }),
    }),
})
