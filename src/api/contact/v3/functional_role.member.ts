// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { GetMember, Result } from './types.ts'

/** Input of {@link batchCreateFunctionalRoleMember}. */
export interface BatchCreateFunctionalRoleMemberInput {
  path: { role_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { members: string[] }
}

/** `data` of a successful {@link batchCreateFunctionalRoleMember} response. */
export interface BatchCreateFunctionalRoleMemberOutput {
  results?: Result[]
}

/**
 * `contact.v3.functional_role.member.batch_create`: POST /open-apis/contact/v3/functional_roles/:role_id/members/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=contact&resource=functional_role.member&version=v3
 */
export const batchCreateFunctionalRoleMember = /*#__PURE__*/ endpoint<BatchCreateFunctionalRoleMemberInput, BatchCreateFunctionalRoleMemberOutput>({
  id: 'contact.v3.functional_role.member.batch_create',
  method: 'POST',
  path: '/open-apis/contact/v3/functional_roles/:role_id/members/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ role_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ members: array(string()) }),
    }),
})

/** Input of {@link batchDeleteFunctionalRoleMember}. */
export interface BatchDeleteFunctionalRoleMemberInput {
  path: { role_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { members?: string[] }
}

/** `data` of a successful {@link batchDeleteFunctionalRoleMember} response. */
export interface BatchDeleteFunctionalRoleMemberOutput {
  result?: Result[]
}

/**
 * `contact.v3.functional_role.member.batch_delete`: PATCH /open-apis/contact/v3/functional_roles/:role_id/members/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=contact&resource=functional_role.member&version=v3
 */
export const batchDeleteFunctionalRoleMember = /*#__PURE__*/ endpoint<BatchDeleteFunctionalRoleMemberInput, BatchDeleteFunctionalRoleMemberOutput>({
  id: 'contact.v3.functional_role.member.batch_delete',
  method: 'PATCH',
  path: '/open-apis/contact/v3/functional_roles/:role_id/members/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ role_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ members: optional(array(string())) })),
    }),
})

/** Input of {@link getFunctionalRoleMember}. */
export interface GetFunctionalRoleMemberInput {
  path: { role_id: string; member_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getFunctionalRoleMember} response. */
export interface GetFunctionalRoleMemberOutput {
  member?: GetMember
}

/**
 * `contact.v3.functional_role.member.get`: GET /open-apis/contact/v3/functional_roles/:role_id/members/:member_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=functional_role.member&version=v3
 */
export const getFunctionalRoleMember = /*#__PURE__*/ endpoint<GetFunctionalRoleMemberInput, GetFunctionalRoleMemberOutput>({
  id: 'contact.v3.functional_role.member.get',
  method: 'GET',
  path: '/open-apis/contact/v3/functional_roles/:role_id/members/:member_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ role_id: string(), member_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link listFunctionalRoleMember}. */
export interface ListFunctionalRoleMemberInput {
  path: { role_id: string }
  query?: {
    page_size?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listFunctionalRoleMember} response. */
export interface ListFunctionalRoleMemberOutput {
  members?: GetMember[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.functional_role.member.list`: GET /open-apis/contact/v3/functional_roles/:role_id/members (tenant token).
 *
 * Paginated over `members`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=contact&resource=functional_role.member&version=v3
 */
export const listFunctionalRoleMember = /*#__PURE__*/ endpoint<ListFunctionalRoleMemberInput, ListFunctionalRoleMemberOutput, true>({
  id: 'contact.v3.functional_role.member.list',
  method: 'GET',
  path: '/open-apis/contact/v3/functional_roles/:role_id/members',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ role_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
  page: { items: 'members' },
})

/** Input of {@link scopesFunctionalRoleMember}. */
export interface ScopesFunctionalRoleMemberInput {
  path: { role_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body: { members: string[]; departments: string[] }
}

/** `data` of a successful {@link scopesFunctionalRoleMember} response. */
export interface ScopesFunctionalRoleMemberOutput {
  results?: Result[]
}

/**
 * `contact.v3.functional_role.member.scopes`: PATCH /open-apis/contact/v3/functional_roles/:role_id/members/scopes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=scopes&project=contact&resource=functional_role.member&version=v3
 */
export const scopesFunctionalRoleMember = /*#__PURE__*/ endpoint<ScopesFunctionalRoleMemberInput, ScopesFunctionalRoleMemberOutput>({
  id: 'contact.v3.functional_role.member.scopes',
  method: 'PATCH',
  path: '/open-apis/contact/v3/functional_roles/:role_id/members/scopes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ role_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: looseObject({ members: array(string()), departments: array(string()) }),
    }),
})
