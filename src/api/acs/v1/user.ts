// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link getUser}. */
export interface GetUserInput {
  path: { user_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getUser} response. */
export interface GetUserOutput {
  user?: Item
}

/**
 * `acs.v1.user.get`: GET /open-apis/acs/v1/users/:user_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=acs&resource=user&version=v1
 */
export const getUser = /*#__PURE__*/ endpoint<GetUserInput, GetUserOutput>({
  id: 'acs.v1.user.get',
  method: 'GET',
  path: '/open-apis/acs/v1/users/:user_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

/** Input of {@link listUser}. */
export interface ListUserInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link listUser} response. */
export interface ListUserOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `acs.v1.user.list`: GET /open-apis/acs/v1/users (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=acs&resource=user&version=v1
 */
export const listUser = /*#__PURE__*/ endpoint<ListUserInput, ListUserOutput, true>({
  id: 'acs.v1.user.list',
  method: 'GET',
  path: '/open-apis/acs/v1/users',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchUser}. */
export interface PatchUserInput {
  path: { user_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { feature?: { card?: number } }
}

/** `data` of a successful {@link patchUser} response. */
export type PatchUserOutput = { [key: string]: unknown }

/**
 * `acs.v1.user.patch`: PATCH /open-apis/acs/v1/users/:user_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=acs&resource=user&version=v1
 */
export const patchUser = /*#__PURE__*/ endpoint<PatchUserInput, PatchUserOutput>({
  id: 'acs.v1.user.patch',
  method: 'PATCH',
  path: '/open-apis/acs/v1/users/:user_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: optional(looseObject({ feature: optional(looseObject({ card: optional(number()) })) })),
    }),
})
