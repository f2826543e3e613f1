// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Bcc } from './types.ts'

/** Input of {@link accessibleUserMailboxMailboxes}. */
export interface AccessibleUserMailboxMailboxesInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link accessibleUserMailboxMailboxes} response. */
export interface AccessibleUserMailboxMailboxesOutput {
  accessible_mailboxes?: {
    email_address?: string
    email_type?: 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'USER_PRIMARY' | 'USER_ALIAS' | 'PUBLIC_MAILBOX_ALIAS'
  }[]
}

/**
 * `mail.v1.user_mailbox.accessible_mailboxes`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/accessible_mailboxes (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=accessible_mailboxes&project=mail&resource=user_mailbox&version=v1
 */
export const accessibleUserMailboxMailboxes = /*#__PURE__*/ endpoint<AccessibleUserMailboxMailboxesInput, AccessibleUserMailboxMailboxesOutput>({
  id: 'mail.v1.user_mailbox.accessible_mailboxes',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/accessible_mailboxes',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link deleteUserMailbox}. */
export interface DeleteUserMailboxInput {
  path: { user_mailbox_id: string }
  query?: { transfer_mailbox?: string }
}

/** `data` of a successful {@link deleteUserMailbox} response. */
export type DeleteUserMailboxOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox&version=v1
 */
export const deleteUserMailbox = /*#__PURE__*/ endpoint<DeleteUserMailboxInput, DeleteUserMailboxOutput>({
  id: 'mail.v1.user_mailbox.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: optional(looseObject({ transfer_mailbox: optional(string()) })),
    }),
})

/** Input of {@link profileUserMailbox}. */
export interface ProfileUserMailboxInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link profileUserMailbox} response. */
export interface ProfileUserMailboxOutput {
  primary_email_address?: string
  not_found_reason?: string
}

/**
 * `mail.v1.user_mailbox.profile`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/profile (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=profile&project=mail&resource=user_mailbox&version=v1
 */
export const profileUserMailbox = /*#__PURE__*/ endpoint<ProfileUserMailboxInput, ProfileUserMailboxOutput>({
  id: 'mail.v1.user_mailbox.profile',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/profile',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link searchUserMailbox}. */
export interface SearchUserMailboxInput {
  path: { user_mailbox_id: string }
  query?: { page_size?: number; page_token?: string }
  body?: {
    query?: string
    filter?: {
      from?: string[]
      to?: string[]
      cc?: string[]
      bcc?: string[]
      subject?: string
      folder?: string[]
      label?: string[]
      has_attachment?: boolean
      is_unread?: boolean
      create_time?: { start_time?: string; end_time?: string }
    }
  }
}

/** `data` of a successful {@link searchUserMailbox} response. */
export interface SearchUserMailboxOutput {
  items: {
    id: string
    display_info?: string
    meta_data?: { title?: string; thread_id?: string; create_time?: string; message_biz_id?: string; from?: Bcc }
  }[]
  total?: number
  has_more: boolean
  page_token?: string
  notice?: string
}

/**
 * `mail.v1.user_mailbox.search`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/search (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=mail&resource=user_mailbox&version=v1
 */
export const searchUserMailbox = /*#__PURE__*/ endpoint<SearchUserMailboxInput, SearchUserMailboxOutput, true>({
  id: 'mail.v1.user_mailbox.search',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
      body: optional(looseObject({
        query: optional(string()),
        filter: optional(looseObject({
          from: optional(array(string())),
          to: optional(array(string())),
          cc: optional(array(string())),
          bcc: optional(array(string())),
          subject: optional(string()),
          folder: optional(array(string())),
          label: optional(array(string())),
          has_attachment: optional(boolean()),
          is_unread: optional(boolean()),
          create_time: optional(looseObject({ start_time: optional(string()), end_time: optional(string()) })),
        })),
      })),
    }),
  page: { items: 'items' },
})
