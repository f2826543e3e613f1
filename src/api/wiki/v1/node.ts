// Generated from catalog/wiki.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link searchNode}. */
export interface SearchNodeInput {
  query?: { page_token?: string; page_size?: number }
  body: { query: string; space_id?: string; node_id?: string }
}

/** `data` of a successful {@link searchNode} response. */
export interface SearchNodeOutput {
  items: {
    node_id: string
    space_id: string
    obj_type: number
    title: string
    url?: string
    icon?: string
    obj_token: string
    create_time?: string
    update_time?: string
    delete_time?: string
    child_num: number
    version: number
  }[]
  page_token?: string
  has_more: boolean
}

/**
 * `wiki.v1.node.search`: POST /open-apis/wiki/v1/nodes/search (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=wiki&resource=node&version=v1
 */
export const searchNode = /*#__PURE__*/ endpoint<SearchNodeInput, SearchNodeOutput, true>({
  id: 'wiki.v1.node.search',
  method: 'POST',
  path: '/open-apis/wiki/v1/nodes/search',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
      body: looseObject({ query: string(), space_id: optional(string()), node_id: optional(string()) }),
    }),
  page: { items: 'items' },
})
