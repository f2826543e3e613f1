// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { AclSchema, ContentSchema, MetadataSchema } from './models.ts'
import type { Acl, Content, Metadata } from './types.ts'

/** Input of {@link createDataSourceItem}. */
export interface CreateDataSourceItemInput {
  path: { data_source_id: string }
  body: { id: string; acl: Acl[]; metadata: Metadata; structured_data: string; content?: Content }
}

/** `data` of a successful {@link createDataSourceItem} response. */
export type CreateDataSourceItemOutput = { [key: string]: unknown }

/**
 * `search.v2.data_source.item.create`: POST /open-apis/search/v2/data_sources/:data_source_id/items (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=search&resource=data_source.item&version=v2
 */
export const createDataSourceItem = /*#__PURE__*/ endpoint<CreateDataSourceItemInput, CreateDataSourceItemOutput>({
  id: 'search.v2.data_source.item.create',
  method: 'POST',
  path: '/open-apis/search/v2/data_sources/:data_source_id/items',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ data_source_id: string() }),
      body: looseObject({
        id: string(),
        acl: array(AclSchema()),
        metadata: MetadataSchema(),
        structured_data: string(),
        content: optional(ContentSchema()),
      }),
    }),
})

/** Input of {@link deleteDataSourceItem}. */
export interface DeleteDataSourceItemInput {
  path: { data_source_id: string; item_id: string }
}

/** `data` of a successful {@link deleteDataSourceItem} response. */
export type DeleteDataSourceItemOutput = { [key: string]: unknown }

/**
 * `search.v2.data_source.item.delete`: DELETE /open-apis/search/v2/data_sources/:data_source_id/items/:item_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=search&resource=data_source.item&version=v2
 */
export const deleteDataSourceItem = /*#__PURE__*/ endpoint<DeleteDataSourceItemInput, DeleteDataSourceItemOutput>({
  id: 'search.v2.data_source.item.delete',
  method: 'DELETE',
  path: '/open-apis/search/v2/data_sources/:data_source_id/items/:item_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ data_source_id: string(), item_id: string() }) }),
})

/** Input of {@link getDataSourceItem}. */
export interface GetDataSourceItemInput {
  path: { data_source_id: string; item_id: string }
}

/** `data` of a successful {@link getDataSourceItem} response. */
export interface GetDataSourceItemOutput {
  item: { id: string; acl: Acl[]; metadata: Metadata; structured_data: string; content?: Content }
}

/**
 * `search.v2.data_source.item.get`: GET /open-apis/search/v2/data_sources/:data_source_id/items/:item_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=search&resource=data_source.item&version=v2
 */
export const getDataSourceItem = /*#__PURE__*/ endpoint<GetDataSourceItemInput, GetDataSourceItemOutput>({
  id: 'search.v2.data_source.item.get',
  method: 'GET',
  path: '/open-apis/search/v2/data_sources/:data_source_id/items/:item_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ data_source_id: string(), item_id: string() }) }),
})
