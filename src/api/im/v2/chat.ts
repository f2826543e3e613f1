// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link searchChat}. */
export interface SearchChatInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: {
    query?: string
    filter?: {
      search_types?: ('private' | 'external' | 'public_joined' | 'public_not_joined')[]
      member_ids?: string[]
      is_manager?: boolean
      disable_search_by_user?: boolean
      chat_modes?: ('default' | 'thread')[]
    }
    sorter?: 'create_time_desc' | 'update_time_desc' | 'member_count_desc'
  }
}

/** `data` of a successful {@link searchChat} response. */
export interface SearchChatOutput {
  items: {
    id: string
    display_info?: string
    meta_data?: {
      chat_id: string
      create_time?: string
      update_time?: string
      external?: boolean
      chat_mode?: string
      description?: string
      avatar?: string
      name?: string
      owner_id?: string
      owner_id_type?: string
      tenant_key?: string
      chat_status?: 'normal' | 'dissolved' | 'dissolved_save'
    }
  }[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `im.v2.chat.search`: POST /open-apis/im/v2/chats/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=im&resource=chat&version=v2
 */
export const searchChat = /*#__PURE__*/ endpoint<SearchChatInput, SearchChatOutput, true>({
  id: 'im.v2.chat.search',
  method: 'POST',
  path: '/open-apis/im/v2/chats/search',
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
        filter: optional(looseObject({
          search_types: optional(array(picklist(['private', 'external', 'public_joined', 'public_not_joined']))),
          member_ids: optional(array(string())),
          is_manager: optional(boolean()),
          disable_search_by_user: optional(boolean()),
          chat_modes: optional(array(picklist(['default', 'thread']))),
        })),
        sorter: optional(picklist(['create_time_desc', 'update_time_desc', 'member_count_desc'])),
      })),
    }),
  page: { items: 'items' },
})
