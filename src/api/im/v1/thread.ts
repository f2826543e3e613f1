// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Mention, Sender } from './types.ts'

/** Input of {@link forwardThread}. */
export interface ForwardThreadInput {
  path: { thread_id: string }
  query: { receive_id_type: 'open_id' | 'union_id' | 'user_id' | 'email' | 'chat_id' | 'thread_id'; uuid?: string }
  body: { receive_id: string }
}

/** `data` of a successful {@link forwardThread} response. */
export interface ForwardThreadOutput {
  message_id?: string
  root_id?: string
  parent_id?: string
  thread_id?: string
  msg_type?: string
  create_time?: string
  update_time?: string
  deleted?: boolean
  updated?: boolean
  chat_id?: string
  sender?: Sender
  body?: { content: string }
  mentions?: Mention[]
  upper_message_id?: string
  message_app_link?: string
  message_position?: string
  thread_message_position?: string
}

/**
 * `im.v1.thread.forward`: POST /open-apis/im/v1/threads/:thread_id/forward (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=forward&project=im&resource=thread&version=v1
 */
export const forwardThread = /*#__PURE__*/ endpoint<ForwardThreadInput, ForwardThreadOutput>({
  id: 'im.v1.thread.forward',
  method: 'POST',
  path: '/open-apis/im/v1/threads/:thread_id/forward',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ thread_id: string() }),
      query: looseObject({
        receive_id_type: picklist(['open_id', 'union_id', 'user_id', 'email', 'chat_id', 'thread_id']),
        uuid: optional(string()),
      }),
      body: looseObject({ receive_id: string() }),
    }),
})
