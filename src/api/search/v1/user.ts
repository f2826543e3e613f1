// Generated from catalog/search.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link searchUser}. */
export interface SearchUserInput {
  query: { query: string; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link searchUser} response. */
export interface SearchUserOutput {
  has_more?: boolean
  page_token?: string
  users?: {
    avatar?: { avatar_72?: string; avatar_240?: string; avatar_640?: string; avatar_origin?: string }
    department_ids?: string[]
    name?: string
    open_id?: string
    user_id?: string
  }[]
}

/**
 * `search.v1.user.search`: GET /open-apis/search/v1/user (user token).
 *
 * Paginated over `users`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/contact-v3/user/search-users
 */
export const searchUser = /*#__PURE__*/ endpoint<SearchUserInput, SearchUserOutput, true>({
  id: 'search.v1.user.search',
  method: 'GET',
  path: '/open-apis/search/v1/user',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: looseObject({ query: string(), page_size: optional(number()), page_token: optional(string()) }),
    }),
  page: { items: 'users' },
})
