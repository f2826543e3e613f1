// Generated from catalog/docx.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  BulletStyleSchema,
  DeleteTableColumnsSchema,
  DeleteTableRowsSchema,
  MergeTableCellsSchema,
  PatchUpdateTextElementsSchema,
  PatchUpdateTextSchema,
  ReplaceImageSchema,
  RequestSchema,
  UnmergeTableCellsSchema,
  UpdateTablePropertySchema,
  UpdateTaskSchema,
} from './models.ts'
import type {
  Block,
  BulletStyle,
  DeleteTableColumns,
  DeleteTableRows,
  Item,
  MergeTableCells,
  PatchUpdateText,
  PatchUpdateTextElements,
  ReplaceImage,
  Request,
  UnmergeTableCells,
  UpdateTableProperty,
  UpdateTask,
} from './types.ts'

/** Input of {@link batchUpdateDocumentBlock}. */
export interface BatchUpdateDocumentBlockInput {
  path: { document_id: string }
  query?: { document_revision_id?: number; client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { requests: Request[] }
}

/** `data` of a successful {@link batchUpdateDocumentBlock} response. */
export interface BatchUpdateDocumentBlockOutput {
  blocks?: Block[]
  document_revision_id?: number
  client_token: string
}

/**
 * `docx.v1.document.block.batch_update`: PATCH /open-apis/docx/v1/documents/:document_id/blocks/batch_update (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=docx&resource=document.block&version=v1
 */
export const batchUpdateDocumentBlock = /*#__PURE__*/ endpoint<BatchUpdateDocumentBlockInput, BatchUpdateDocumentBlockOutput>({
  id: 'docx.v1.document.block.batch_update',
  method: 'PATCH',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/batch_update',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({ requests: array(RequestSchema()) }),
    }),
})

/** Input of {@link getDocumentBlock}. */
export interface GetDocumentBlockInput {
  path: { document_id: string; block_id: string }
  query?: { document_revision_id?: number; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getDocumentBlock} response. */
export interface GetDocumentBlockOutput {
  block?: Item
}

/**
 * `docx.v1.document.block.get`: GET /open-apis/docx/v1/documents/:document_id/blocks/:block_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docx&resource=document.block&version=v1
 */
export const getDocumentBlock = /*#__PURE__*/ endpoint<GetDocumentBlockInput, GetDocumentBlockOutput>({
  id: 'docx.v1.document.block.get',
  method: 'GET',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link listDocumentBlock}. */
export interface ListDocumentBlockInput {
  path: { document_id: string }
  query?: {
    page_size?: number
    page_token?: string
    document_revision_id?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listDocumentBlock} response. */
export interface ListDocumentBlockOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `docx.v1.document.block.list`: GET /open-apis/docx/v1/documents/:document_id/blocks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=docx&resource=document.block&version=v1
 */
export const listDocumentBlock = /*#__PURE__*/ endpoint<ListDocumentBlockInput, ListDocumentBlockOutput, true>({
  id: 'docx.v1.document.block.list',
  method: 'GET',
  path: '/open-apis/docx/v1/documents/:document_id/blocks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        document_revision_id: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchDocumentBlock}. */
export interface PatchDocumentBlockInput {
  path: { document_id: string; block_id: string }
  query?: { document_revision_id?: number; client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    update_text_elements?: PatchUpdateTextElements
    update_text_style?: { style: BulletStyle; fields: number[] }
    update_table_property?: UpdateTableProperty
    insert_table_row?: { row_index: number }
    insert_table_column?: { column_index: number }
    delete_table_rows?: DeleteTableRows
    delete_table_columns?: DeleteTableColumns
    merge_table_cells?: MergeTableCells
    unmerge_table_cells?: UnmergeTableCells
    insert_grid_column?: { column_index: number }
    delete_grid_column?: { column_index: number }
    update_grid_column_width_ratio?: { width_ratios: number[] }
    replace_image?: ReplaceImage
    replace_file?: { token: string }
    update_text?: PatchUpdateText
    update_task?: UpdateTask
  }
}

/** `data` of a successful {@link patchDocumentBlock} response. */
export interface PatchDocumentBlockOutput {
  block?: Block
  document_revision_id?: number
  client_token: string
}

/**
 * `docx.v1.document.block.patch`: PATCH /open-apis/docx/v1/documents/:document_id/blocks/:block_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=docx&resource=document.block&version=v1
 */
export const patchDocumentBlock = /*#__PURE__*/ endpoint<PatchDocumentBlockInput, PatchDocumentBlockOutput>({
  id: 'docx.v1.document.block.patch',
  method: 'PATCH',
  path: '/open-apis/docx/v1/documents/:document_id/blocks/:block_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ document_id: string(), block_id: string() }),
      query: optional(looseObject({
        document_revision_id: optional(number()),
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        update_text_elements: optional(PatchUpdateTextElementsSchema()),
        update_text_style: optional(looseObject({ style: BulletStyleSchema(), fields: array(number()) })),
        update_table_property: optional(UpdateTablePropertySchema()),
        insert_table_row: optional(looseObject({ row_index: number() })),
        insert_table_column: optional(looseObject({ column_index: number() })),
        delete_table_rows: optional(DeleteTableRowsSchema()),
        delete_table_columns: optional(DeleteTableColumnsSchema()),
        merge_table_cells: optional(MergeTableCellsSchema()),
        unmerge_table_cells: optional(UnmergeTableCellsSchema()),
        insert_grid_column: optional(looseObject({ column_index: number() })),
        delete_grid_column: optional(looseObject({ column_index: number() })),
        update_grid_column_width_ratio: optional(looseObject({ width_ratios: array(number()) })),
        replace_image: optional(ReplaceImageSchema()),
        replace_file: optional(looseObject({ token: string() })),
        update_text: optional(PatchUpdateTextSchema()),
        update_task: optional(UpdateTaskSchema()),
      })),
    }),
})
