// Generated from catalog/application.v5.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { App } from './types.ts'

/** Input of {@link favouriteApplication}. */
export interface FavouriteApplicationInput {
  query?: { language?: 'zh_cn' | 'en_us' | 'ja_jp'; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link favouriteApplication} response. */
export interface FavouriteApplicationOutput {
  page_token?: string
  total_count?: number
  has_more?: boolean
  app_list?: App[]
}

/**
 * `application.v5.application.favourite`: GET /open-apis/application/v5/applications/favourite (user token).
 *
 * Paginated over `app_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=favourite&project=application&resource=application&version=v5
 */
export const favouriteApplication = /*#__PURE__*/ endpoint<FavouriteApplicationInput, FavouriteApplicationOutput, true>({
  id: 'application.v5.application.favourite',
  method: 'GET',
  path: '/open-apis/application/v5/applications/favourite',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        language: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'app_list' },
})

/** Input of {@link recommendApplication}. */
export interface RecommendApplicationInput {
  query?: {
    language?: 'zh_cn' | 'en_us' | 'ja_jp'
    recommend_type?: 'user_unremovable' | 'user_removable'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link recommendApplication} response. */
export interface RecommendApplicationOutput {
  page_token?: string
  page_size?: number
  total_count?: number
  has_more?: boolean
  app_list?: App[]
}

/**
 * `application.v5.application.recommend`: GET /open-apis/application/v5/applications/recommend (user token).
 *
 * Paginated over `app_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recommend&project=application&resource=application&version=v5
 */
export const recommendApplication = /*#__PURE__*/ endpoint<RecommendApplicationInput, RecommendApplicationOutput, true>({
  id: 'application.v5.application.recommend',
  method: 'GET',
  path: '/open-apis/application/v5/applications/recommend',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        language: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])),
        recommend_type: optional(picklist(['user_unremovable', 'user_removable'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'app_list' },
})
