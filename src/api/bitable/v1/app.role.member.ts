// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { MemberSchema } from './models.ts'
import type { Member } from './types.ts'

/** Input of {@link batchCreateAppRoleMember}. */
export interface BatchCreateAppRoleMemberInput {
  path: { app_token: string; role_id: string }
  body: { member_list: Member[] }
}

/** `data` of a successful {@link batchCreateAppRoleMember} response. */
export type BatchCreateAppRoleMemberOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.role.member.batch_create`: POST /open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=bitable&resource=app.role.member&version=v1
 */
export const batchCreateAppRoleMember = /*#__PURE__*/ endpoint<BatchCreateAppRoleMemberInput, BatchCreateAppRoleMemberOutput>({
  id: 'bitable.v1.app.role.member.batch_create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string() }),
      body: looseObject({ member_list: array(MemberSchema()) }),
    }),
})

/** Input of {@link batchDeleteAppRoleMember}. */
export interface BatchDeleteAppRoleMemberInput {
  path: { app_token: string; role_id: string }
  body: { member_list: Member[] }
}

/** `data` of a successful {@link batchDeleteAppRoleMember} response. */
export type BatchDeleteAppRoleMemberOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.role.member.batch_delete`: POST /open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=bitable&resource=app.role.member&version=v1
 */
export const batchDeleteAppRoleMember = /*#__PURE__*/ endpoint<BatchDeleteAppRoleMemberInput, BatchDeleteAppRoleMemberOutput>({
  id: 'bitable.v1.app.role.member.batch_delete',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string() }),
      body: looseObject({ member_list: array(MemberSchema()) }),
    }),
})

/** Input of {@link createAppRoleMember}. */
export interface CreateAppRoleMemberInput {
  path: { app_token: string; role_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'chat_id' | 'department_id' | 'open_department_id' }
  body: { member_id: string }
}

/** `data` of a successful {@link createAppRoleMember} response. */
export type CreateAppRoleMemberOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.role.member.create`: POST /open-apis/bitable/v1/apps/:app_token/roles/:role_id/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=bitable&resource=app.role.member&version=v1
 */
export const createAppRoleMember = /*#__PURE__*/ endpoint<CreateAppRoleMemberInput, CreateAppRoleMemberOutput>({
  id: 'bitable.v1.app.role.member.create',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist([
          'open_id',
          'union_id',
          'user_id',
          'chat_id',
          'department_id',
          'open_department_id',
        ])),
      })),
      body: looseObject({ member_id: string() }),
    }),
})

/** Input of {@link deleteAppRoleMember}. */
export interface DeleteAppRoleMemberInput {
  path: { app_token: string; role_id: string; member_id: string }
  query?: { member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'chat_id' | 'department_id' | 'open_department_id' }
}

/** `data` of a successful {@link deleteAppRoleMember} response. */
export type DeleteAppRoleMemberOutput = { [key: string]: unknown }

/**
 * `bitable.v1.app.role.member.delete`: DELETE /open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/:member_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=bitable&resource=app.role.member&version=v1
 */
export const deleteAppRoleMember = /*#__PURE__*/ endpoint<DeleteAppRoleMemberInput, DeleteAppRoleMemberOutput>({
  id: 'bitable.v1.app.role.member.delete',
  method: 'DELETE',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id/members/:member_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string(), member_id: string() }),
      query: optional(looseObject({
        member_id_type: optional(picklist([
          'open_id',
          'union_id',
          'user_id',
          'chat_id',
          'department_id',
          'open_department_id',
        ])),
      })),
    }),
})

/** Input of {@link listAppRoleMember}. */
export interface ListAppRoleMemberInput {
  path: { app_token: string; role_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppRoleMember} response. */
export interface ListAppRoleMemberOutput {
  items?: {
    open_id?: string
    union_id?: string
    user_id?: string
    chat_id?: string
    department_id?: string
    open_department_id?: string
    member_name?: string
    member_en_name?: string
    member_type?: 'user' | 'chat' | 'department'
  }[]
  has_more?: boolean
  page_token?: string
  total?: number
}

/**
 * `bitable.v1.app.role.member.list`: GET /open-apis/bitable/v1/apps/:app_token/roles/:role_id/members (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=bitable&resource=app.role.member&version=v1
 */
export const listAppRoleMember = /*#__PURE__*/ endpoint<ListAppRoleMemberInput, ListAppRoleMemberOutput, true>({
  id: 'bitable.v1.app.role.member.list',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/roles/:role_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), role_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'items' },
})
