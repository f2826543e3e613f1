// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Member } from './types.ts'

/** Input of {@link createSpaceMember}. */
export interface CreateSpaceMemberInput {
  path: { space_id: string }
  query?: { need_notification?: boolean }
  body: { member_type: string; member_id: string; member_role: string; member_perm?: string }
}

/** `data` of a successful {@link createSpaceMember} response. */
export interface CreateSpaceMemberOutput {
  member?: Member
}

/**
 * `wiki.v2.space.member.create`: POST /open-apis/wiki/v2/spaces/:space_id/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=wiki&resource=space.member&version=v2
 */
export const createSpaceMember = /*#__PURE__*/ endpoint<CreateSpaceMemberInput, CreateSpaceMemberOutput>({
  id: 'wiki.v2.space.member.create',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      query: optional(looseObject({ need_notification: optional(boolean()) })),
      body: looseObject({
        member_type: string(),
        member_id: string(),
        member_role: string(),
        member_perm: optional(string()),
      }),
    }),
})

/** Input of {@link deleteSpaceMember}. */
export interface DeleteSpaceMemberInput {
  path: { space_id: string; member_id: string }
  body: { member_type: string; member_role: string; type?: 'user' | 'chat' | 'department'; member_perm?: string }
}

/** `data` of a successful {@link deleteSpaceMember} response. */
export interface DeleteSpaceMemberOutput {
  member: Member
}

/**
 * `wiki.v2.space.member.delete`: DELETE /open-apis/wiki/v2/spaces/:space_id/members/:member_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=wiki&resource=space.member&version=v2
 */
export const deleteSpaceMember = /*#__PURE__*/ endpoint<DeleteSpaceMemberInput, DeleteSpaceMemberOutput>({
  id: 'wiki.v2.space.member.delete',
  method: 'DELETE',
  path: '/open-apis/wiki/v2/spaces/:space_id/members/:member_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string(), member_id: string() }),
      body: looseObject({
        member_type: string(),
        member_role: string(),
        type: optional(picklist(['user', 'chat', 'department'])),
        member_perm: optional(string()),
      }),
    }),
})

/** Input of {@link listSpaceMember}. */
export interface ListSpaceMemberInput {
  path: { space_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listSpaceMember} response. */
export interface ListSpaceMemberOutput {
  members?: Member[]
  page_token?: string
  has_more?: boolean
}

/**
 * `wiki.v2.space.member.list`: GET /open-apis/wiki/v2/spaces/:space_id/members (tenant or user token).
 *
 * Paginated over `members`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=wiki&resource=space.member&version=v2
 */
export const listSpaceMember = /*#__PURE__*/ endpoint<ListSpaceMemberInput, ListSpaceMemberOutput, true>({
  id: 'wiki.v2.space.member.list',
  method: 'GET',
  path: '/open-apis/wiki/v2/spaces/:space_id/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'members' },
})
