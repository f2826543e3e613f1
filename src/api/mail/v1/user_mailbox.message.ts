// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BccSchema } from './models.ts'
import type { BatchGetMessage, Bcc, Message } from './types.ts'

/** Input of {@link batchGetUserMailboxMessage}. */
export interface BatchGetUserMailboxMessageInput {
  path: { user_mailbox_id: string }
  body?: { format?: 'full' | 'plain_text_full' | 'metadata'; message_ids?: string[] }
}

/** `data` of a successful {@link batchGetUserMailboxMessage} response. */
export interface BatchGetUserMailboxMessageOutput {
  messages?: BatchGetMessage[]
}

/**
 * `mail.v1.user_mailbox.message.batch_get`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_get (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=mail&resource=user_mailbox.message&version=v1
 */
export const batchGetUserMailboxMessage = /*#__PURE__*/ endpoint<BatchGetUserMailboxMessageInput, BatchGetUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.batch_get',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({
        format: optional(picklist(['full', 'plain_text_full', 'metadata'])),
        message_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link batchModifyUserMailboxMessage}. */
export interface BatchModifyUserMailboxMessageInput {
  path: { user_mailbox_id: string }
  body?: { message_ids?: string[]; add_label_ids?: string[]; remove_label_ids?: string[]; add_folder?: string }
}

/** `data` of a successful {@link batchModifyUserMailboxMessage} response. */
export type BatchModifyUserMailboxMessageOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.message.batch_modify`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_modify (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_modify&project=mail&resource=user_mailbox.message&version=v1
 */
export const batchModifyUserMailboxMessage = /*#__PURE__*/ endpoint<BatchModifyUserMailboxMessageInput, BatchModifyUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.batch_modify',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_modify',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({
        message_ids: optional(array(string())),
        add_label_ids: optional(array(string())),
        remove_label_ids: optional(array(string())),
        add_folder: optional(string()),
      })),
    }),
})

/** Input of {@link batchTrashUserMailboxMessage}. */
export interface BatchTrashUserMailboxMessageInput {
  path: { user_mailbox_id: string }
  body?: { message_ids?: string[] }
}

/** `data` of a successful {@link batchTrashUserMailboxMessage} response. */
export type BatchTrashUserMailboxMessageOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.message.batch_trash`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_trash (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_trash&project=mail&resource=user_mailbox.message&version=v1
 */
export const batchTrashUserMailboxMessage = /*#__PURE__*/ endpoint<BatchTrashUserMailboxMessageInput, BatchTrashUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.batch_trash',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/batch_trash',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({ message_ids: optional(array(string())) })),
    }),
})

/** Input of {@link getUserMailboxMessage}. */
export interface GetUserMailboxMessageInput {
  path: { user_mailbox_id: string; message_id: string }
  query?: { format?: 'full' | 'plain_text_full' | 'metadata' }
}

/** `data` of a successful {@link getUserMailboxMessage} response. */
export interface GetUserMailboxMessageOutput {
  message?: Message
}

/**
 * `mail.v1.user_mailbox.message.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.message&version=v1
 */
export const getUserMailboxMessage = /*#__PURE__*/ endpoint<GetUserMailboxMessageInput, GetUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), message_id: string() }),
      query: optional(looseObject({ format: optional(picklist(['full', 'plain_text_full', 'metadata'])) })),
    }),
})

