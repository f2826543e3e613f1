// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BatchCreateItemSchema } from './models.ts'
import type { BatchCreateItem } from './types.ts'

/** Input of {@link batchCreateMailgroupPermissionMember}. */
export interface BatchCreateMailgroupPermissionMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { items?: BatchCreateItem[] }
}

/** `data` of a successful {@link batchCreateMailgroupPermissionMember} response. */
export interface BatchCreateMailgroupPermissionMemberOutput {
  items?: BatchCreateItem[]
}

/**
 * `mail.v1.mailgroup.permission_member.batch_create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const batchCreateMailgroupPermissionMember = /*#__PURE__*/ endpoint<BatchCreateMailgroupPermissionMemberInput, BatchCreateMailgroupPermissionMemberOutput>({
  id: 'mail.v1.mailgroup.permission_member.batch_create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({ items: optional(array(BatchCreateItemSchema())) })),
    }),
})

/** Input of {@link batchDeleteMailgroupPermissionMember}. */
export interface BatchDeleteMailgroupPermissionMemberInput {
  path: { mailgroup_id: string }
  body: { permission_member_id_list: string[] }
}

/** `data` of a successful {@link batchDeleteMailgroupPermissionMember} response. */
export type BatchDeleteMailgroupPermissionMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.permission_member.batch_delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const batchDeleteMailgroupPermissionMember = /*#__PURE__*/ endpoint<BatchDeleteMailgroupPermissionMemberInput, BatchDeleteMailgroupPermissionMemberOutput>({
  id: 'mail.v1.mailgroup.permission_member.batch_delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      body: looseObject({ permission_member_id_list: array(string()) }),
    }),
})

/** Input of {@link createMailgroupPermissionMember}. */
export interface CreateMailgroupPermissionMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    user_id?: string
    department_id?: string
    email?: string
    type?: 'USER' | 'DEPARTMENT' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX'
  }
}

/** `data` of a successful {@link createMailgroupPermissionMember} response. */
export interface CreateMailgroupPermissionMemberOutput {
  permission_member_id?: string
  user_id?: string
  department_id?: string
  email?: string
  type?: 'USER' | 'DEPARTMENT' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX'
}

/**
 * `mail.v1.mailgroup.permission_member.create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const createMailgroupPermissionMember = /*#__PURE__*/ endpoint<CreateMailgroupPermissionMemberInput, CreateMailgroupPermissionMemberOutput>({
  id: 'mail.v1.mailgroup.permission_member.create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        user_id: optional(string()),
        department_id: optional(string()),
        email: optional(string()),
        type: optional(picklist(['USER', 'DEPARTMENT', 'MAIL_GROUP', 'PUBLIC_MAILBOX'])),
      })),
    }),
})

/** Input of {@link deleteMailgroupPermissionMember}. */
export interface DeleteMailgroupPermissionMemberInput {
  path: { mailgroup_id: string; permission_member_id: string }
}

/** `data` of a successful {@link deleteMailgroupPermissionMember} response. */
export type DeleteMailgroupPermissionMemberOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.permission_member.delete`: DELETE /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/:permission_member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const deleteMailgroupPermissionMember = /*#__PURE__*/ endpoint<DeleteMailgroupPermissionMemberInput, DeleteMailgroupPermissionMemberOutput>({
  id: 'mail.v1.mailgroup.permission_member.delete',
  method: 'DELETE',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/:permission_member_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ mailgroup_id: string(), permission_member_id: string() }) }),
})

/** Input of {@link getMailgroupPermissionMember}. */
export interface GetMailgroupPermissionMemberInput {
  path: { mailgroup_id: string; permission_member_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getMailgroupPermissionMember} response. */
export interface GetMailgroupPermissionMemberOutput {
  permission_member_id?: string
  user_id?: string
  department_id?: string
  email?: string
  type?: 'USER' | 'DEPARTMENT' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX'
}

/**
 * `mail.v1.mailgroup.permission_member.get`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/:permission_member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const getMailgroupPermissionMember = /*#__PURE__*/ endpoint<GetMailgroupPermissionMemberInput, GetMailgroupPermissionMemberOutput>({
  id: 'mail.v1.mailgroup.permission_member.get',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members/:permission_member_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string(), permission_member_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listMailgroupPermissionMember}. */
export interface ListMailgroupPermissionMemberInput {
  path: { mailgroup_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listMailgroupPermissionMember} response. */
export interface ListMailgroupPermissionMemberOutput {
  has_more?: boolean
  page_token?: string
  items?: BatchCreateItem[]
}

/**
 * `mail.v1.mailgroup.permission_member.list`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=mailgroup.permission_member&version=v1
 */
export const listMailgroupPermissionMember = /*#__PURE__*/ endpoint<ListMailgroupPermissionMemberInput, ListMailgroupPermissionMemberOutput, true>({
  id: 'mail.v1.mailgroup.permission_member.list',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/permission_members',
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
