// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ApplyConfigSchema } from './models.ts'
import type { App, ApplyConfig } from './types.ts'

/** Input of {@link createApp}. */
export interface CreateAppInput {
  body: { name: string; app_type: string; description?: string; icon_url?: string; source_agent?: string }
}

/** `data` of a successful {@link createApp} response. */
export interface CreateAppOutput {
  app?: App
}

/**
 * `spark.v1.app.create`: POST /open-apis/spark/v1/apps (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=spark&resource=app&version=v1
 */
export const createApp = /*#__PURE__*/ endpoint<CreateAppInput, CreateAppOutput>({
  id: 'spark.v1.app.create',
  method: 'POST',
  path: '/open-apis/spark/v1/apps',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        app_type: string(),
        description: optional(string()),
        icon_url: optional(string()),
        source_agent: optional(string()),
      }),
    }),
})

/** Input of {@link getAppAppVisibility}. */
export interface GetAppAppVisibilityInput {
  path: { app_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getAppAppVisibility} response. */
export interface GetAppAppVisibilityOutput {
  scope?: string
  users?: string[]
  departments?: string[]
  chats?: string[]
  apply_config?: ApplyConfig
  require_login?: boolean
}

/**
 * `spark.v1.app.get_app_visibility`: GET /open-apis/spark/v1/apps/:app_id/access-scope (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_app_visibility&project=spark&resource=app&version=v1
 */
export const getAppAppVisibility = /*#__PURE__*/ endpoint<GetAppAppVisibilityInput, GetAppAppVisibilityOutput>({
  id: 'spark.v1.app.get_app_visibility',
  method: 'GET',
  path: '/open-apis/spark/v1/apps/:app_id/access-scope',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

/** Input of {@link iconApp}. */
export interface IconAppInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link iconApp} response. */
export interface IconAppOutput {
  icon_url?: string
}

/**
 * `spark.v1.app.icon`: POST /open-apis/spark/v1/icon (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=icon&project=spark&resource=app&version=v1
 */
export const iconApp = /*#__PURE__*/ fileEndpoint<IconAppInput, IconAppOutput>({
  id: 'spark.v1.app.icon',
  method: 'POST',
  path: '/open-apis/spark/v1/icon',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})

/** Input of {@link listApp}. */
export interface ListAppInput {
  query?: {
    page_size?: number
    page_token?: string
    app_type?: string
    keyword?: string
    scope?: string
    ownership?: string
  }
}

/** `data` of a successful {@link listApp} response. */
export interface ListAppOutput {
  page_token?: string
  items?: App[]
  has_more?: boolean
}

/**
 * `spark.v1.app.list`: GET /open-apis/spark/v1/apps (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=spark&resource=app&version=v1
 */
export const listApp = /*#__PURE__*/ endpoint<ListAppInput, ListAppOutput, true>({
  id: 'spark.v1.app.list',
  method: 'GET',
  path: '/open-apis/spark/v1/apps',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        app_type: optional(string()),
        keyword: optional(string()),
        scope: optional(string()),
        ownership: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchApp}. */
export interface PatchAppInput {
  path: { app_id: string }
  body?: { name?: string; description?: string; icon_url?: string }
}

/** `data` of a successful {@link patchApp} response. */
export interface PatchAppOutput {
  app?: App
}

/**
 * `spark.v1.app.patch`: PATCH /open-apis/spark/v1/apps/:app_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=spark&resource=app&version=v1
 */
export const patchApp = /*#__PURE__*/ endpoint<PatchAppInput, PatchAppOutput>({
  id: 'spark.v1.app.patch',
  method: 'PATCH',
  path: '/open-apis/spark/v1/apps/:app_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        icon_url: optional(string()),
      })),
    }),
})

/** Input of {@link sqlAppCommands}. */
export interface SqlAppCommandsInput {
  path: { app_id: string }
  query?: { env?: string; transactional?: boolean }
  body: { sql: string }
}

/** `data` of a successful {@link sqlAppCommands} response. */
export interface SqlAppCommandsOutput {
  result: string
}

/**
 * `spark.v1.app.sql_commands`: POST /open-apis/spark/v1/apps/:app_id/sql_commands (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=sql_commands&project=spark&resource=app&version=v1
 */
export const sqlAppCommands = /*#__PURE__*/ endpoint<SqlAppCommandsInput, SqlAppCommandsOutput>({
  id: 'spark.v1.app.sql_commands',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/sql_commands',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ env: optional(string()), transactional: optional(boolean()) })),
      body: looseObject({ sql: string() }),
    }),
})

/** Input of {@link updateAppAppVisibility}. */
export interface UpdateAppAppVisibilityInput {
  path: { app_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: {
    users?: string[]
    departments?: string[]
    chats?: string[]
    apply_config?: ApplyConfig
    require_login?: boolean
    scope: string
  }
}

/** `data` of a successful {@link updateAppAppVisibility} response. */
export type UpdateAppAppVisibilityOutput = { [key: string]: unknown }

/**
 * `spark.v1.app.update_app_visibility`: PUT /open-apis/spark/v1/apps/:app_id/access-scope (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_app_visibility&project=spark&resource=app&version=v1
 */
export const updateAppAppVisibility = /*#__PURE__*/ endpoint<UpdateAppAppVisibilityInput, UpdateAppAppVisibilityOutput>({
  id: 'spark.v1.app.update_app_visibility',
  method: 'PUT',
  path: '/open-apis/spark/v1/apps/:app_id/access-scope',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        users: optional(array(string())),
        departments: optional(array(string())),
        chats: optional(array(string())),
        apply_config: optional(ApplyConfigSchema()),
        require_login: optional(boolean()),
        scope: string(),
      }),
    }),
})

/** Input of {@link uploadAppHtmlCodeAndRelease}. */
export interface UploadAppHtmlCodeAndReleaseInput {
  path: { app_id: string }
  body: { file: FileInput }
}

/** `data` of a successful {@link uploadAppHtmlCodeAndRelease} response. */
export interface UploadAppHtmlCodeAndReleaseOutput {
  url?: string
}

/**
 * `spark.v1.app.upload_html_code_and_release`: POST /open-apis/spark/v1/apps/:app_id/upload_and_release_html_code (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_html_code_and_release&project=spark&resource=app&version=v1
 */
export const uploadAppHtmlCodeAndRelease = /*#__PURE__*/ fileEndpoint<UploadAppHtmlCodeAndReleaseInput, UploadAppHtmlCodeAndReleaseOutput>({
  id: 'spark.v1.app.upload_html_code_and_release',
  method: 'POST',
  path: '/open-apis/spark/v1/apps/:app_id/upload_and_release_html_code',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_id: string() }), body: looseObject({ file: file() }) }),
  body: 'multipart',
})
