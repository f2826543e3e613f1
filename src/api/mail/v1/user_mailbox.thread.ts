// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Message } from './types.ts'

/** Input of {@link batchModifyUserMailboxThread}. */
export interface BatchModifyUserMailboxThreadInput {
  path: { user_mailbox_id: string }
  body?: { add_label_ids?: string[]; remove_label_ids?: string[]; add_folder?: string; thread_ids?: string[] }
}

/** `data` of a successful {@link batchModifyUserMailboxThread} response. */
export type BatchModifyUserMailboxThreadOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.thread.batch_modify`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/batch_modify (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_modify&project=mail&resource=user_mailbox.thread&version=v1
 */
export const batchModifyUserMailboxThread = /*#__PURE__*/ endpoint<BatchModifyUserMailboxThreadInput, BatchModifyUserMailboxThreadOutput>({
  id: 'mail.v1.user_mailbox.thread.batch_modify',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/batch_modify',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({
        add_label_ids: optional(array(string())),
        remove_label_ids: optional(array(string())),
        add_folder: optional(string()),
        thread_ids: optional(array(string())),
      })),
    }),
})

/** Input of {@link batchTrashUserMailboxThread}. */
export interface BatchTrashUserMailboxThreadInput {
  path: { user_mailbox_id: string }
  body?: { thread_ids?: string[] }
}

/** `data` of a successful {@link batchTrashUserMailboxThread} response. */
export type BatchTrashUserMailboxThreadOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.thread.batch_trash`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/batch_trash (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_trash&project=mail&resource=user_mailbox.thread&version=v1
 */
export const batchTrashUserMailboxThread = /*#__PURE__*/ endpoint<BatchTrashUserMailboxThreadInput, BatchTrashUserMailboxThreadOutput>({
  id: 'mail.v1.user_mailbox.thread.batch_trash',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/batch_trash',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({ thread_ids: optional(array(string())) })),
    }),
})

/** Input of {@link getUserMailboxThread}. */
export interface GetUserMailboxThreadInput {
  path: { user_mailbox_id: string; thread_id: string }
  query?: { format?: 'full' | 'plain_text_full' | 'metadata'; include_spam_trash?: boolean }
}

/** `data` of a successful {@link getUserMailboxThread} response. */
export interface GetUserMailboxThreadOutput {
  thread?: { id?: string; body_preview?: string; messages?: Message[] }
}

/**
 * `mail.v1.user_mailbox.thread.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.thread&version=v1
 */
export const getUserMailboxThread = /*#__PURE__*/ endpoint<GetUserMailboxThreadInput, GetUserMailboxThreadOutput>({
  id: 'mail.v1.user_mailbox.thread.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id',
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

/** Input of {@link listUserMailboxThread}. */
export interface ListUserMailboxThreadInput {
  path: { user_mailbox_id: string }
  query: { page_size: number; page_token?: string; folder_id?: string; only_unread?: boolean; label_id?: string }
}

/** `data` of a successful {@link listUserMailboxThread} response. */
export interface ListUserMailboxThreadOutput {
  items?: { id?: string; body_preview?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `mail.v1.user_mailbox.thread.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.thread&version=v1
 */
export const listUserMailboxThread = /*#__PURE__*/ endpoint<ListUserMailboxThreadInput, ListUserMailboxThreadOutput, true>({
  id: 'mail.v1.user_mailbox.thread.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        folder_id: optional(string()),
        only_unread: optional(boolean()),
        label_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link modifyUserMailboxThread}. */
export interface ModifyUserMailboxThreadInput {
  path: { user_mailbox_id: string; thread_id: string }
  body?: { add_label_ids?: string[]; remove_label_ids?: string[]; add_folder?: string }
}

/** `data` of a successful {@link modifyUserMailboxThread} response. */
export type ModifyUserMailboxThreadOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.thread.modify`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/modify (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=modify&project=mail&resource=user_mailbox.thread&version=v1
 */
export const modifyUserMailboxThread = /*#__PURE__*/ endpoint<ModifyUserMailboxThreadInput, ModifyUserMailboxThreadOutput>({
  id: 'mail.v1.user_mailbox.thread.modify',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/modify',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), thread_id: string() }),
      body: optional(looseObject({
        add_label_ids: optional(array(string())),
        remove_label_ids: optional(array(string())),
        add_folder: optional(string()),
      })),
    }),
})

/** Input of {@link trashUserMailboxThread}. */
export interface TrashUserMailboxThreadInput {
  path: { user_mailbox_id: string; thread_id: string }
}

/** `data` of a successful {@link trashUserMailboxThread} response. */
export type TrashUserMailboxThreadOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.thread.trash`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/trash (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=trash&project=mail&resource=user_mailbox.thread&version=v1
 */
export const trashUserMailboxThread = /*#__PURE__*/ endpoint<TrashUserMailboxThreadInput, TrashUserMailboxThreadOutput>({
  id: 'mail.v1.user_mailbox.thread.trash',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/threads/:thread_id/trash',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), thread_id: string() }) }),
})
