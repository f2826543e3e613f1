// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { PublicMailboxMemberBatchCreateItemSchema } from './models.ts'
import type { PublicMailboxMemberBatchCreateItem } from './types.ts'

/** Input of {@link batchCreatePublicMailboxMember}. */
export interface BatchCreatePublicMailboxMemberInput {
  path: { public_mailbox_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { items: PublicMailboxMemberBatchCreateItem[] }
}

/** `data` of a successful {@link batchCreatePublicMailboxMember} response. */
export interface BatchCreatePublicMailboxMemberOutput {
  items?: PublicMailboxMemberBatchCreateItem[]
}

/**
 * `mail.v1.public_mailbox.member.batch_create`: POST /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=mail&resource=public_mailbox.member&version=v1
 */
export const batchCreatePublicMailboxMember = /*#__PURE__*/ endpoint<BatchCreatePublicMailboxMemberInput, BatchCreatePublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.batch_create',
  method: 'POST',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ items: array(PublicMailboxMemberBatchCreateItemSchema()) }),
    }),
})

/** Input of {@link batchDeletePublicMailboxMember}. */
export interface BatchDeletePublicMailboxMemberInput {
  path: { public_mailbox_id: string }
  body: { member_id_list: string[] }
}

/** `data` of a successful {@link batchDeletePublicMailboxMember} response. */
export type BatchDeletePublicMailboxMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.member.batch_delete`: DELETE /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=mail&resource=public_mailbox.member&version=v1
 */
export const batchDeletePublicMailboxMember = /*#__PURE__*/ endpoint<BatchDeletePublicMailboxMemberInput, BatchDeletePublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.batch_delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      body: looseObject({ member_id_list: array(string()) }),
    }),
})

/** Input of {@link clearPublicMailboxMember}. */
export interface ClearPublicMailboxMemberInput {
  path: { public_mailbox_id: string }
}

/** `data` of a successful {@link clearPublicMailboxMember} response. */
export type ClearPublicMailboxMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.member.clear`: POST /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/clear (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=clear&project=mail&resource=public_mailbox.member&version=v1
 */
export const clearPublicMailboxMember = /*#__PURE__*/ endpoint<ClearPublicMailboxMemberInput, ClearPublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.clear',
  method: 'POST',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/clear',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string() }) }),
})

/** Input of {@link createPublicMailboxMember}. */
export interface CreatePublicMailboxMemberInput {
  path: { public_mailbox_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { user_id?: string; type?: 'USER' }
}

/** `data` of a successful {@link createPublicMailboxMember} response. */
export interface CreatePublicMailboxMemberOutput {
  member_id?: string
  user_id?: string
  type?: 'USER'
}

/**
 * `mail.v1.public_mailbox.member.create`: POST /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=public_mailbox.member&version=v1
 */
export const createPublicMailboxMember = /*#__PURE__*/ endpoint<CreatePublicMailboxMemberInput, CreatePublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.create',
  method: 'POST',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ user_id: optional(string()), type: optional(picklist(['USER'])) })),
    }),
})

/** Input of {@link deletePublicMailboxMember}. */
export interface DeletePublicMailboxMemberInput {
  path: { public_mailbox_id: string; member_id: string }
}

/** `data` of a successful {@link deletePublicMailboxMember} response. */
export type DeletePublicMailboxMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.public_mailbox.member.delete`: DELETE /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/:member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=public_mailbox.member&version=v1
 */
export const deletePublicMailboxMember = /*#__PURE__*/ endpoint<DeletePublicMailboxMemberInput, DeletePublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/:member_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ public_mailbox_id: string(), member_id: string() }) }),
})

/** Input of {@link getPublicMailboxMember}. */
export interface GetPublicMailboxMemberInput {
  path: { public_mailbox_id: string; member_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getPublicMailboxMember} response. */
export interface GetPublicMailboxMemberOutput {
  member_id?: string
  user_id?: string
  type?: 'USER'
}

/**
 * `mail.v1.public_mailbox.member.get`: GET /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/:member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=public_mailbox.member&version=v1
 */
export const getPublicMailboxMember = /*#__PURE__*/ endpoint<GetPublicMailboxMemberInput, GetPublicMailboxMemberOutput>({
  id: 'mail.v1.public_mailbox.member.get',
  method: 'GET',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members/:member_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string(), member_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link listPublicMailboxMember}. */
export interface ListPublicMailboxMemberInput {
  path: { public_mailbox_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; page_token?: string; page_size?: number }
}

/** `data` of a successful {@link listPublicMailboxMember} response. */
export interface ListPublicMailboxMemberOutput {
  has_more?: boolean
  page_token?: string
  items?: PublicMailboxMemberBatchCreateItem[]
}

/**
 * `mail.v1.public_mailbox.member.list`: GET /open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=public_mailbox.member&version=v1
 */
export const listPublicMailboxMember = /*#__PURE__*/ endpoint<ListPublicMailboxMemberInput, ListPublicMailboxMemberOutput, true>({
  id: 'mail.v1.public_mailbox.member.list',
  method: 'GET',
  path: '/open-apis/mail/v1/public_mailboxes/:public_mailbox_id/members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ public_mailbox_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})
