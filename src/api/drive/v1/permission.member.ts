// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { BatchCreateMember, Member } from './types.ts'

/** Input of {@link authPermissionMember}. */
export interface AuthPermissionMemberInput {
  path: { token: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides'
    action: 'view' | 'edit' | 'share' | 'comment' | 'export' | 'copy' | 'print' | 'manage_public'
  }
}

/** `data` of a successful {@link authPermissionMember} response. */
export interface AuthPermissionMemberOutput {
  auth_result: boolean
}

/**
 * `drive.v1.permission.member.auth`: GET /open-apis/drive/v1/permissions/:token/members/auth (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=auth&project=drive&resource=permission.member&version=v1
 */
export const authPermissionMember = /*#__PURE__*/ endpoint<AuthPermissionMemberInput, AuthPermissionMemberOutput>({
  id: 'drive.v1.permission.member.auth',
  method: 'GET',
  path: '/open-apis/drive/v1/permissions/:token/members/auth',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
        action: picklist(['view', 'edit', 'share', 'comment', 'export', 'copy', 'print', 'manage_public']),
      }),
    }),
})

/** Input of {@link batchCreatePermissionMember}. */
export interface BatchCreatePermissionMemberInput {
  path: { token: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'folder' | 'mindnote' | 'minutes' | 'slides'
    need_notification?: boolean
  }
  body: {
    members: {
      member_type:
        | 'email'
        | 'openid'
        | 'unionid'
        | 'openchat'
        | 'opendepartmentid'
        | 'userid'
        | 'groupid'
        | 'wikispaceid'
      member_id: string
      perm: 'view' | 'edit' | 'full_access'
      perm_type?: 'container' | 'single_page'
      type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
      name?: string
      avatar?: string
      external_label?: boolean
    }[]
  }
}

/** `data` of a successful {@link batchCreatePermissionMember} response. */
export interface BatchCreatePermissionMemberOutput {
  members?: BatchCreateMember[]
}

/**
 * `drive.v1.permission.member.batch_create`: POST /open-apis/drive/v1/permissions/:token/members/batch_create (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=drive&resource=permission.member&version=v1
 */
export const batchCreatePermissionMember = /*#__PURE__*/ endpoint<BatchCreatePermissionMemberInput, BatchCreatePermissionMemberOutput>({
  id: 'drive.v1.permission.member.batch_create',
  method: 'POST',
  path: '/open-apis/drive/v1/permissions/:token/members/batch_create',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'folder', 'mindnote', 'minutes', 'slides']),
        need_notification: optional(boolean()),
      }),
      body: looseObject({
        members: array(looseObject({
          member_type: picklist([
            'email',
            'openid',
            'unionid',
            'openchat',
            'opendepartmentid',
            'userid',
            'groupid',
            'wikispaceid',
          ]),
          member_id: string(),
          perm: picklist(['view', 'edit', 'full_access']),
          perm_type: optional(picklist(['container', 'single_page'])),
          type: optional(picklist([
            'user',
            'chat',
            'department',
            'group',
            'wiki_space_member',
            'wiki_space_viewer',
            'wiki_space_editor',
          ])),
          name: optional(string()),
          avatar: optional(string()),
          external_label: optional(boolean()),
        })),
      }),
    }),
})

/** Input of {@link createPermissionMember}. */
export interface CreatePermissionMemberInput {
  path: { token: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'folder' | 'mindnote' | 'minutes' | 'slides'
    need_notification?: boolean
  }
  body: {
    member_type: 'email' | 'openid' | 'unionid' | 'openchat' | 'opendepartmentid' | 'userid' | 'groupid' | 'wikispaceid'
    member_id: string
    perm: 'view' | 'edit' | 'full_access'
    perm_type?: 'container' | 'single_page'
    type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
  }
}

/** `data` of a successful {@link createPermissionMember} response. */
export interface CreatePermissionMemberOutput {
  member?: Member
}

/**
 * `drive.v1.permission.member.create`: POST /open-apis/drive/v1/permissions/:token/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=permission.member&version=v1
 */
export const createPermissionMember = /*#__PURE__*/ endpoint<CreatePermissionMemberInput, CreatePermissionMemberOutput>({
  id: 'drive.v1.permission.member.create',
  method: 'POST',
  path: '/open-apis/drive/v1/permissions/:token/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'folder', 'mindnote', 'minutes', 'slides']),
        need_notification: optional(boolean()),
      }),
      body: looseObject({
        member_type: picklist([
          'email',
          'openid',
          'unionid',
          'openchat',
          'opendepartmentid',
          'userid',
          'groupid',
          'wikispaceid',
        ]),
        member_id: string(),
        perm: picklist(['view', 'edit', 'full_access']),
        perm_type: optional(picklist(['container', 'single_page'])),
        type: optional(picklist([
          'user',
          'chat',
          'department',
          'group',
          'wiki_space_member',
          'wiki_space_viewer',
          'wiki_space_editor',
        ])),
      }),
    }),
})

/** Input of {@link deletePermissionMember}. */
export interface DeletePermissionMemberInput {
  path: { token: string; member_id: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'folder' | 'mindnote' | 'minutes' | 'slides'
    member_type: 'email' | 'openid' | 'openchat' | 'opendepartmentid' | 'userid' | 'unionid' | 'groupid' | 'wikispaceid'
  }
  body?: {
    type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
    perm_type?: 'container' | 'single_page'
  }
}

