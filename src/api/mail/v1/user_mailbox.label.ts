// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Label } from './types.ts'

/** Input of {@link createUserMailboxLabel}. */
export interface CreateUserMailboxLabelInput {
  path: { user_mailbox_id: string }
  body: { label: { name: string; background_color?: string } }
}

/** `data` of a successful {@link createUserMailboxLabel} response. */
export interface CreateUserMailboxLabelOutput {
  label?: Label
}

/**
 * `mail.v1.user_mailbox.label.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.label&version=v1
 */
export const createUserMailboxLabel = /*#__PURE__*/ endpoint<CreateUserMailboxLabelInput, CreateUserMailboxLabelOutput>({
  id: 'mail.v1.user_mailbox.label.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: looseObject({ label: looseObject({ name: string(), background_color: optional(string()) }) }),
    }),
})

/** Input of {@link deleteUserMailboxLabel}. */
export interface DeleteUserMailboxLabelInput {
  path: { user_mailbox_id: string; label_id: string }
}

/** `data` of a successful {@link deleteUserMailboxLabel} response. */
export type DeleteUserMailboxLabelOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.label.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.label&version=v1
 */
export const deleteUserMailboxLabel = /*#__PURE__*/ endpoint<DeleteUserMailboxLabelInput, DeleteUserMailboxLabelOutput>({
  id: 'mail.v1.user_mailbox.label.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), label_id: string() }) }),
})

/** Input of {@link getUserMailboxLabel}. */
export interface GetUserMailboxLabelInput {
  path: { user_mailbox_id: string; label_id: string }
}

/** `data` of a successful {@link getUserMailboxLabel} response. */
export interface GetUserMailboxLabelOutput {
  label?: Label
}

/**
 * `mail.v1.user_mailbox.label.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.label&version=v1
 */
export const getUserMailboxLabel = /*#__PURE__*/ endpoint<GetUserMailboxLabelInput, GetUserMailboxLabelOutput>({
  id: 'mail.v1.user_mailbox.label.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), label_id: string() }) }),
})

/** Input of {@link listUserMailboxLabel}. */
export interface ListUserMailboxLabelInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link listUserMailboxLabel} response. */
export interface ListUserMailboxLabelOutput {
  items?: Label[]
}

/**
 * `mail.v1.user_mailbox.label.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.label&version=v1
 */
export const listUserMailboxLabel = /*#__PURE__*/ endpoint<ListUserMailboxLabelInput, ListUserMailboxLabelOutput>({
  id: 'mail.v1.user_mailbox.label.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link patchUserMailboxLabel}. */
export interface PatchUserMailboxLabelInput {
  path: { user_mailbox_id: string; label_id: string }
  body: { label: { name?: string; background_color?: string } }
}

/** `data` of a successful {@link patchUserMailboxLabel} response. */
export interface PatchUserMailboxLabelOutput {
  label?: Label
}

/**
 * `mail.v1.user_mailbox.label.patch`: PATCH /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=mail&resource=user_mailbox.label&version=v1
 */
export const patchUserMailboxLabel = /*#__PURE__*/ endpoint<PatchUserMailboxLabelInput, PatchUserMailboxLabelOutput>({
  id: 'mail.v1.user_mailbox.label.patch',
  method: 'PATCH',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/labels/:label_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), label_id: string() }),
      body: looseObject({ label: looseObject({ name: optional(string()), background_color: optional(string()) }) }),
    }),
})
