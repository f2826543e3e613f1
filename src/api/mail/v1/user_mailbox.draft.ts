// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Draft, Message } from './types.ts'

/** Input of {@link cancelUserMailboxDraftScheduledSend}. */
export interface CancelUserMailboxDraftScheduledSendInput {
  path: { user_mailbox_id: string; message_id: string }
}

/** `data` of a successful {@link cancelUserMailboxDraftScheduledSend} response. */
export type CancelUserMailboxDraftScheduledSendOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.draft.cancel_scheduled_send`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/cancel_scheduled_send (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel_scheduled_send&project=mail&resource=user_mailbox.draft&version=v1
 */
export const cancelUserMailboxDraftScheduledSend = /*#__PURE__*/ endpoint<CancelUserMailboxDraftScheduledSendInput, CancelUserMailboxDraftScheduledSendOutput>({
  id: 'mail.v1.user_mailbox.draft.cancel_scheduled_send',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/messages/:message_id/cancel_scheduled_send',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), message_id: string() }) }),
})

/** Input of {@link createUserMailboxDraft}. */
export interface CreateUserMailboxDraftInput {
  path: { user_mailbox_id: string }
  body?: { raw?: string }
}

/** `data` of a successful {@link createUserMailboxDraft} response. */
export interface CreateUserMailboxDraftOutput {
  draft?: Draft
  reference?: string
}

/**
 * `mail.v1.user_mailbox.draft.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.draft&version=v1
 */
export const createUserMailboxDraft = /*#__PURE__*/ endpoint<CreateUserMailboxDraftInput, CreateUserMailboxDraftOutput>({
  id: 'mail.v1.user_mailbox.draft.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: optional(looseObject({ raw: optional(string()) })),
    }),
})

/** Input of {@link deleteUserMailboxDraft}. */
export interface DeleteUserMailboxDraftInput {
  path: { user_mailbox_id: string; draft_id: string }
}

/** `data` of a successful {@link deleteUserMailboxDraft} response. */
export type DeleteUserMailboxDraftOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.draft.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.draft&version=v1
 */
export const deleteUserMailboxDraft = /*#__PURE__*/ endpoint<DeleteUserMailboxDraftInput, DeleteUserMailboxDraftOutput>({
  id: 'mail.v1.user_mailbox.draft.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), draft_id: string() }) }),
})

/** Input of {@link getUserMailboxDraft}. */
export interface GetUserMailboxDraftInput {
  path: { user_mailbox_id: string; draft_id: string }
  query?: { format?: 'metadata' | 'raw' | 'full' }
}

/** `data` of a successful {@link getUserMailboxDraft} response. */
export interface GetUserMailboxDraftOutput {
  draft?: { id?: string; message?: Message }
}

/**
 * `mail.v1.user_mailbox.draft.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.draft&version=v1
 */
export const getUserMailboxDraft = /*#__PURE__*/ endpoint<GetUserMailboxDraftInput, GetUserMailboxDraftOutput>({
  id: 'mail.v1.user_mailbox.draft.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), draft_id: string() }),
      query: optional(looseObject({ format: optional(picklist(['metadata', 'raw', 'full'])) })),
    }),
})

/** Input of {@link listUserMailboxDraft}. */
export interface ListUserMailboxDraftInput {
  path: { user_mailbox_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listUserMailboxDraft} response. */
export interface ListUserMailboxDraftOutput {
  items?: { id?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `mail.v1.user_mailbox.draft.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.draft&version=v1
 */
export const listUserMailboxDraft = /*#__PURE__*/ endpoint<ListUserMailboxDraftInput, ListUserMailboxDraftOutput, true>({
  id: 'mail.v1.user_mailbox.draft.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link sendUserMailboxDraft}. */
export interface SendUserMailboxDraftInput {
  path: { user_mailbox_id: string; draft_id: string }
  body?: { send_time?: string }
}

/** `data` of a successful {@link sendUserMailboxDraft} response. */
export interface SendUserMailboxDraftOutput {
  message_id?: string
  thread_id?: string
  recall_status?: 'available' | 'unavailable'
  automation_send_disable?: { reason?: string; reference?: string }
}

/**
 * `mail.v1.user_mailbox.draft.send`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id/send (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=send&project=mail&resource=user_mailbox.draft&version=v1
 */
export const sendUserMailboxDraft = /*#__PURE__*/ endpoint<SendUserMailboxDraftInput, SendUserMailboxDraftOutput>({
  id: 'mail.v1.user_mailbox.draft.send',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id/send',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), draft_id: string() }),
      body: optional(looseObject({ send_time: optional(string()) })),
    }),
})

/** Input of {@link updateUserMailboxDraft}. */
export interface UpdateUserMailboxDraftInput {
  path: { user_mailbox_id: string; draft_id: string }
  body: { raw: string }
}

/** `data` of a successful {@link updateUserMailboxDraft} response. */
export interface UpdateUserMailboxDraftOutput {
  draft?: Draft
  reference?: string
}

/**
 * `mail.v1.user_mailbox.draft.update`: PUT /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=mail&resource=user_mailbox.draft&version=v1
 */
export const updateUserMailboxDraft = /*#__PURE__*/ endpoint<UpdateUserMailboxDraftInput, UpdateUserMailboxDraftOutput>({
  id: 'mail.v1.user_mailbox.draft.update',
  method: 'PUT',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/drafts/:draft_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), draft_id: string() }),
      body: looseObject({ raw: string() }),
    }),
})
