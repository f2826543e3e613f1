// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import { CreateTemplateSchema } from './models.ts'
import type { CreateTemplate, Template } from './types.ts'

/** Input of {@link createUserMailboxTemplate}. */
export interface CreateUserMailboxTemplateInput {
  path: { user_mailbox_id: string }
  body: { template: CreateTemplate }
}

/** `data` of a successful {@link createUserMailboxTemplate} response. */
export interface CreateUserMailboxTemplateOutput {
  template?: Template
}

/**
 * `mail.v1.user_mailbox.template.create`: POST /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=user_mailbox.template&version=v1
 */
export const createUserMailboxTemplate = /*#__PURE__*/ endpoint<CreateUserMailboxTemplateInput, CreateUserMailboxTemplateOutput>({
  id: 'mail.v1.user_mailbox.template.create',
  method: 'POST',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string() }),
      body: looseObject({ template: CreateTemplateSchema() }),
    }),
})

/** Input of {@link deleteUserMailboxTemplate}. */
export interface DeleteUserMailboxTemplateInput {
  path: { user_mailbox_id: string; template_id: string }
}

/** `data` of a successful {@link deleteUserMailboxTemplate} response. */
export type DeleteUserMailboxTemplateOutput = { [key: string]: unknown }

/**
 * `mail.v1.user_mailbox.template.delete`: DELETE /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=user_mailbox.template&version=v1
 */
export const deleteUserMailboxTemplate = /*#__PURE__*/ endpoint<DeleteUserMailboxTemplateInput, DeleteUserMailboxTemplateOutput>({
  id: 'mail.v1.user_mailbox.template.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), template_id: string() }) }),
})

/** Input of {@link getUserMailboxTemplate}. */
export interface GetUserMailboxTemplateInput {
  path: { user_mailbox_id: string; template_id: string }
}

/** `data` of a successful {@link getUserMailboxTemplate} response. */
export interface GetUserMailboxTemplateOutput {
  template?: Template
}

/**
 * `mail.v1.user_mailbox.template.get`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=user_mailbox.template&version=v1
 */
export const getUserMailboxTemplate = /*#__PURE__*/ endpoint<GetUserMailboxTemplateInput, GetUserMailboxTemplateOutput>({
  id: 'mail.v1.user_mailbox.template.get',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string(), template_id: string() }) }),
})

/** Input of {@link listUserMailboxTemplate}. */
export interface ListUserMailboxTemplateInput {
  path: { user_mailbox_id: string }
}

/** `data` of a successful {@link listUserMailboxTemplate} response. */
export interface ListUserMailboxTemplateOutput {
  items?: { template_id?: string; name?: string; create_time?: string }[]
}

/**
 * `mail.v1.user_mailbox.template.list`: GET /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=user_mailbox.template&version=v1
 */
export const listUserMailboxTemplate = /*#__PURE__*/ endpoint<ListUserMailboxTemplateInput, ListUserMailboxTemplateOutput>({
  id: 'mail.v1.user_mailbox.template.list',
  method: 'GET',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ user_mailbox_id: string() }) }),
})

/** Input of {@link updateUserMailboxTemplate}. */
export interface UpdateUserMailboxTemplateInput {
  path: { user_mailbox_id: string; template_id: string }
  body: { template: CreateTemplate }
}

/** `data` of a successful {@link updateUserMailboxTemplate} response. */
export interface UpdateUserMailboxTemplateOutput {
  template?: Template
}

/**
 * `mail.v1.user_mailbox.template.update`: PUT /open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=mail&resource=user_mailbox.template&version=v1
 */
export const updateUserMailboxTemplate = /*#__PURE__*/ endpoint<UpdateUserMailboxTemplateInput, UpdateUserMailboxTemplateOutput>({
  id: 'mail.v1.user_mailbox.template.update',
  method: 'PUT',
  path: '/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/templates/:template_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_mailbox_id: string(), template_id: string() }),
      body: looseObject({ template: CreateTemplateSchema() }),
    }),
})
