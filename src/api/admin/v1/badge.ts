// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import { I18nExplanationSchema } from './models.ts'
import type { Badge, I18nExplanation } from './types.ts'

/** Input of {@link createBadge}. */
export interface CreateBadgeInput {
  body: {
    name: string
    explanation?: string
    detail_image: string
    show_image: string
    i18n_name?: I18nExplanation
    i18n_explanation?: I18nExplanation
  }
}

/** `data` of a successful {@link createBadge} response. */
export interface CreateBadgeOutput {
  badge?: Badge
}

/**
 * `admin.v1.badge.create`: POST /open-apis/admin/v1/badges (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=admin&resource=badge&version=v1
 */
export const createBadge = /*#__PURE__*/ endpoint<CreateBadgeInput, CreateBadgeOutput>({
  id: 'admin.v1.badge.create',
  method: 'POST',
  path: '/open-apis/admin/v1/badges',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        explanation: optional(string()),
        detail_image: string(),
        show_image: string(),
        i18n_name: optional(I18nExplanationSchema()),
        i18n_explanation: optional(I18nExplanationSchema()),
      }),
    }),
})

/** Input of {@link getBadge}. */
export interface GetBadgeInput {
  path: { badge_id: string }
}

/** `data` of a successful {@link getBadge} response. */
export interface GetBadgeOutput {
  badge?: Badge
}

/**
 * `admin.v1.badge.get`: GET /open-apis/admin/v1/badges/:badge_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=admin&resource=badge&version=v1
 */
export const getBadge = /*#__PURE__*/ endpoint<GetBadgeInput, GetBadgeOutput>({
  id: 'admin.v1.badge.get',
  method: 'GET',
  path: '/open-apis/admin/v1/badges/:badge_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ badge_id: string() }) }),
})

/** Input of {@link listBadge}. */
export interface ListBadgeInput {
  query: { page_size: number; page_token?: string; name?: string }
}

/** `data` of a successful {@link listBadge} response. */
export interface ListBadgeOutput {
  badges?: Badge[]
  page_token?: string
  has_more?: boolean
}

/**
 * `admin.v1.badge.list`: GET /open-apis/admin/v1/badges (tenant token).
 *
 * Paginated over `badges`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=admin&resource=badge&version=v1
 */
export const listBadge = /*#__PURE__*/ endpoint<ListBadgeInput, ListBadgeOutput, true>({
  id: 'admin.v1.badge.list',
  method: 'GET',
  path: '/open-apis/admin/v1/badges',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()), name: optional(string()) }),
    }),
  page: { items: 'badges' },
})

/** Input of {@link updateBadge}. */
export interface UpdateBadgeInput {
  path: { badge_id: string }
  body: {
    name: string
    explanation?: string
    detail_image: string
    show_image: string
    i18n_name?: I18nExplanation
    i18n_explanation?: I18nExplanation
  }
}

/** `data` of a successful {@link updateBadge} response. */
export interface UpdateBadgeOutput {
  badge?: Badge
}

/**
 * `admin.v1.badge.update`: PUT /open-apis/admin/v1/badges/:badge_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=admin&resource=badge&version=v1
 */
export const updateBadge = /*#__PURE__*/ endpoint<UpdateBadgeInput, UpdateBadgeOutput>({
  id: 'admin.v1.badge.update',
  method: 'PUT',
  path: '/open-apis/admin/v1/badges/:badge_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ badge_id: string() }),
      body: looseObject({
        name: string(),
        explanation: optional(string()),
        detail_image: string(),
        show_image: string(),
        i18n_name: optional(I18nExplanationSchema()),
        i18n_explanation: optional(I18nExplanationSchema()),
      }),
    }),
})