/** Input of {@link getUserMailboxMessageByCard}. */
export interface GetUserMailboxMessageByCardInput {
  path: { user_mailbox_id: string }
  query: { card_id: string; owner_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getUserMailboxMessageByCard} response. */
export interface GetUserMailboxMessageByCardOutput {
  owner_info: { type: string; owner_user_id?: string; public_mailbox_id?: string }
  message_ids: string[]
  card_id: string
}

/**
 * `mail.v1.user_mailbox.message.get_by_card`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/get_by_card (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_card&project=mail&resource=user_mailbox.message&version=v1
 */
export const getUserMailboxMessageByCard = /*#__PURE__*/ endpoint<GetUserMailboxMessageByCardInput, GetUserMailboxMessageByCardOutput>({
  id: 'mail.v1.user_mailbox.message.get_by_card',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/get_by_card',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: looseObject({
        card_id: string(),
        owner_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link listUserMailboxMessage}. */
export interface ListUserMailboxMessageInput {
  path: { user_mailbox_id: string }
  query: { page_size: number; page_token?: string; folder_id: string; only_unread?: boolean; label_id?: string }
}

/** `data` of a successful {@link listUserMailboxMessage} response. */
export interface ListUserMailboxMessageOutput {
  items?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `mail.v1.user_mailbox.message.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.message&version=v1
 */
export const listUserMailboxMessage = /*#__PURE__*/ endpoint<ListUserMailboxMessageInput, ListUserMailboxMessageOutput, true>({
  id: 'mail.v1.user_mailbox.message.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        folder_id: string(),
        only_unread: optional(boolean()),
        label_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link listUserMailboxMessageThreadMessage}. */
export interface ListUserMailboxMessageThreadMessageInput {
  path: { user_mailbox_id: string; thread_id: string }
  query?: { format?: 'full' | 'plain_text_full' | 'metadata'; include_spam_trash?: boolean }
}

/** `data` of a successful {@link listUserMailboxMessageThreadMessage} response. */
export interface ListUserMailboxMessageThreadMessageOutput {
  items?: {
    message_id?: string
    thread_id?: string
    folder_id?: string
    smtp_message_id?: string
    internal_date?: string
    message_state?: number
    message?: BatchGetMessage
  }[]
}

/**
 * `mail.v1.user_mailbox.message.list_thread_message`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/messages (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_thread_message&project=mail&resource=user_mailbox.message&version=v1
 */
export const listUserMailboxMessageThreadMessage = /*#__PURE__*/ endpoint<ListUserMailboxMessageThreadMessageInput, ListUserMailboxMessageThreadMessageOutput>({
  id: 'mail.v1.user_mailbox.message.list_thread_message',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), thread_id: string() }),
      query: optional(looseObject({
        format: optional(picklist(['full', 'plain_text_full', 'metadata'])),
        include_spam_trash: optional(boolean()),
      })),
    }),
})

/** Input of {@link modifyUserMailboxMessage}. */
export interface ModifyUserMailboxMessageInput {
  path: { user_mailbox_id: string; message_id: string }
  body?: { add_label_ids?: string[]; remove_label_ids?: string[]; add_folder?: string }
}

/** `data` of a successful {@link modifyUserMailboxMessage} response. */
export type ModifyUserMailboxMessageOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.message.modify`: PUT /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/modify (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=modify&project=mail&resource=user_mailbox.message&version=v1
 */
export const modifyUserMailboxMessage = /*#__PURE__*/ endpoint<ModifyUserMailboxMessageInput, ModifyUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.modify',
  method: 'PUT',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/modify',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), message_id: string() }),
      body: optional(looseObject({
        add_label_ids: optional(array(string())),
        remove_label_ids: optional(array(string())),
        add_folder: optional(string()),
      })),
    }),
})

/** Input of {@link sendUserMailboxMessage}. */
export interface SendUserMailboxMessageInput {
  path: { user_mailbox_id: string }
  body?: {
    subject?: string
    to?: Bcc[]
    raw?: string
    cc?: Bcc[]
    bcc?: Bcc[]
    body_html?: string
    body_plain_text?: string
    attachments?: { body: string; filename: string; is_inline?: boolean; cid?: string }[]
    dedupe_key?: string
    head_from?: { name?: string }
  }
}

/** `data` of a successful {@link sendUserMailboxMessage} response. */
export interface SendUserMailboxMessageOutput {
  message_id?: string
  thread_id?: string
}

/**
 * `mail.v1.user_mailbox.message.send`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/send (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=send&project=mail&resource=user_mailbox.message&version=v1
 */
export const sendUserMailboxMessage = /*#__PURE__*/ endpoint<SendUserMailboxMessageInput, SendUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.send',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/send',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({
        subject: optional(string()),
        to: optional(array(BccSchema())),
        raw: optional(string()),
        cc: optional(array(BccSchema())),
        bcc: optional(array(BccSchema())),
        body_html: optional(string()),
        body_plain_text: optional(string()),
        attachments: optional(array(looseObject({
          body: string(),
          filename: string(),
          is_inline: optional(boolean()),
          cid: optional(string()),
        }))),
        dedupe_key: optional(string()),
        head_from: optional(looseObject({ name: optional(string()) })),
      })),
    }),
})

/** Input of {@link sendUserMailboxMessageStatus}. */
export interface SendUserMailboxMessageStatusInput {
  path: { user_mailbox_id: string; message_id: string }
}

/** `data` of a successful {@link sendUserMailboxMessageStatus} response. */
export interface SendUserMailboxMessageStatusOutput {
  message_id?: string
  details?: { recipient?: Bcc; status?: number; last_updated_time?: number }[]
}

/**
 * `mail.v1.user_mailbox.message.send_status`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/send_status (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=send_status&project=mail&resource=user_mailbox.message&version=v1
 */
export const sendUserMailboxMessageStatus = /*#__PURE__*/ endpoint<SendUserMailboxMessageStatusInput, SendUserMailboxMessageStatusOutput>({
  id: 'mail.v1.user_mailbox.message.send_status',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/send_status',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), message_id: string() }) }),
})

/** Input of {@link trashUserMailboxMessage}. */
export interface TrashUserMailboxMessageInput {
  path: { user_mailbox_id: string; message_id: string }
}

/** `data` of a successful {@link trashUserMailboxMessage} response. */
export type TrashUserMailboxMessageOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.message.trash`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/trash (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=trash&project=mail&resource=user_mailbox.message&version=v1
 */
export const trashUserMailboxMessage = /*#__PURE__*/ endpoint<TrashUserMailboxMessageInput, TrashUserMailboxMessageOutput>({
  id: 'mail.v1.user_mailbox.message.trash',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/trash',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), message_id: string() }) }),
})
