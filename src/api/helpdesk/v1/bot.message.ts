// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createBotMessage}. */
export interface CreateBotMessageInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: {
    msg_type: 'text' | 'post' | 'image' | 'interactive'
    content: string
    receiver_id: string
    receive_type?: 'chat' | 'user'
  }
}

/** `data` of a successful {@link createBotMessage} response. */
export interface CreateBotMessageOutput {
  message_id?: string
}

/**
 * `helpdesk.v1.bot.message.create`: POST /open-apis/helpdesk/v1/message (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=bot.message&version=v1
 */
export const createBotMessage = /*#__PURE__*/ endpoint<CreateBotMessageInput, CreateBotMessageOutput>({
  id: 'helpdesk.v1.bot.message.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/message',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({
        msg_type: picklist(['text', 'post', 'image', 'interactive']),
        content: string(),
        receiver_id: string(),
        receive_type: optional(picklist(['chat', 'user'])),
      }),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
