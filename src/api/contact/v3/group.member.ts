// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { MemberSchema } from './models.ts'
import type { Member } from './types.ts'

/** Input of {@link addGroupMember}. */
export interface AddGroupMemberInput {
  path: { group_id: string }
  body: { member_type: 'user'; member_id_type: 'open_id' | 'union_id' | 'user_id'; member_id: string }
}

/** `data` of a successful {@link addGroupMember} response. */
export type AddGroupMemberOutput = { [key: string]: unknown }

/**
 * `contact.v3.group.member.add`: POST /open-apis/contact/v3/group/:group_id/member/add (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add&project=contact&resource=group.member&version=v3
 */
export const addGroupMember = /*#__PURE__*/ endpoint<AddGroupMemberInput, AddGroupMemberOutput>({
  id: 'contact.v3.group.member.add',
  method: 'POST',
  path: '/open-apis/contact/v3/group/:group_id/member/add',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      body: looseObject({
        member_type: picklist(['user']),
        member_id_type: picklist(['open_id', 'union_id', 'user_id']),
        member_id: string(),
      }),
    }),
})

/** Input of {@link batchAddGroupMember}. */
export interface BatchAddGroupMemberInput {
  path: { group_id: string }
  body?: { members?: Member[] }
}

/** `data` of a successful {@link batchAddGroupMember} response. */
export interface BatchAddGroupMemberOutput {
  results?: { member_id: string; code: number }[]
}

/**
 * `contact.v3.group.member.batch_add`: POST /open-apis/contact/v3/group/:group_id/member/batch_add (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_add&project=contact&resource=group.member&version=v3
 */
export const batchAddGroupMember = /*#__PURE__*/ endpoint<BatchAddGroupMemberInput, BatchAddGroupMemberOutput>({
  id: 'contact.v3.group.member.batch_add',
  method: 'POST',
  path: '/open-apis/contact/v3/group/:group_id/member/batch_add',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      body: optional(looseObject({ members: optional(array(MemberSchema())) })),
    }),
})

/** Input of {@link batchRemoveGroupMember}. */
export interface BatchRemoveGroupMemberInput {
  path: { group_id: string }
  body: { members: Member[] }
}

/** `data` of a successful {@link batchRemoveGroupMember} response. */
export type BatchRemoveGroupMemberOutput = { [key: string]: unknown }

/**
 * `contact.v3.group.member.batch_remove`: POST /open-apis/contact/v3/group/:group_id/member/batch_remove (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_remove&project=contact&resource=group.member&version=v3
 */
export const batchRemoveGroupMember = /*#__PURE__*/ endpoint<BatchRemoveGroupMemberInput, BatchRemoveGroupMemberOutput>({
  id: 'contact.v3.group.member.batch_remove',
  method: 'POST',
  path: '/open-apis/contact/v3/group/:group_id/member/batch_remove',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ group_id: string() }), body: looseObject({ members: array(MemberSchema()) }) }),
})

/** Input of {@link removeGroupMember}. */
export interface RemoveGroupMemberInput {
  path: { group_id: string }
  body: { member_type: 'user'; member_id: string; member_id_type: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link removeGroupMember} response. */
export type RemoveGroupMemberOutput = { [key: string]: unknown }

/**
 * `contact.v3.group.member.remove`: POST /open-apis/contact/v3/group/:group_id/member/remove (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove&project=contact&resource=group.member&version=v3
 */
export const removeGroupMember = /*#__PURE__*/ endpoint<RemoveGroupMemberInput, RemoveGroupMemberOutput>({
  id: 'contact.v3.group.member.remove',
  method: 'POST',
  path: '/open-apis/contact/v3/group/:group_id/member/remove',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      body: looseObject({
        member_type: picklist(['user']),
        member_id: string(),
        member_id_type: picklist(['open_id', 'union_id', 'user_id']),
      }),
    }),
})

/** Input of {@link simplelistGroupMember}. */
export interface SimplelistGroupMemberInput {
  path: { group_id: string }
  query?: {
    page_size?: number
    page_token?: string
    member_id_type?: 'open_id' | 'union_id' | 'user_id' | 'department_id'
    member_type?: 'user' | 'department'
  }
}

/** `data` of a successful {@link simplelistGroupMember} response. */
export interface SimplelistGroupMemberOutput {
  memberlist: Member[]
  page_token: string
  has_more: boolean
}

/**
 * `contact.v3.group.member.simplelist`: GET /open-apis/contact/v3/group/:group_id/member/simplelist (tenant token).
 *
 * Paginated over `memberlist`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=simplelist&project=contact&resource=group.member&version=v3
 */
export const simplelistGroupMember = /*#__PURE__*/ endpoint<SimplelistGroupMemberInput, SimplelistGroupMemberOutput, true>({
  id: 'contact.v3.group.member.simplelist',
  method: 'GET',
  path: '/open-apis/contact/v3/group/:group_id/member/simplelist',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ group_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        member_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'department_id'])),
        member_type: optional(picklist(['user', 'department'])),
      })),
    }),
  page: { items: 'memberlist' },
})
