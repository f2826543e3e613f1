// Generated from catalog/message.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import {
  array,
  looseObject,
  maxLength,
  optional,
  picklist,
  pipe,
  record,
  string,
  unknown,
} from '../../../core/valibot.ts'

/** Input of {@link batchSendMessage}. */
export interface BatchSendMessageInput {
  body: {
    msg_type: 'text' | 'image' | 'post' | 'share_chat' | 'interactive'
    content?: { [key: string]: unknown }
    card?: { [key: string]: unknown }
    /** Max 200 items. */
    department_ids?: string[]
    /** Max 200 items. */
    open_ids?: string[]
    /** Max 200 items. */
    user_ids?: string[]
    /** Max 200 items. */
    union_ids?: string[]
  }
}

/** `data` of a successful {@link batchSendMessage} response. */
export interface BatchSendMessageOutput {
  message_id?: string
  invalid_department_ids?: string[]
  invalid_open_ids?: string[]
  invalid_user_ids?: string[]
  invalid_union_ids?: string[]
}

/**
 * `message.v4.message.batch_send`: POST /open-apis/message/v4/batch_send/ (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/im-v1/batch_message/send-messages-in-batches
 */
export const batchSendMessage = /*#__PURE__*/ endpoint<BatchSendMessageInput, BatchSendMessageOutput>({
  id: 'message.v4.message.batch_send',
  method: 'POST',
  path: '/open-apis/message/v4/batch_send/',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        msg_type: picklist(['text', 'image', 'post', 'share_chat', 'interactive']),
        content: optional(record(string(), unknown())),
        card: optional(record(string(), unknown())),
        department_ids: optional(pipe(array(string()), maxLength(200))),
        open_ids: optional(pipe(array(string()), maxLength(200))),
        user_ids: optional(pipe(array(string()), maxLength(200))),
        union_ids: optional(pipe(array(string()), maxLength(200))),
      }),
    }),
})
