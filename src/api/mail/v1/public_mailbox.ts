// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createPublicMailbox}. */
export interface CreatePublicMailboxInput {
  body?: { email?: string; name?: string; geo?: string }
}

/** `data` of a successful {@link createPublicMailbox} response. */
export interface CreatePublicMailboxOutput {
  public_mailbox_id?: string
  email?: string
  name?: string
  geo?: string
}

/**
 * `mail.v1.public_mailbox.create`: POST /open-apis/mail/v1/public_mailboxes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=public_mailbox&version=v1
 */
export const createPublicMailbox = /*#__PURE__*/ endpoint<CreatePublicMailboxInput, CreatePublicMailboxOutput>({
  id: 'mail.v1.public_mailbox.create',
  method: 'POST',
  path: '/open-apis/mail/v1/public_mailboxes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({ email: optional(string()), name: optional(string()), geo: optional(string()) })),
    }),
})

/** Input of {@link deletePublicMailbox}. */
export interface DeletePublicMailboxInput {
  path: { public_mailbox_id: string }
}

/** `data` of a successful {@link deletePublicMailbox} response. */
export type DeletePublicMailboxOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.delete`: DELETE /open-apis/mail/v1/public_mailboxes/:public_mailbox_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=public_mailbox&version=v1
 */
export const deletePublicMailbox = /*#__PURE__*/ endpoint<DeletePublicMailboxInput, DeletePublicMailboxOutput>({
  id: 'mail.v1.public_mailbox.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string() }) }),
})

/** Input of {@link getPublicMailbox}. */
export interface GetPublicMailboxInput {
  path: { public_mailbox_id: string }
}

/** `data` of a successful {@link getPublicMailbox} response. */
export interface GetPublicMailboxOutput {
  public_mailbox_id?: string
  email?: string
  name?: string
  geo?: string
}

/**
 * `mail.v1.public_mailbox.get`: GET /open-apis/mail/v1/public_mailboxes/:public_mailbox_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=public_mailbox&version=v1
 */
export const getPublicMailbox = /*#__PURE__*/ endpoint<GetPublicMailboxInput, GetPublicMailboxOutput>({
  id: 'mail.v1.public_mailbox.get',
  method: 'GET',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string() }) }),
})

/** Input of {@link listPublicMailbox}. */
export interface ListPublicMailboxInput {
  query?: {
    user_id?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listPublicMailbox} response. */
export interface ListPublicMailboxOutput {
  has_more?: boolean
  page_token?: string
  items?: { public_mailbox_id?: string; email?: string; name?: string; geo?: string }[]
}

/**
 * `mail.v1.public_mailbox.list`: GET /open-apis/mail/v1/public_mailboxes (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=public_mailbox&version=v1
 */
export const listPublicMailbox = /*#__PURE__*/ endpoint<ListPublicMailboxInput, ListPublicMailboxOutput, true>({
  id: 'mail.v1.public_mailbox.list',
  method: 'GET',
  path: '/open-apis/mail/v1/public_mailboxes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchPublicMailbox}. */
export interface PatchPublicMailboxInput {
  path: { public_mailbox_id: string }
  body?: { email?: string; name?: string; geo?: string }
}

/** `data` of a successful {@link patchPublicMailbox} response. */
export interface PatchPublicMailboxOutput {
  public_mailbox_id?: string
  email?: string
  name?: string
  geo?: string
}

/**
 * `mail.v1.public_mailbox.patch`: PATCH /open-apis/mail/v1/public_mailboxes/:public_mailbox_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=mail&resource=public_mailbox&version=v1
 */
export const patchPublicMailbox = /*#__PURE__*/ endpoint<PatchPublicMailboxInput, PatchPublicMailboxOutput>({
  id: 'mail.v1.public_mailbox.patch',
  method: 'PATCH',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      body: optional(looseObject({ email: optional(string()), name: optional(string()), geo: optional(string()) })),
    }),
})

/** Input of {@link removePublicMailboxToRecycleBin}. */
export interface RemovePublicMailboxToRecycleBinInput {
  path: { public_mailbox_id: string }
  body?: { to_mail_address?: string }
}

/** `data` of a successful {@link removePublicMailboxToRecycleBin} response. */
export type RemovePublicMailboxToRecycleBinOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.remove_to_recycle_bin`: DELETE /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/remove_to_recycle_bin (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_to_recycle_bin&project=mail&resource=public_mailbox&version=v1
 */
export const removePublicMailboxToRecycleBin = /*#__PURE__*/ endpoint<RemovePublicMailboxToRecycleBinInput, RemovePublicMailboxToRecycleBinOutput>({
  id: 'mail.v1.public_mailbox.remove_to_recycle_bin',
  method: 'DELETE',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/remove_to_recycle_bin',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      body: optional(looseObject({ to_mail_address: optional(string()) })),
    }),
})

/** Input of {@link updatePublicMailbox}. */
export interface UpdatePublicMailboxInput {
  path: { public_mailbox_id: string }
  body?: { email?: string; name?: string; geo?: string }
}

/** `data` of a successful {@link updatePublicMailbox} response. */
export interface UpdatePublicMailboxOutput {
  public_mailbox_id?: string
  email?: string
  name?: string
  geo?: string
}

/**
 * `mail.v1.public_mailbox.update`: PUT /open-apis/mail/v1/public_mailboxes/:public_mailbox_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=mail&resource=public_mailbox&version=v1
 */
export const updatePublicMailbox = /*#__PURE__*/ endpoint<UpdatePublicMailboxInput, UpdatePublicMailboxOutput>({
  id: 'mail.v1.public_mailbox.update',
  method: 'PUT',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      body: optional(looseObject({ email: optional(string()), name: optional(string()), geo: optional(string()) })),
    }),
})
