// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ConnectorParamSchema, I18nDescriptionSchema } from './models.ts'
import type { ConnectorParam, DataSource, I18nDescription } from './types.ts'

/** Input of {@link createDataSource}. */
export interface CreateDataSourceInput {
  body: {
    name: string
    state?: number
    description?: string
    icon_url?: string
    template?: string
    searchable_fields?: string[]
    i18n_name?: I18nDescription
    i18n_description?: I18nDescription
    schema_id?: string
    app_id?: string
    connect_type?: number
    connector_param?: ConnectorParam
    enable_answer?: boolean
  }
}

/** `data` of a successful {@link createDataSource} response. */
export interface CreateDataSourceOutput {
  data_source?: DataSource
}

/**
 * `search.v2.data_source.create`: POST /open-apis/search/v2/data_sources (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=search&resource=data_source&version=v2
 */
export const createDataSource = /*#__PURE__*/ endpoint<CreateDataSourceInput, CreateDataSourceOutput>({
  id: 'search.v2.data_source.create',
  method: 'POST',
  path: '/open-apis/search/v2/data_sources',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        state: optional(number()),
        description: optional(string()),
        icon_url: optional(string()),
        template: optional(string()),
        searchable_fields: optional(array(string())),
        i18n_name: optional(I18nDescriptionSchema()),
        i18n_description: optional(I18nDescriptionSchema()),
        schema_id: optional(string()),
        app_id: optional(string()),
        connect_type: optional(number()),
        connector_param: optional(ConnectorParamSchema()),
        enable_answer: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteDataSource}. */
export interface DeleteDataSourceInput {
  path: { data_source_id: string }
}

/** `data` of a successful {@link deleteDataSource} response. */
export type DeleteDataSourceOutput = { [key: string]: unknown }

/**
 * `search.v2.data_source.delete`: DELETE /open-apis/search/v2/data_sources/:data_source_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=search&resource=data_source&version=v2
 */
export const deleteDataSource = /*#__PURE__*/ endpoint<DeleteDataSourceInput, DeleteDataSourceOutput>({
  id: 'search.v2.data_source.delete',
  method: 'DELETE',
  path: '/open-apis/search/v2/data_sources/:data_source_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ data_source_id: string() }) }),
})

/** Input of {@link getDataSource}. */
export interface GetDataSourceInput {
  path: { data_source_id: string }
}

/** `data` of a successful {@link getDataSource} response. */
export interface GetDataSourceOutput {
  data_source?: DataSource
}

/**
 * `search.v2.data_source.get`: GET /open-apis/search/v2/data_sources/:data_source_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=search&resource=data_source&version=v2
 */
export const getDataSource = /*#__PURE__*/ endpoint<GetDataSourceInput, GetDataSourceOutput>({
  id: 'search.v2.data_source.get',
  method: 'GET',
  path: '/open-apis/search/v2/data_sources/:data_source_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ data_source_id: string() }) }),
})

/** Input of {@link listDataSource}. */
export interface ListDataSourceInput {
  query?: { view?: number; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listDataSource} response. */
export interface ListDataSourceOutput {
  has_more?: boolean
  page_token?: string
  items?: DataSource[]
}

/**
 * `search.v2.data_source.list`: GET /open-apis/search/v2/data_sources (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=search&resource=data_source&version=v2
 */
export const listDataSource = /*#__PURE__*/ endpoint<ListDataSourceInput, ListDataSourceOutput, true>({
  id: 'search.v2.data_source.list',
  method: 'GET',
  path: '/open-apis/search/v2/data_sources',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        view: optional(number()),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchDataSource}. */
export interface PatchDataSourceInput {
  path: { data_source_id: string }
  body?: {
    name?: string
    state?: number
    description?: string
    icon_url?: string
    i18n_name?: I18nDescription
    i18n_description?: I18nDescription
    connector_param?: ConnectorParam
    enable_answer?: boolean
  }
}

/** `data` of a successful {@link patchDataSource} response. */
export interface PatchDataSourceOutput {
  data_source?: DataSource
}

/**
 * `search.v2.data_source.patch`: PATCH /open-apis/search/v2/data_sources/:data_source_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=search&resource=data_source&version=v2
 */
export const patchDataSource = /*#__PURE__*/ endpoint<PatchDataSourceInput, PatchDataSourceOutput>({
  id: 'search.v2.data_source.patch',
  method: 'PATCH',
  path: '/open-apis/search/v2/data_sources/:data_source_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ data_source_id: string() }),
      body: optional(looseObject({
        name: optional(string()),
        state: optional(number()),
        description: optional(string()),
        icon_url: optional(string()),
        i18n_name: optional(I18nDescriptionSchema()),
        i18n_description: optional(I18nDescriptionSchema()),
        connector_param: optional(ConnectorParamSchema()),
        enable_answer: optional(boolean()),
      })),
    }),
})
