// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { BlockRoleSchema, TableRoleSchema } from './models.ts'
import type { BlockRole, Role, TableRole } from './types.ts'

/** Input of {@link createAppRole}. */
export interface CreateAppRoleInput {
  path: { app_token: string }
  body: { role_name: string; table_roles: TableRole[]; block_roles?: BlockRole[] }
}

/** `data` of a successful {@link createAppRole} response. */
export interface CreateAppRoleOutput {
  role?: Role
}

/**
 * `bitable.v1.app.role.create`: POST /open-apis/bitable/v1/apps/:app_token/roles (tenant or user token).
 *
 * @deprecated Use `createAppRole` from `larkfn/base/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.role&version=v1
 */
export const createAppRole = /*#__PURE__*/ endpoint<CreateAppRoleInput, CreateAppRoleOutput>({
  id: 'bitable.v1.app.role.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/roles',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      body: looseObject({
        role_name: string(),
        table_roles: array(TableRoleSchema()),
        block_roles: optional(array(BlockRoleSchema())),
      }),
    }),
})

/** Input of {@link deleteAppRole}. */
export interface DeleteAppRoleInput {
  path: { app_token: string; role_id: string }
}

/** `data` of a successful {@link deleteAppRole} response. */
export type DeleteAppRoleOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.role.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/roles/:role_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.role&version=v1
 */
export const deleteAppRole = /*#__PURE__*/ endpoint<DeleteAppRoleInput, DeleteAppRoleOutput>({
  id: 'bitable.v1.app.role.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string(), role_id: string() }) }),
})

/** Input of {@link listAppRole}. */
export interface ListAppRoleInput {
  path: { app_token: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppRole} response. */
export interface ListAppRoleOutput {
  items?: Role[]
  page_token?: string
  has_more?: boolean
  total?: number
}

/**
 * `bitable.v1.app.role.list`: GET /open-apis/bitable/v1/apps/:app_token/roles (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @deprecated Use `listAppRole` from `larkfn/base/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.role&version=v1
 */
export const listAppRole = /*#__PURE__*/ endpoint<ListAppRoleInput, ListAppRoleOutput, true>({
  id: 'bitable.v1.app.role.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/roles',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateAppRole}. */
export interface UpdateAppRoleInput {
  path: { app_token: string; role_id: string }
  body: { role_name: string; table_roles: TableRole[]; block_roles?: BlockRole[] }
}

/** `data` of a successful {@link updateAppRole} response. */
export interface UpdateAppRoleOutput {
  role?: Role
}

/**
 * `bitable.v1.app.role.update`: PUT /open-apis/bitable/v1/apps/:app_token/roles/:role_id (tenant or user token).
 *
 * @deprecated Use `updateAppRole` from `larkfn/base/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=bitable&resource=app.role&version=v1
 */
export const updateAppRole = /*#__PURE__*/ endpoint<UpdateAppRoleInput, UpdateAppRoleOutput>({
  id: 'bitable.v1.app.role.update',
  method: 'PUT',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string() }),
      body: looseObject({
        role_name: string(),
        table_roles: array(TableRoleSchema()),
        block_roles: optional(array(BlockRoleSchema())),
      }),
    }),
})
