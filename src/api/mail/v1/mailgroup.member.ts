// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { MailgroupMemberBatchCreateItemSchema } from './models.ts'
import type { MailgroupMemberBatchCreateItem } from './types.ts'

/** Input of {@link batchCreateMailgroupMember}. */
export interface BatchCreateMailgroupMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { items?: MailgroupMemberBatchCreateItem[] }
}

/** `data` of a successful {@link batchCreateMailgroupMember} response. */
export interface BatchCreateMailgroupMemberOutput {
  items?: MailgroupMemberBatchCreateItem[]
}

/**
 * `mail.v1.mailgroup.member.batch_create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/members/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=mail&resource=mailgroup.member&version=v1
 */
export const batchCreateMailgroupMember = /*#__PURE__*/ endpoint<BatchCreateMailgroupMemberInput, BatchCreateMailgroupMemberOutput>({
  id: 'mail.v1.mailgroup.member.batch_create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({ items: optional(array(MailgroupMemberBatchCreateItemSchema())) })),
    }),
})

/** Input of {@link batchDeleteMailgroupMember}. */
export interface BatchDeleteMailgroupMemberInput {
  path: { mailgroup_id: string }
  body?: { member_id_list?: string[] }
}

/** `data` of a successful {@link batchDeleteMailgroupMember} response. */
export type BatchDeleteMailgroupMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.member.batch_delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id/members/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=mail&resource=mailgroup.member&version=v1
 */
export const batchDeleteMailgroupMember = /*#__PURE__*/ endpoint<BatchDeleteMailgroupMemberInput, BatchDeleteMailgroupMemberOutput>({
  id: 'mail.v1.mailgroup.member.batch_delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      body: optional(looseObject({ member_id_list: optional(array(string())) })),
    }),
})

/** Input of {@link createMailgroupMember}. */
export interface CreateMailgroupMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    email?: string
    user_id?: string
    department_id?: string
    type?: 'USER' | 'DEPARTMENT' | 'COMPANY' | 'EXTERNAL_USER' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'OTHER_MEMBER'
  }
}

/** `data` of a successful {@link createMailgroupMember} response. */
export interface CreateMailgroupMemberOutput {
  member_id?: string
  email?: string
  user_id?: string
  department_id?: string
  type?: 'USER' | 'DEPARTMENT' | 'COMPANY' | 'EXTERNAL_USER' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'OTHER_MEMBER'
}

/**
 * `mail.v1.mailgroup.member.create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/members (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=mailgroup.member&version=v1
 */
export const createMailgroupMember = /*#__PURE__*/ endpoint<CreateMailgroupMemberInput, CreateMailgroupMemberOutput>({
  id: 'mail.v1.mailgroup.member.create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        email: optional(string()),
        user_id: optional(string()),
        department_id: optional(string()),
        type: optional(picklist([
          'USER',
          'DEPARTMENT',
          'COMPANY',
          'EXTERNAL_USER',
          'MAIL_GROUP',
          'PUBLIC_MAILBOX',
          'OTHER_MEMBER',
        ])),
      })),
    }),
})

/** Input of {@link deleteMailgroupMember}. */
export interface DeleteMailgroupMemberInput {
  path: { mailgroup_id: string; member_id: string }
}

/** `data` of a successful {@link deleteMailgroupMember} response. */
export type DeleteMailgroupMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.member.delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id/members/:member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=mailgroup.member&version=v1
 */
export const deleteMailgroupMember = /*#__PURE__*/ endpoint<DeleteMailgroupMemberInput, DeleteMailgroupMemberOutput>({
  id: 'mail.v1.mailgroup.member.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members/:member_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string(), member_id: string() }) }),
})

/** Input of {@link getMailgroupMember}. */
export interface GetMailgroupMemberInput {
  path: { mailgroup_id: string; member_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getMailgroupMember} response. */
export interface GetMailgroupMemberOutput {
  member_id?: string
  email?: string
  user_id?: string
  department_id?: string
  type?: 'USER' | 'DEPARTMENT' | 'COMPANY' | 'EXTERNAL_USER' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'OTHER_MEMBER'
}

/**
 * `mail.v1.mailgroup.member.get`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/members/:member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=mailgroup.member&version=v1
 */
export const getMailgroupMember = /*#__PURE__*/ endpoint<GetMailgroupMemberInput, GetMailgroupMemberOutput>({
  id: 'mail.v1.mailgroup.member.get',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members/:member_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string(), member_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listMailgroupMember}. */
export interface ListMailgroupMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listMailgroupMember} response. */
export interface ListMailgroupMemberOutput {
  has_more?: boolean
  page_token?: string
  items?: MailgroupMemberBatchCreateItem[]
}

/**
 * `mail.v1.mailgroup.member.list`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/members (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=mailgroup.member&version=v1
 */
export const listMailgroupMember = /*#__PURE__*/ endpoint<ListMailgroupMemberInput, ListMailgroupMemberOutput, true>({
  id: 'mail.v1.mailgroup.member.list',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})
