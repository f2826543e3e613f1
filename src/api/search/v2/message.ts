// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createMessage}. */
export interface CreateMessageInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_size?: number; page_token?: string }
  body: {
    query: string
    from_ids?: string[]
    chat_ids?: string[]
    message_type?: 'file' | 'image' | 'media'
    at_chatter_ids?: string[]
    from_type?: 'bot' | 'user'
    chat_type?: 'group_chat' | 'p2p_chat'
    start_time?: string
    end_time?: string
  }
}

/** `data` of a successful {@link createMessage} response. */
export interface CreateMessageOutput {
  items?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `search.v2.message.create`: POST /open-apis/search/v2/message (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=search&resource=message&version=v2
 */
export const createMessage = /*#__PURE__*/ endpoint<CreateMessageInput, CreateMessageOutput, true>({
  id: 'search.v2.message.create',
  method: 'POST',
  path: '/open-apis/search/v2/message',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_size: optional(number()),
        page_token: optional(string()),
      })),
      body: looseObject({
        query: string(),
        from_ids: optional(array(string())),
        chat_ids: optional(array(string())),
        message_type: optional(picklist(['file', 'image', 'media'])),
        at_chatter_ids: optional(array(string())),
        from_type: optional(picklist(['bot', 'user'])),
        chat_type: optional(picklist(['group_chat', 'p2p_chat'])),
        start_time: optional(string()),
        end_time: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
