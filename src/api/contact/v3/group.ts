// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { DynamicGroupRuleSchema, VisibleScopeSchema } from './models.ts'
import type { DynamicGroupRule, Expression, VisibleScope } from './types.ts'

/** Input of {@link createGroup}. */
export interface CreateGroupInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
  body: {
    name: string
    description?: string
    type?: number
    dynamic_group_rule?: DynamicGroupRule
    visible_scope?: VisibleScope
    department_scope_list?: string[]
    group_id?: string
  }
}

/** `data` of a successful {@link createGroup} response. */
export interface CreateGroupOutput {
  group_id: string
}

/**
 * `contact.v3.group.create`: POST /open-apis/contact/v3/group (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=group&version=v3
 */
export const createGroup = /*#__PURE__*/ endpoint<CreateGroupInput, CreateGroupOutput>({
  id: 'contact.v3.group.create',
  method: 'POST',
  path: '/open-apis/contact/v3/group',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      })),
      body: looseObject({
        name: string(),
        description: optional(string()),
        type: optional(number()),
        dynamic_group_rule: optional(DynamicGroupRuleSchema()),
        visible_scope: optional(VisibleScopeSchema()),
        department_scope_list: optional(array(string())),
        group_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteGroup}. */
export interface DeleteGroupInput {
  path: { group_id: string }
}

/** `data` of a successful {@link deleteGroup} response. */
export type DeleteGroupOutput = { [key: string]: unknown }

/**
 * `contact.v3.group.delete`: DELETE /open-apis/contact/v3/group/:group_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=group&version=v3
 */
export const deleteGroup = /*#__PURE__*/ endpoint<DeleteGroupInput, DeleteGroupOutput>({
  id: 'contact.v3.group.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/group/:group_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ group_id: string() }) }),
})

/** Input of {@link getGroup}. */
export interface GetGroupInput {
  path: { group_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
}

/** `data` of a successful {@link getGroup} response. */
export interface GetGroupOutput {
  group: {
    id: string
    name: string
    description?: string
    member_user_count?: number
    member_department_count?: number
    type?: number
    dynamic_group_rule?: {
      department_level?: 'recursive' | 'non_recursive'
      expressions?: Expression[]
      joiner_rule?: string
      group_status?: 'completed' | 'failure' | 'creating' | 'updating'
    }
    visible_scope?: VisibleScope
    department_scope_list?: string[]
  }
}

/**
 * `contact.v3.group.get`: GET /open-apis/contact/v3/group/:group_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=contact&resource=group&version=v3
 */
export const getGroup = /*#__PURE__*/ endpoint<GetGroupInput, GetGroupOutput>({
  id: 'contact.v3.group.get',
  method: 'GET',
  path: '/open-apis/contact/v3/group/:group_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      })),
    }),
})

/** Input of {@link memberGroupBelong}. */
export interface MemberGroupBelongInput {
  query: {
    member_id: string
    member_id_type?: 'open_id' | 'union_id' | 'user_id'
    group_type?: number
    page_size?: number
    page_token?: string
  }
}

/** `data` of a successful {@link memberGroupBelong} response. */
export interface MemberGroupBelongOutput {
  group_list?: string[]
  page_token?: string
  has_more?: boolean
}

/**
 * `contact.v3.group.member_belong`: GET /open-apis/contact/v3/group/member_belong (tenant token).
 *
 * Paginated over `group_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=member_belong&project=contact&resource=group&version=v3
 */
export const memberGroupBelong = /*#__PURE__*/ endpoint<MemberGroupBelongInput, MemberGroupBelongOutput, true>({
  id: 'contact.v3.group.member_belong',
  method: 'GET',
  path: '/open-apis/contact/v3/group/member_belong',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        member_id: string(),
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        group_type: optional(number()),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'group_list' },
})

/** Input of {@link patchGroup}. */
export interface PatchGroupInput {
  path: { group_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: {
    name?: string
    description?: string
    dynamic_group_rule?: DynamicGroupRule
    visible_scope?: VisibleScope
    department_scope_list?: string[]
  }
}

/** `data` of a successful {@link patchGroup} response. */
export type PatchGroupOutput = { [key: string]: unknown }

/**
 * `contact.v3.group.patch`: PATCH /open-apis/contact/v3/group/:group_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=contact&resource=group&version=v3
 */
export const patchGroup = /*#__PURE__*/ endpoint<PatchGroupInput, PatchGroupOutput>({
  id: 'contact.v3.group.patch',
  method: 'PATCH',
  path: '/open-apis/contact/v3/group/:group_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        dynamic_group_rule: optional(DynamicGroupRuleSchema()),
        visible_scope: optional(VisibleScopeSchema()),
        department_scope_list: optional(array(string())),
      })),
    }),
})

/** Input of {@link simplelistGroup}. */
export interface SimplelistGroupInput {
  query?: { page_size?: number; page_token?: string; type?: number }
}

/** `data` of a successful {@link simplelistGroup} response. */
export interface SimplelistGroupOutput {
  grouplist: {
    id: string
    name: string
    description?: string
    member_user_count?: number
    member_department_count?: number
    type?: number
    department_scope_list?: string[]
    group_id?: string
  }[]
  page_token: string
  has_more: boolean
}

/**
 * `contact.v3.group.simplelist`: GET /open-apis/contact/v3/group/simplelist (tenant token).
 *
 * Paginated over `grouplist`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=simplelist&project=contact&resource=group&version=v3
 */
export const simplelistGroup = /*#__PURE__*/ endpoint<SimplelistGroupInput, SimplelistGroupOutput, true>({
  id: 'contact.v3.group.simplelist',
  method: 'GET',
  path: '/open-apis/contact/v3/group/simplelist',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        type: optional(number()),
      })),
    }),
  page: { items: 'grouplist' },
})
