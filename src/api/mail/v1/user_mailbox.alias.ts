// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link createUserMailboxAlias}. */
export interface CreateUserMailboxAliasInput {
  path: { user_mailbox_id: string }
  body?: { email_alias?: string }
}

/** `data` of a successful {@link createUserMailboxAlias} response. */
export interface CreateUserMailboxAliasOutput {
  user_mailbox_alias?: Item
}

/**
 * `mail.v1.user_mailbox.alias.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.alias&version=v1
 */
export const createUserMailboxAlias = /*#__PURE__*/ endpoint<CreateUserMailboxAliasInput, CreateUserMailboxAliasOutput>({
  id: 'mail.v1.user_mailbox.alias.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({ email_alias: optional(string()) })),
    }),
})

/** Input of {@link deleteUserMailboxAlias}. */
export interface DeleteUserMailboxAliasInput {
  path: { user_mailbox_id: string; alias_id: string }
}

/** `data` of a successful {@link deleteUserMailboxAlias} response. */
export type DeleteUserMailboxAliasOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.alias.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases/:alias_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.alias&version=v1
 */
export const deleteUserMailboxAlias = /*#__PURE__*/ endpoint<DeleteUserMailboxAliasInput, DeleteUserMailboxAliasOutput>({
  id: 'mail.v1.user_mailbox.alias.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases/:alias_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), alias_id: string() }) }),
})

/** Input of {@link listUserMailboxAlias}. */
export interface ListUserMailboxAliasInput {
  path: { user_mailbox_id: string }
  query?: { page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listUserMailboxAlias} response. */
export interface ListUserMailboxAliasOutput {
  items?: Item[]
}

/**
 * `mail.v1.user_mailbox.alias.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.alias&version=v1
 */
export const listUserMailboxAlias = /*#__PURE__*/ endpoint<ListUserMailboxAliasInput, ListUserMailboxAliasOutput, true>({
  id: 'mail.v1.user_mailbox.alias.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: optional(looseObject({ page_token: optional(string()), page_size: optional(number()) })),
    }),
  page: { items: 'items' },
})
