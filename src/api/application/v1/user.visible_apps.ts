// Generated from catalog/application.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getUserVisibleApps}. */
export interface GetUserVisibleAppsInput {
  query?: {
    page_token?: string
    page_size?: number
    lang?: 'zh_cn' | 'zh_hk' | 'zh_tw' | 'en_us' | 'ja_jp' | 'ko_kr' | 'es_es' | 'pt-br' | 'th_th' | 'vi_vn' | 'id_id'
    open_id?: string
    user_id?: string
  }
}

/** `data` of a successful {@link getUserVisibleApps} response. */
export interface GetUserVisibleAppsOutput {
  page_token?: string
  page_size?: number
  total_count?: number
  has_more?: boolean | number
  lang?: string
  app_list?: {
    app_id?: string
    primary_language?: string
    app_name?: string
    description?: string
    avatar_url?: string
    app_scene_type?: 0 | 1
    status?: 0 | 1
    mobile_default_ability?: number
    pc_default_ability?: number
    create_source?: 'developer_console' | 'base' | 'app_engine' | 'bot_builder' | 'aily' | 'unknown'
  }[]
}

/**
 * `application.v1.user.visible_apps.get`: GET /open-apis/application/v1/user/visible_apps (tenant token).
 *
 * Paginated over `app_list`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/obtain-the-apps-available-to-a-user
 */
export const getUserVisibleApps = /*#__PURE__*/ endpoint<GetUserVisibleAppsInput, GetUserVisibleAppsOutput, true>({
  id: 'application.v1.user.visible_apps.get',
  method: 'GET',
  path: '/open-apis/application/v1/user/visible_apps',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        lang: optional(picklist([
          'zh_cn',
          'zh_hk',
          'zh_tw',
          'en_us',
          'ja_jp',
          'ko_kr',
          'es_es',
          'pt-br',
          'th_th',
          'vi_vn',
          'id_id',
        ])),
        open_id: optional(string()),
        user_id: optional(string()),
      })),
    }),
  page: { items: 'app_list' },
})