/** `data` of a successful {@link deletePermissionMember} response. */
export type DeletePermissionMemberOutput = { [key: string]: unknown }

/**
 * `drive.v1.permission.member.delete`: DELETE /open-apis/drive/v1/permissions/:token/members/:member_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=drive&resource=permission.member&version=v1
 */
export const deletePermissionMember = /*#__PURE__*/ endpoint<DeletePermissionMemberInput, DeletePermissionMemberOutput>({
  id: 'drive.v1.permission.member.delete',
  method: 'DELETE',
  path: '/open-apis/drive/v1/permissions/:token/members/:member_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string(), member_id: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'folder', 'mindnote', 'minutes', 'slides']),
        member_type: picklist([
          'email',
          'openid',
          'openchat',
          'opendepartmentid',
          'userid',
          'unionid',
          'groupid',
          'wikispaceid',
        ]),
      }),
      body: optional(looseObject({
        type: optional(picklist([
          'user',
          'chat',
          'department',
          'group',
          'wiki_space_member',
          'wiki_space_viewer',
          'wiki_space_editor',
        ])),
        perm_type: optional(picklist(['container', 'single_page'])),
      })),
    }),
})

/** Input of {@link listPermissionMember}. */
export interface ListPermissionMemberInput {
  path: { token: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides'
    fields?: string
    perm_type?: 'container' | 'single_page'
  }
}

/** `data` of a successful {@link listPermissionMember} response. */
export interface ListPermissionMemberOutput {
  items?: BatchCreateMember[]
}

/**
 * `drive.v1.permission.member.list`: GET /open-apis/drive/v1/permissions/:token/members (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=permission.member&version=v1
 */
export const listPermissionMember = /*#__PURE__*/ endpoint<ListPermissionMemberInput, ListPermissionMemberOutput>({
  id: 'drive.v1.permission.member.list',
  method: 'GET',
  path: '/open-apis/drive/v1/permissions/:token/members',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
        fields: optional(string()),
        perm_type: optional(picklist(['container', 'single_page'])),
      }),
    }),
})

/** Input of {@link transferPermissionMemberOwner}. */
export interface TransferPermissionMemberOwnerInput {
  path: { token: string }
  query: {
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' | 'folder'
    need_notification?: boolean
    remove_old_owner?: boolean
    stay_put?: boolean
    old_owner_perm?: string
  }
  body: { member_type: 'email' | 'openid' | 'userid'; member_id: string }
}

/** `data` of a successful {@link transferPermissionMemberOwner} response. */
export type TransferPermissionMemberOwnerOutput = { [key: string]: unknown }

/**
 * `drive.v1.permission.member.transfer_owner`: POST /open-apis/drive/v1/permissions/:token/members/transfer_owner (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=transfer_owner&project=drive&resource=permission.member&version=v1
 */
export const transferPermissionMemberOwner = /*#__PURE__*/ endpoint<TransferPermissionMemberOwnerInput, TransferPermissionMemberOwnerOutput>({
  id: 'drive.v1.permission.member.transfer_owner',
  method: 'POST',
  path: '/open-apis/drive/v1/permissions/:token/members/transfer_owner',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides', 'folder']),
        need_notification: optional(boolean()),
        remove_old_owner: optional(boolean()),
        stay_put: optional(boolean()),
        old_owner_perm: optional(string()),
      }),
      body: looseObject({ member_type: picklist(['email', 'openid', 'userid']), member_id: string() }),
    }),
})

/** Input of {@link updatePermissionMember}. */
export interface UpdatePermissionMemberInput {
  path: { token: string; member_id: string }
  query: {
    need_notification?: boolean
    type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides'
  }
  body: {
    member_type: 'email' | 'openid' | 'unionid' | 'openchat' | 'opendepartmentid' | 'userid' | 'groupid' | 'wikispaceid'
    perm: 'view' | 'edit' | 'full_access'
    perm_type?: 'container' | 'single_page'
    type?: 'user' | 'chat' | 'department' | 'group' | 'wiki_space_member' | 'wiki_space_viewer' | 'wiki_space_editor'
  }
}

/** `data` of a successful {@link updatePermissionMember} response. */
export interface UpdatePermissionMemberOutput {
  member?: Member
}

/**
 * `drive.v1.permission.member.update`: PUT /open-apis/drive/v1/permissions/:token/members/:member_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=drive&resource=permission.member&version=v1
 */
export const updatePermissionMember = /*#__PURE__*/ endpoint<UpdatePermissionMemberInput, UpdatePermissionMemberOutput>({
  id: 'drive.v1.permission.member.update',
  method: 'PUT',
  path: '/open-apis/drive/v1/permissions/:token/members/:member_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string(), member_id: string() }),
      query: looseObject({
        need_notification: optional(boolean()),
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
      body: looseObject({
        member_type: picklist([
          'email',
          'openid',
          'unionid',
          'openchat',
          'opendepartmentid',
          'userid',
          'groupid',
          'wikispaceid',
        ]),
        perm: picklist(['view', 'edit', 'full_access']),
        perm_type: optional(picklist(['container', 'single_page'])),
        type: optional(picklist([
          'user',
          'chat',
          'department',
          'group',
          'wiki_space_member',
          'wiki_space_viewer',
          'wiki_space_editor',
        ])),
      }),
    }),
})
