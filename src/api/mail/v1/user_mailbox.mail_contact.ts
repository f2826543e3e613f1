// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreateMailContact } from './types.ts'

/** Input of {@link createUserMailboxMailContact}. */
export interface CreateUserMailboxMailContactInput {
  path: { user_mailbox_id: string }
  body: {
    name: string
    company?: string
    phone?: string
    mail_address?: string
    tag?: string
    remark?: string
    position?: string
  }
}

/** `data` of a successful {@link createUserMailboxMailContact} response. */
export interface CreateUserMailboxMailContactOutput {
  mail_contact?: CreateMailContact
}

/**
 * `mail.v1.user_mailbox.mail_contact.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.mail_contact&version=v1
 */
export const createUserMailboxMailContact = /*#__PURE__*/ endpoint<CreateUserMailboxMailContactInput, CreateUserMailboxMailContactOutput>({
  id: 'mail.v1.user_mailbox.mail_contact.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: looseObject({
        name: string(),
        company: optional(string()),
        phone: optional(string()),
        mail_address: optional(string()),
        tag: optional(string()),
        remark: optional(string()),
        position: optional(string()),
      }),
    }),
})

/** Input of {@link deleteUserMailboxMailContact}. */
export interface DeleteUserMailboxMailContactInput {
  path: { user_mailbox_id: string; mail_contact_id: string }
}

/** `data` of a successful {@link deleteUserMailboxMailContact} response. */
export type DeleteUserMailboxMailContactOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.mail_contact.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts/:mail_contact_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.mail_contact&version=v1
 */
export const deleteUserMailboxMailContact = /*#__PURE__*/ endpoint<DeleteUserMailboxMailContactInput, DeleteUserMailboxMailContactOutput>({
  id: 'mail.v1.user_mailbox.mail_contact.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts/:mail_contact_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), mail_contact_id: string() }) }),
})

/** Input of {@link listUserMailboxMailContact}. */
export interface ListUserMailboxMailContactInput {
  path: { user_mailbox_id: string }
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listUserMailboxMailContact} response. */
export interface ListUserMailboxMailContactOutput {
  items?: CreateMailContact[]
  page_token?: string
  has_more?: boolean
}

/**
 * `mail.v1.user_mailbox.mail_contact.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.mail_contact&version=v1
 */
export const listUserMailboxMailContact = /*#__PURE__*/ endpoint<ListUserMailboxMailContactInput, ListUserMailboxMailContactOutput, true>({
  id: 'mail.v1.user_mailbox.mail_contact.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchUserMailboxMailContact}. */
export interface PatchUserMailboxMailContactInput {
  path: { user_mailbox_id: string; mail_contact_id: string }
  body: {
    name: string
    company?: string
    phone?: string
    mail_address?: string
    tag?: string
    remark?: string
    position?: string
  }
}

/** `data` of a successful {@link patchUserMailboxMailContact} response. */
export type PatchUserMailboxMailContactOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.mail_contact.patch`: PATCH /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts/:mail_contact_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=mail&resource=user_mailbox.mail_contact&version=v1
 */
export const patchUserMailboxMailContact = /*#__PURE__*/ endpoint<PatchUserMailboxMailContactInput, PatchUserMailboxMailContactOutput>({
  id: 'mail.v1.user_mailbox.mail_contact.patch',
  method: 'PATCH',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/mail_contacts/:mail_contact_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), mail_contact_id: string() }),
      body: looseObject({
        name: string(),
        company: optional(string()),
        phone: optional(string()),
        mail_address: optional(string()),
        tag: optional(string()),
        remark: optional(string()),
        position: optional(string()),
      }),
    }),
})
