// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { View } from './types.ts'

/** Input of {@link createAppTableView}. */
export interface CreateAppTableViewInput {
  path: { app_token: string; table_id: string }
  body: { view_name: string; view_type?: 'grid' | 'kanban' | 'gallery' | 'gantt' | 'form' }
}

/** `data` of a successful {@link createAppTableView} response. */
export interface CreateAppTableViewOutput {
  view?: View
}

/**
 * `bitable.v1.app.table.view.create`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/views (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.table.view&version=v1
 */
export const createAppTableView = /*#__PURE__*/ endpoint<CreateAppTableViewInput, CreateAppTableViewOutput>({
  id: 'bitable.v1.app.table.view.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/views',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      body: looseObject({
        view_name: string(),
        view_type: optional(picklist(['grid', 'kanban', 'gallery', 'gantt', 'form'])),
      }),
    }),
})

/** Input of {@link deleteAppTableView}. */
export interface DeleteAppTableViewInput {
  path: { app_token: string; table_id: string; view_id: string }
}

/** `data` of a successful {@link deleteAppTableView} response. */
export type DeleteAppTableViewOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.table.view.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.table.view&version=v1
 */
export const deleteAppTableView = /*#__PURE__*/ endpoint<DeleteAppTableViewInput, DeleteAppTableViewOutput>({
  id: 'bitable.v1.app.table.view.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string(), table_id: string(), view_id: string() }) }),
})

/** Input of {@link getAppTableView}. */
export interface GetAppTableViewInput {
  path: { app_token: string; table_id: string; view_id: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getAppTableView} response. */
export interface GetAppTableViewOutput {
  view?: View
}

/**
 * `bitable.v1.app.table.view.get`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=bitable&resource=app.table.view&version=v1
 */
export const getAppTableView = /*#__PURE__*/ endpoint<GetAppTableViewInput, GetAppTableViewOutput>({
  id: 'bitable.v1.app.table.view.get',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), view_id: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listAppTableView}. */
export interface ListAppTableViewInput {
  path: { app_token: string; table_id: string }
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link listAppTableView} response. */
export interface ListAppTableViewOutput {
  items?: View[]
  page_token?: string
  has_more?: boolean
  total?: number
}

/**
 * `bitable.v1.app.table.view.list`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/views (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.table.view&version=v1
 */
export const listAppTableView = /*#__PURE__*/ endpoint<ListAppTableViewInput, ListAppTableViewOutput, true>({
  id: 'bitable.v1.app.table.view.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/views',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchAppTableView}. */
export interface PatchAppTableViewInput {
  path: { app_token: string; table_id: string; view_id: string }
  query?: { user_id_type?: string }
  body?: {
    view_name?: string
    property?: {
      filter_info?: {
        conjunction: 'and' | 'or'
        conditions: {
          field_id: string
          operator:
            | 'is'
            | 'isNot'
            | 'contains'
            | 'doesNotContain'
            | 'isEmpty'
            | 'isNotEmpty'
            | 'isGreater'
            | 'isGreaterEqual'
            | 'isLess'
            | 'isLessEqual'
          value?: string
        }[]
      }
      hidden_fields?: string[]
      hierarchy_config?: { field_id?: string }
    }
  }
}

/** `data` of a successful {@link patchAppTableView} response. */
export interface PatchAppTableViewOutput {
  view?: View
}

/**
 * `bitable.v1.app.table.view.patch`: PATCH /open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=bitable&resource=app.table.view&version=v1
 */
export const patchAppTableView = /*#__PURE__*/ endpoint<PatchAppTableViewInput, PatchAppTableViewOutput>({
  id: 'bitable.v1.app.table.view.patch',
  method: 'PATCH',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/views/:view_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), view_id: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: optional(looseObject({
        view_name: optional(string()),
        property: optional(looseObject({
          filter_info: optional(looseObject({
            conjunction: picklist(['and', 'or']),
            conditions: array(looseObject({
              field_id: string(),
              operator: picklist([
                'is',
                'isNot',
                'contains',
                'doesNotContain',
                'isEmpty',
                'isNotEmpty',
                'isGreater',
                'isGreaterEqual',
                'isLess',
                'isLessEqual',
              ]),
              value: optional(string()),
            })),
          })),
          hidden_fields: optional(array(string())),
          hierarchy_config: optional(looseObject({ field_id: optional(string()) })),
        })),
      })),
    }),
})
