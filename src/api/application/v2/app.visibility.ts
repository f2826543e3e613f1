// Generated from catalog/application.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { InvisibleUser } from './types.ts'

/** Input of {@link getAppVisibility}. */
export interface GetAppVisibilityInput {
  query: { app_id: string; user_page_token?: string; user_page_size?: number }
}

/** `data` of a successful {@link getAppVisibility} response. */
export interface GetAppVisibilityOutput {
  departments?: { id?: string }[]
  invisible_departments?: { id?: string }[]
  users?: InvisibleUser[]
  invisible_users?: InvisibleUser[]
  groups?: { id?: string }[]
  invisible_groups?: { id?: string }[]
  is_visible_to_all?: 0 | 1
  has_more_users?: 0 | 1
  user_page_token?: string
}

/**
 * `application.v2.app.visibility.get`: GET /open-apis/application/v2/app/visibility (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/application-v6/admin/obtain-the-app-availability-in-an-organization
 */
export const getAppVisibility = /*#__PURE__*/ endpoint<GetAppVisibilityInput, GetAppVisibilityOutput>({
  id: 'application.v2.app.visibility.get',
  method: 'GET',
  path: '/open-apis/application/v2/app/visibility',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ app_id: string(), user_page_token: optional(string()), user_page_size: optional(number()) }),
    }),
})
