// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name, Role } from './types.ts'

/** Input of {@link getRole}. */
export interface GetRoleInput {
  path: { role_id: string }
}

/** `data` of a successful {@link getRole} response. */
export interface GetRoleOutput {
  role?: Role
}

/**
 * `hire.v1.role.get`: GET /open-apis/hire/v1/roles/:role_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=role&version=v1
 */
export const getRole = /*#__PURE__*/ endpoint<GetRoleInput, GetRoleOutput>({
  id: 'hire.v1.role.get',
  method: 'GET',
  path: '/open-apis/hire/v1/roles/:role_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ role_id: string() }) }),
})

/** Input of {@link listRole}. */
export interface ListRoleInput {
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listRole} response. */
export interface ListRoleOutput {
  items?: {
    id?: string
    name?: Name
    description?: Name
    scope_of_application?: number
    modify_time?: string
    role_status?: number
    role_type?: number
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.role.list`: GET /open-apis/hire/v1/roles (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=role&version=v1
 */
export const listRole = /*#__PURE__*/ endpoint<ListRoleInput, ListRoleOutput, true>({
  id: 'hire.v1.role.list',
  method: 'GET',
  path: '/open-apis/hire/v1/roles',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })) }),
  page: { items: 'items' },
})
