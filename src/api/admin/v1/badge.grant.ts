// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { RuleDetailSchema } from './models.ts'
import type { Grant, RuleDetail } from './types.ts'

/** Input of {@link createBadgeGrant}. */
export interface CreateBadgeGrantInput {
  path: { badge_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    name: string
    grant_type: number
    time_zone: string
    rule_detail: RuleDetail
    is_grant_all: boolean
    user_ids?: string[]
    department_ids?: string[]
    group_ids?: string[]
  }
}

/** `data` of a successful {@link createBadgeGrant} response. */
export interface CreateBadgeGrantOutput {
  grant?: Grant
}

/**
 * `admin.v1.badge.grant.create`: POST /open-apis/admin/v1/badges/:badge_id/grants (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=admin&resource=badge.grant&version=v1
 */
export const createBadgeGrant = /*#__PURE__*/ endpoint<CreateBadgeGrantInput, CreateBadgeGrantOutput>({
  id: 'admin.v1.badge.grant.create',
  method: 'POST',
  path: '/open-apis/admin/v1/badges/:badge_id/grants',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ badge_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        name: string(),
        grant_type: number(),
        time_zone: string(),
        rule_detail: RuleDetailSchema(),
        is_grant_all: boolean(),
        user_ids: optional(array(string())),
        department_ids: optional(array(string())),
        group_ids: optional(array(string())),
      }),
    }),
})

/** Input of {@link deleteBadgeGrant}. */
export interface DeleteBadgeGrantInput {
  path: { badge_id: string; grant_id: string }
}

/** `data` of a successful {@link deleteBadgeGrant} response. */
export type DeleteBadgeGrantOutput = { [key: string]: unknown }

/**
 * `admin.v1.badge.grant.delete`: DELETE /open-apis/admin/v1/badges/:badge_id/grants/:grant_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=admin&resource=badge.grant&version=v1
 */
export const deleteBadgeGrant = /*#__PURE__*/ endpoint<DeleteBadgeGrantInput, DeleteBadgeGrantOutput>({
  id: 'admin.v1.badge.grant.delete',
  method: 'DELETE',
  path: '/open-apis/admin/v1/badges/:badge_id/grants/:grant_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ badge_id: string(), grant_id: string() }) }),
})

/** Input of {@link getBadgeGrant}. */
export interface GetBadgeGrantInput {
  path: { badge_id: string; grant_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getBadgeGrant} response. */
export interface GetBadgeGrantOutput {
  grant?: Grant
}

/**
 * `admin.v1.badge.grant.get`: GET /open-apis/admin/v1/badges/:badge_id/grants/:grant_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=admin&resource=badge.grant&version=v1
 */
export const getBadgeGrant = /*#__PURE__*/ endpoint<GetBadgeGrantInput, GetBadgeGrantOutput>({
  id: 'admin.v1.badge.grant.get',
  method: 'GET',
  path: '/open-apis/admin/v1/badges/:badge_id/grants/:grant_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ badge_id: string(), grant_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listBadgeGrant}. */
export interface ListBadgeGrantInput {
  path: { badge_id: string }
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    name?: string
  }
}

/** `data` of a successful {@link listBadgeGrant} response. */
export interface ListBadgeGrantOutput {
  grants?: Grant[]
  page_token?: string
  has_more?: boolean
}

/**
 * `admin.v1.badge.grant.list`: GET /open-apis/admin/v1/badges/:badge_id/grants (tenant token).
 *
 * Paginated over `grants`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=admin&resource=badge.grant&version=v1
 */
export const listBadgeGrant = /*#__PURE__*/ endpoint<ListBadgeGrantInput, ListBadgeGrantOutput, true>({
  id: 'admin.v1.badge.grant.list',
  method: 'GET',
  path: '/open-apis/admin/v1/badges/:badge_id/grants',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ badge_id: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        name: optional(string()),
      }),
    }),
  page: { items: 'grants' },
})

/** Input of {@link updateBadgeGrant}. */
export interface UpdateBadgeGrantInput {
  path: { badge_id: string; grant_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: {
    name: string
    grant_type: number
    time_zone: string
    rule_detail: RuleDetail
    is_grant_all: boolean
    user_ids?: string[]
    department_ids?: string[]
    group_ids?: string[]
  }
}

/** `data` of a successful {@link updateBadgeGrant} response. */
export interface UpdateBadgeGrantOutput {
  grant?: Grant
}

/**
 * `admin.v1.badge.grant.update`: PUT /open-apis/admin/v1/badges/:badge_id/grants/:grant_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=admin&resource=badge.grant&version=v1
 */
export const updateBadgeGrant = /*#__PURE__*/ endpoint<UpdateBadgeGrantInput, UpdateBadgeGrantOutput>({
  id: 'admin.v1.badge.grant.update',
  method: 'PUT',
  path: '/open-apis/admin/v1/badges/:badge_id/grants/:grant_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ badge_id: string(), grant_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({
        name: string(),
        grant_type: number(),
        time_zone: string(),
        rule_detail: RuleDetailSchema(),
        is_grant_all: boolean(),
        user_ids: optional(array(string())),
        department_ids: optional(array(string())),
        group_ids: optional(array(string())),
      }),
    }),
})
