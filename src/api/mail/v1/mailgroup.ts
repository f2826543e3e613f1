// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createMailgroup}. */
export interface CreateMailgroupInput {
  body?: {
    email?: string
    name?: string
    description?: string
    who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
  }
}

/** `data` of a successful {@link createMailgroup} response. */
export interface CreateMailgroupOutput {
  mailgroup_id?: string
  email?: string
  name?: string
  description?: string
  direct_members_count?: string
  include_external_member?: boolean
  include_all_company_member?: boolean
  who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
}

/**
 * `mail.v1.mailgroup.create`: POST /open-apis/mail/v1/mailgroups (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=mailgroup&version=v1
 */
export const createMailgroup = /*#__PURE__*/ endpoint<CreateMailgroupInput, CreateMailgroupOutput>({
  id: 'mail.v1.mailgroup.create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        email: optional(string()),
        name: optional(string()),
        description: optional(string()),
        who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
      })),
    }),
})

/** Input of {@link deleteMailgroup}. */
export interface DeleteMailgroupInput {
  path: { mailgroup_id: string }
}

/** `data` of a successful {@link deleteMailgroup} response. */
export type DeleteMailgroupOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=mailgroup&version=v1
 */
export const deleteMailgroup = /*#__PURE__*/ endpoint<DeleteMailgroupInput, DeleteMailgroupOutput>({
  id: 'mail.v1.mailgroup.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string() }) }),
})

/** Input of {@link getMailgroup}. */
export interface GetMailgroupInput {
  path: { mailgroup_id: string }
}

/** `data` of a successful {@link getMailgroup} response. */
export interface GetMailgroupOutput {
  mailgroup_id?: string
  email?: string
  name?: string
  description?: string
  direct_members_count?: string
  include_external_member?: boolean
  include_all_company_member?: boolean
  who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
}

/**
 * `mail.v1.mailgroup.get`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=mailgroup&version=v1
 */
export const getMailgroup = /*#__PURE__*/ endpoint<GetMailgroupInput, GetMailgroupOutput>({
  id: 'mail.v1.mailgroup.get',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string() }) }),
})

/** Input of {@link listMailgroup}. */
export interface ListMailgroupInput {
  query?: {
    manager_user_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listMailgroup} response. */
export interface ListMailgroupOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    mailgroup_id?: string
    email?: string
    name?: string
    description?: string
    direct_members_count?: string
    include_external_member?: boolean
    include_all_company_member?: boolean
    who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
  }[]
}

/**
 * `mail.v1.mailgroup.list`: GET /open-apis/mail/v1/mailgroups (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=mailgroup&version=v1
 */
export const listMailgroup = /*#__PURE__*/ endpoint<ListMailgroupInput, ListMailgroupOutput, true>({
  id: 'mail.v1.mailgroup.list',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        manager_user_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchMailgroup}. */
export interface PatchMailgroupInput {
  path: { mailgroup_id: string }
  body?: {
    email?: string
    name?: string
    description?: string
    who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
  }
}

/** `data` of a successful {@link patchMailgroup} response. */
export interface PatchMailgroupOutput {
  mailgroup_id?: string
  email?: string
  name?: string
  description?: string
  direct_members_count?: string
  include_external_member?: boolean
  include_all_company_member?: boolean
  who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
}

/**
 * `mail.v1.mailgroup.patch`: PATCH /open-apis/mail/v1/mailgroups/:mailgroup_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=mail&resource=mailgroup&version=v1
 */
export const patchMailgroup = /*#__PURE__*/ endpoint<PatchMailgroupInput, PatchMailgroupOutput>({
  id: 'mail.v1.mailgroup.patch',
  method: 'PATCH',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      body: optional(looseObject({
        email: optional(string()),
        name: optional(string()),
        description: optional(string()),
        who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
      })),
    }),
})

/** Input of {@link updateMailgroup}. */
export interface UpdateMailgroupInput {
  path: { mailgroup_id: string }
  body?: {
    email?: string
    name?: string
    description?: string
    who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
  }
}

/** `data` of a successful {@link updateMailgroup} response. */
export interface UpdateMailgroupOutput {
  mailgroup_id?: string
  email?: string
  name?: string
  description?: string
  direct_members_count?: string
  include_external_member?: boolean
  include_all_company_member?: boolean
  who_can_send_mail?: 'ANYONE' | 'ALL_INTERNAL_USERS' | 'ALL_GROUP_MEMBERS' | 'CUSTOM_MEMBERS'
}

/**
 * `mail.v1.mailgroup.update`: PUT /open-apis/mail/v1/mailgroups/:mailgroup_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=mail&resource=mailgroup&version=v1
 */
export const updateMailgroup = /*#__PURE__*/ endpoint<UpdateMailgroupInput, UpdateMailgroupOutput>({
  id: 'mail.v1.mailgroup.update',
  method: 'PUT',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      body: optional(looseObject({
        email: optional(string()),
        name: optional(string()),
        description: optional(string()),
        who_can_send_mail: optional(picklist(['ANYONE', 'ALL_INTERNAL_USERS', 'ALL_GROUP_MEMBERS', 'CUSTOM_MEMBERS'])),
      })),
    }),
})
