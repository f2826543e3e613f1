// Generated from catalog/application.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, maxLength, number, optional, picklist, pipe, string } from '../../../core/valibot.ts'
import { AddUserSchema } from './models.ts'
import type { AddUser } from './types.ts'

/** Input of {@link listApp}. */
export interface ListAppInput {
  query?: { page_token?: string; page_size?: number; lang?: 'zh_cn' | 'en_us' | 'ja_jp'; status?: 0 | 1 | -1 }
}

/** `data` of a successful {@link listApp} response. */
export interface ListAppOutput {
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
 * `application.v3.app.list`: GET /open-apis/application/v3/app/list (tenant token).
 *
 * Paginated over `app_list`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `listApplication` from `larkfn/application/v6` instead.
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/obtain-the-apps-installed-by-an-organization
 */
export const listApp = /*#__PURE__*/ endpoint<ListAppInput, ListAppOutput, true>({
  id: 'application.v3.app.list',
  method: 'GET',
  path: '/open-apis/application/v3/app/list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        lang: optional(picklist(['zh_cn', 'en_us', 'ja_jp'])),
        status: optional(picklist([0, 1, -1])),
      })),
    }),
  page: { items: 'app_list' },
})

/** Input of {@link updateAppVisibility}. */
export interface UpdateAppVisibilityInput {
  body: {
    app_id: string
    /** Max 500 items. */
    del_users?: AddUser[]
    /** Max 500 items. */
    add_users?: AddUser[]
    is_visiable_to_all?: 0 | 1
    /** Max 500 items. */
    add_departments?: string[]
    /** Max 500 items. */
    del_departments?: string[]
  }
}

/** `data` of a successful {@link updateAppVisibility} response. */
export type UpdateAppVisibilityOutput = { [key: string]: unknown }

/**
 * `application.v3.app.update_visibility`: POST /open-apis/application/v3/app/update_visibility (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/update-the-availability-of-an-app
 */
export const updateAppVisibility = /*#__PURE__*/ endpoint<UpdateAppVisibilityInput, UpdateAppVisibilityOutput>({
  id: 'application.v3.app.update_visibility',
  method: 'POST',
  path: '/open-apis/application/v3/app/update_visibility',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        app_id: string(),
        del_users: optional(pipe(array(AddUserSchema()), maxLength(500))),
        add_users: optional(pipe(array(AddUserSchema()), maxLength(500))),
        is_visiable_to_all: optional(picklist([0, 1])),
        add_departments: optional(pipe(array(string()), maxLength(500))),
        del_departments: optional(pipe(array(string()), maxLength(500))),
      }),
    }),
})
