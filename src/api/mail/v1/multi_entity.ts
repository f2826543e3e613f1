// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link searchMultiEntity}. */
export interface SearchMultiEntityInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { query: string; size?: number }
}

/** `data` of a successful {@link searchMultiEntity} response. */
export interface SearchMultiEntityOutput {
  items?: {
    type?: string
    id?: string
    name?: string
    email?: string
    display_name?: string
    member_count?: number
    user_id?: string
    department?: string
    chat_id?: string
    tag?: string
  }[]
  notice?: string
}

/**
 * `mail.v1.multi_entity.search`: POST /open-apis/mail/v1/multi_entity/search (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=mail&resource=multi_entity&version=v1
 */
export const searchMultiEntity = /*#__PURE__*/ endpoint<SearchMultiEntityInput, SearchMultiEntityOutput>({
  id: 'mail.v1.multi_entity.search',
  method: 'POST',
  path: '/open-apis/mail/v1/multi_entity/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ query: string(), size: optional(number()) }),
    }),
})
