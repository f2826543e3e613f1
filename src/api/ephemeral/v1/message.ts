// Generated from catalog/ephemeral.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, record, string, unknown } from '../../../core/valibot.ts'

/** Input of {@link deleteMessage}. */
export interface DeleteMessageInput {
  body: { message_id: string }
}

/** `data` of a successful {@link deleteMessage} response. */
export type DeleteMessageOutput = { [key: string]: unknown }

/**
 * `ephemeral.v1.message.delete`: POST /open-apis/ephemeral/v1/delete (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/im-v1/message-card/delete-message-cards-that-are-only-visible-to-certain-people
 */
export const deleteMessage = /*#__PURE__*/ endpoint<DeleteMessageInput, DeleteMessageOutput>({
  id: 'ephemeral.v1.message.delete',
  method: 'POST',
  path: '/open-apis/ephemeral/v1/delete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ message_id: string() }) }),
})

/** Input of {@link sendMessage}. */
export interface SendMessageInput {
  body: {
    chat_id: string
    open_id?: string
    user_id?: string
    email?: string
    msg_type: 'interactive'
    card: { [key: string]: unknown }
  }
}

/** `data` of a successful {@link sendMessage} response. */
export interface SendMessageOutput {
  message_id?: string
}

/**
 * `ephemeral.v1.message.send`: POST /open-apis/ephemeral/v1/send (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/im-v1/message-card/send-message-cards-that-are-only-visible-to-certain-people
 */
export const sendMessage = /*#__PURE__*/ endpoint<SendMessageInput, SendMessageOutput>({
  id: 'ephemeral.v1.message.send',
  method: 'POST',
  path: '/open-apis/ephemeral/v1/send',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        chat_id: string(),
        open_id: optional(string()),
        user_id: optional(string()),
        email: optional(string()),
        msg_type: picklist(['interactive']),
        card: record(string(), unknown()),
      }),
    }),
})
