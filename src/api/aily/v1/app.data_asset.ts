// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'
import { ImportKnowledgeSettingSchema } from './models.ts'
import type { DataAsset, ImportKnowledgeSetting } from './types.ts'

/** Input of {@link createAppDataAsset}. */
export interface CreateAppDataAssetInput {
  path: { app_id: string }
  query?: { tenant_type?: string }
  body: {
    connect_type: 'import' | 'direct'
    source_type: 'file' | 'lark_wiki_space' | 'lark_doc' | 'lark_helpdesk'
    import_knowledge_setting?: ImportKnowledgeSetting
    description?: { [key: string]: string }
  }
}

/** `data` of a successful {@link createAppDataAsset} response. */
export interface CreateAppDataAssetOutput {
  data_asset?: DataAsset
}

/**
 * `aily.v1.app.data_asset.create`: POST /open-apis/aily/v1/apps/:app_id/data_assets (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=app.data_asset&version=v1
 */
export const createAppDataAsset = /*#__PURE__*/ endpoint<CreateAppDataAssetInput, CreateAppDataAssetOutput>({
  id: 'aily.v1.app.data_asset.create',
  method: 'POST',
  path: '/open-apis/aily/v1/apps/:app_id/data_assets',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ tenant_type: optional(string()) })),
      body: looseObject({
        connect_type: picklist(['import', 'direct']),
        source_type: picklist(['file', 'lark_wiki_space', 'lark_doc', 'lark_helpdesk']),
        import_knowledge_setting: optional(ImportKnowledgeSettingSchema()),
        description: optional(record(string(), string())),
      }),
    }),
})

/** Input of {@link deleteAppDataAsset}. */
export interface DeleteAppDataAssetInput {
  path: { app_id: string; data_asset_id: string }
  query?: { tenant_type?: string }
}

/** `data` of a successful {@link deleteAppDataAsset} response. */
export interface DeleteAppDataAssetOutput {
  data_asset?: DataAsset
}

/**
 * `aily.v1.app.data_asset.delete`: DELETE /open-apis/aily/v1/apps/:app_id/data_assets/:data_asset_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=aily&resource=app.data_asset&version=v1
 */
export const deleteAppDataAsset = /*#__PURE__*/ endpoint<DeleteAppDataAssetInput, DeleteAppDataAssetOutput>({
  id: 'aily.v1.app.data_asset.delete',
  method: 'DELETE',
  path: '/open-apis/aily/v1/apps/:app_id/data_assets/:data_asset_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), data_asset_id: string() }),
      query: optional(looseObject({ tenant_type: optional(string()) })),
    }),
})

/** Input of {@link getAppDataAsset}. */
export interface GetAppDataAssetInput {
  path: { app_id: string; data_asset_id: string }
  query?: {
    with_data_asset_item?: boolean
    with_connect_status?: boolean
    with_import_setting?: boolean
    tenant_type?: string
  }
}

/** `data` of a successful {@link getAppDataAsset} response. */
export interface GetAppDataAssetOutput {
  data_asset?: DataAsset
}

/**
 * `aily.v1.app.data_asset.get`: GET /open-apis/aily/v1/apps/:app_id/data_assets/:data_asset_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=app.data_asset&version=v1
 */
export const getAppDataAsset = /*#__PURE__*/ endpoint<GetAppDataAssetInput, GetAppDataAssetOutput>({
  id: 'aily.v1.app.data_asset.get',
  method: 'GET',
  path: '/open-apis/aily/v1/apps/:app_id/data_assets/:data_asset_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), data_asset_id: string() }),
      query: optional(looseObject({
        with_data_asset_item: optional(boolean()),
        with_connect_status: optional(boolean()),
        with_import_setting: optional(boolean()),
        tenant_type: optional(string()),
      })),
    }),
})

/** Input of {@link listAppDataAsset}. */
export interface ListAppDataAssetInput {
  path: { app_id: string }
  query?: {
    page_size?: number
    page_token?: string
    keyword?: string
    data_asset_ids?: string[]
    data_asset_tag_ids?: string[]
    with_data_asset_item?: boolean
    with_connect_status?: boolean
    with_import_setting?: boolean
  }
}

/** `data` of a successful {@link listAppDataAsset} response. */
export interface ListAppDataAssetOutput {
  items?: DataAsset[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.app.data_asset.list`: GET /open-apis/aily/v1/apps/:app_id/data_assets (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=app.data_asset&version=v1
 */
export const listAppDataAsset = /*#__PURE__*/ endpoint<ListAppDataAssetInput, ListAppDataAssetOutput, true>({
  id: 'aily.v1.app.data_asset.list',
  method: 'GET',
  path: '/open-apis/aily/v1/apps/:app_id/data_assets',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        keyword: optional(string()),
        data_asset_ids: optional(array(string())),
        data_asset_tag_ids: optional(array(string())),
        with_data_asset_item: optional(boolean()),
        with_connect_status: optional(boolean()),
        with_import_setting: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link uploadAppDataAssetFile}. */
export interface UploadAppDataAssetFileInput {
  path: { app_id: string }
  query?: { tenant_type?: string }
  body: { file: FileInput }
}

/** `data` of a successful {@link uploadAppDataAssetFile} response. */
export interface UploadAppDataAssetFileOutput {
  file_info?: { token: string; mime_type: string }
}

/**
 * `aily.v1.app.data_asset.upload_file`: POST /open-apis/aily/v1/apps/:app_id/data_assets/upload_file (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_file&project=aily&resource=app.data_asset&version=v1
 */
export const uploadAppDataAssetFile = /*#__PURE__*/ fileEndpoint<UploadAppDataAssetFileInput, UploadAppDataAssetFileOutput>({
  id: 'aily.v1.app.data_asset.upload_file',
  method: 'POST',
  path: '/open-apis/aily/v1/apps/:app_id/data_assets/upload_file',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ tenant_type: optional(string()) })),
      body: looseObject({ file: file() }),
    }),
  body: 'multipart',
})
