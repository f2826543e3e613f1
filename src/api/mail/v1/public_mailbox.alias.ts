// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link createPublicMailboxAlias}. */
export interface CreatePublicMailboxAliasInput {
  path: { public_mailbox_id: string }
  body?: { email_alias?: string }
}

/** `data` of a successful {@link createPublicMailboxAlias} response. */
export interface CreatePublicMailboxAliasOutput {
  public_mailbox_alias?: Item
}

/**
 * `mail.v1.public_mailbox.alias.create`: POST /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=public_mailbox.alias&version=v1
 */
export const createPublicMailboxAlias = /*#__PURE__*/ endpoint<CreatePublicMailboxAliasInput, CreatePublicMailboxAliasOutput>({
  id: 'mail.v1.public_mailbox.alias.create',
  method: 'POST',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      body: optional(looseObject({ email_alias: optional(string()) })),
    }),
})

/** Input of {@link deletePublicMailboxAlias}. */
export interface DeletePublicMailboxAliasInput {
  path: { public_mailbox_id: string; alias_id: string }
}

/** `data` of a successful {@link deletePublicMailboxAlias} response. */
export type DeletePublicMailboxAliasOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.alias.delete`: DELETE /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases/:alias_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=public_mailbox.alias&version=v1
 */
export const deletePublicMailboxAlias = /*#__PURE__*/ endpoint<DeletePublicMailboxAliasInput, DeletePublicMailboxAliasOutput>({
  id: 'mail.v1.public_mailbox.alias.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases/:alias_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string(), alias_id: string() }) }),
})

/** Input of {@link listPublicMailboxAlias}. */
export interface ListPublicMailboxAliasInput {
  path: { public_mailbox_id: string }
}

/** `data` of a successful {@link listPublicMailboxAlias} response. */
export interface ListPublicMailboxAliasOutput {
  items?: Item[]
}

/**
 * `mail.v1.public_mailbox.alias.list`: GET /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=public_mailbox.alias&version=v1
 */
export const listPublicMailboxAlias = /*#__PURE__*/ endpoint<ListPublicMailboxAliasInput, ListPublicMailboxAliasOutput>({
  id: 'mail.v1.public_mailbox.alias.list',
  method: 'GET',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/aliases',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string() }) }),
})
