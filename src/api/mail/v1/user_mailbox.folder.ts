// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Folder } from './types.ts'

/** Input of {@link createUserMailboxFolder}. */
export interface CreateUserMailboxFolderInput {
  path: { user_mailbox_id: string }
  body: { name: string; parent_folder_id: string }
}

/** `data` of a successful {@link createUserMailboxFolder} response. */
export interface CreateUserMailboxFolderOutput {
  folder?: Folder
}

/**
 * `mail.v1.user_mailbox.folder.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.folder&version=v1
 */
export const createUserMailboxFolder = /*#__PURE__*/ endpoint<CreateUserMailboxFolderInput, CreateUserMailboxFolderOutput>({
  id: 'mail.v1.user_mailbox.folder.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: looseObject({ name: string(), parent_folder_id: string() }),
    }),
})

/** Input of {@link deleteUserMailboxFolder}. */
export interface DeleteUserMailboxFolderInput {
  path: { user_mailbox_id: string; folder_id: string }
}

/** `data` of a successful {@link deleteUserMailboxFolder} response. */
export type DeleteUserMailboxFolderOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.folder.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.folder&version=v1
 */
export const deleteUserMailboxFolder = /*#__PURE__*/ endpoint<DeleteUserMailboxFolderInput, DeleteUserMailboxFolderOutput>({
  id: 'mail.v1.user_mailbox.folder.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), folder_id: string() }) }),
})

/** Input of {@link getUserMailboxFolder}. */
export interface GetUserMailboxFolderInput {
  path: { user_mailbox_id: string; folder_id: string }
}

/** `data` of a successful {@link getUserMailboxFolder} response. */
export interface GetUserMailboxFolderOutput {
  folder?: Folder
}

/**
 * `mail.v1.user_mailbox.folder.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.folder&version=v1
 */
export const getUserMailboxFolder = /*#__PURE__*/ endpoint<GetUserMailboxFolderInput, GetUserMailboxFolderOutput>({
  id: 'mail.v1.user_mailbox.folder.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), folder_id: string() }) }),
})

/** Input of {@link listUserMailboxFolder}. */
export interface ListUserMailboxFolderInput {
  path: { user_mailbox_id: string }
  query?: { folder_type?: number }
}

/** `data` of a successful {@link listUserMailboxFolder} response. */
export interface ListUserMailboxFolderOutput {
  items?: Folder[]
}

/**
 * `mail.v1.user_mailbox.folder.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.folder&version=v1
 */
export const listUserMailboxFolder = /*#__PURE__*/ endpoint<ListUserMailboxFolderInput, ListUserMailboxFolderOutput>({
  id: 'mail.v1.user_mailbox.folder.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      query: optional(looseObject({ folder_type: optional(number()) })),
    }),
})

/** Input of {@link patchUserMailboxFolder}. */
export interface PatchUserMailboxFolderInput {
  path: { user_mailbox_id: string; folder_id: string }
  body?: { name?: string; parent_folder_id?: string }
}

/** `data` of a successful {@link patchUserMailboxFolder} response. */
export type PatchUserMailboxFolderOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.folder.patch`: PATCH /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=mail&resource=user_mailbox.folder&version=v1
 */
export const patchUserMailboxFolder = /*#__PURE__*/ endpoint<PatchUserMailboxFolderInput, PatchUserMailboxFolderOutput>({
  id: 'mail.v1.user_mailbox.folder.patch',
  method: 'PATCH',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/folders/:folder_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), folder_id: string() }),
      body: optional(looseObject({ name: optional(string()), parent_folder_id: optional(string()) })),
    }),
})
