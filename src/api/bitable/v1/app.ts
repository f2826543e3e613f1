// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link copyApp}. */
export interface CopyAppInput {
  path: { app_token: string }
  body?: { name?: string; folder_token?: string; without_content?: boolean; time_zone?: string }
}

/** `data` of a successful {@link copyApp} response. */
export interface CopyAppOutput {
  app?: {
    app_token?: string
    name?: string
    revision?: number
    folder_token?: string
    url?: string
    time_zone?: string
  }
}

/**
 * `bitable.v1.app.copy`: POST /open-apis/bitable/v1/apps/:app_token/copy (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=copy&project=bitable&resource=app&version=v1
 */
export const copyApp = /*#__PURE__*/ endpoint<CopyAppInput, CopyAppOutput>({
  id: 'bitable.v1.app.copy',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/copy',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      body: optional(looseObject({
        name: optional(string()),
        folder_token: optional(string()),
        without_content: optional(boolean()),
        time_zone: optional(string()),
      })),
    }),
})

/** Input of {@link createApp}. */
export interface CreateAppInput {
  query?: { customized_config?: boolean; source_app_token?: string; copy_types?: string[]; api_type?: string }
  body?: { name?: string; folder_token?: string; time_zone?: string }
}

/** `data` of a successful {@link createApp} response. */
export interface CreateAppOutput {
  app?: {
    app_token?: string
    name?: string
    revision?: number
    folder_token?: string
    url?: string
    default_table_id?: string
    time_zone?: string
  }
}

/**
 * `bitable.v1.app.create`: POST /open-apis/bitable/v1/apps (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app&version=v1
 */
export const createApp = /*#__PURE__*/ endpoint<CreateAppInput, CreateAppOutput>({
  id: 'bitable.v1.app.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        customized_config: optional(boolean()),
        source_app_token: optional(string()),
        copy_types: optional(array(string())),
        api_type: optional(string()),
      })),
      body: optional(looseObject({
        name: optional(string()),
        folder_token: optional(string()),
        time_zone: optional(string()),
      })),
    }),
})

/** Input of {@link getApp}. */
export interface GetAppInput {
  path: { app_token: string }
}

/** `data` of a successful {@link getApp} response. */
export interface GetAppOutput {
  app?: {
    app_token?: string
    name?: string
    revision?: number
    is_advanced?: boolean
    time_zone?: string
    formula_type?: number
    advance_version?: 'v1' | 'v2'
  }
}

/**
 * `bitable.v1.app.get`: GET /open-apis/bitable/v1/apps/:app_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=bitable&resource=app&version=v1
 */
export const getApp = /*#__PURE__*/ endpoint<GetAppInput, GetAppOutput>({
  id: 'bitable.v1.app.get',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string() }) }),
})

/** Input of {@link updateApp}. */
export interface UpdateAppInput {
  path: { app_token: string }
  body?: { name?: string; is_advanced?: boolean }
}

/** `data` of a successful {@link updateApp} response. */
export interface UpdateAppOutput {
  app?: { app_token?: string; name?: string; is_advanced?: boolean; time_zone?: string }
}

/**
 * `bitable.v1.app.update`: PUT /open-apis/bitable/v1/apps/:app_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=bitable&resource=app&version=v1
 */
export const updateApp = /*#__PURE__*/ endpoint<UpdateAppInput, UpdateAppOutput>({
  id: 'bitable.v1.app.update',
  method: 'PUT',
  path: '/open-apis/bitable/v1/apps/:app_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      body: optional(looseObject({ name: optional(string()), is_advanced: optional(boolean()) })),
    }),
})
