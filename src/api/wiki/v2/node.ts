// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link searchNode}. */
export interface SearchNodeInput {
  query?: { page_token?: string; page_size?: number }
  body: { query: string; space_id?: string; node_id?: string }
}

/** `data` of a successful {@link searchNode} response. */
export interface SearchNodeOutput {
  items?: {
    node_id?: string
    space_id?: string
    obj_type?: number
    obj_token?: string
    parent_id?: string
    sort_id?: number
    title?: string
    url?: string
    icon?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `wiki.v2.node.search`: POST /open-apis/wiki/v2/nodes/search (user token).
 *
 * Paginated over `items`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/wiki-v2/search_wiki
 */
export const searchNode = /*#__PURE__*/ endpoint<SearchNodeInput, SearchNodeOutput, true>({
  id: 'wiki.v2.node.search',
  method: 'POST',
  path: '/open-apis/wiki/v2/nodes/search',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: looseObject({ query: string(), space_id: optional(string()), node_id: optional(string()) }),
    }),
  page: { items: 'items' },
})
