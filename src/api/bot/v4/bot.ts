// Generated from catalog/bot.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link searchBot}. */
export interface SearchBotInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { query?: string; filter?: { chat_ids?: string[]; has_chatter?: boolean } }
}

/** `data` of a successful {@link searchBot} response. */
export interface SearchBotOutput {
  items: {
    id: string
    display_info?: string
    meta_data?: { tenant_id?: string; enable_join_group?: boolean; chat_id?: string; is_agent?: boolean }
  }[]
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `bot.v4.bot.search`: POST /open-apis/bot/v4/bot/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=bot&resource=bot&version=v4
 */
export const searchBot = /*#__PURE__*/ endpoint<SearchBotInput, SearchBotOutput, true>({
  id: 'bot.v4.bot.search',
  method: 'POST',
  path: '/open-apis/bot/v4/bot/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: optional(looseObject({
        query: optional(string()),
        filter: optional(looseObject({ chat_ids: optional(array(string())), has_chatter: optional(boolean()) })),
      })),
    }),
  page: { items: 'items' },
})
