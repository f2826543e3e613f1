// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link createMailgroupAlias}. */
export interface CreateMailgroupAliasInput {
  path: { mailgroup_id: string }
  body?: { email_alias?: string }
}

/** `data` of a successful {@link createMailgroupAlias} response. */
export interface CreateMailgroupAliasOutput {
  mailgroup_alias?: Item
}

/**
 * `mail.v1.mailgroup.alias.create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/aliases (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=mailgroup.alias&version=v1
 */
export const createMailgroupAlias = /*#__PURE__*/ endpoint<CreateMailgroupAliasInput, CreateMailgroupAliasOutput>({
  id: 'mail.v1.mailgroup.alias.create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/aliases',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      body: optional(looseObject({ email_alias: optional(string()) })),
    }),
})

/** Input of {@link deleteMailgroupAlias}. */
export interface DeleteMailgroupAliasInput {
  path: { mailgroup_id: string; alias_id: string }
}

/** `data` of a successful {@link deleteMailgroupAlias} response. */
export type DeleteMailgroupAliasOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.alias.delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id/aliases/:alias_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=mailgroup.alias&version=v1
 */
export const deleteMailgroupAlias = /*#__PURE__*/ endpoint<DeleteMailgroupAliasInput, DeleteMailgroupAliasOutput>({
  id: 'mail.v1.mailgroup.alias.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/aliases/:alias_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string(), alias_id: string() }) }),
})

/** Input of {@link listMailgroupAlias}. */
export interface ListMailgroupAliasInput {
  path: { mailgroup_id: string }
}

/** `data` of a successful {@link listMailgroupAlias} response. */
export interface ListMailgroupAliasOutput {
  items?: Item[]
}

/**
 * `mail.v1.mailgroup.alias.list`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/aliases (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=mailgroup.alias&version=v1
 */
export const listMailgroupAlias = /*#__PURE__*/ endpoint<ListMailgroupAliasInput, ListMailgroupAliasOutput>({
  id: 'mail.v1.mailgroup.alias.list',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/aliases',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string() }) }),
})
