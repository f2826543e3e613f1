// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createApp}. */
export interface CreateAppInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_size?: number; page_token?: string }
  body: { query: string }
}

/** `data` of a successful {@link createApp} response. */
export interface CreateAppOutput {
  items?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `search.v2.app.create`: POST /open-apis/search/v2/app (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=search&resource=app&version=v2
 */
export const createApp = /*#__PURE__*/ endpoint<CreateAppInput, CreateAppOutput, true>({
  id: 'search.v2.app.create',
  method: 'POST',
  path: '/open-apis/search/v2/app',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: looseObject({ query: string() }),
    }),
  page: { items: 'items' },
})
