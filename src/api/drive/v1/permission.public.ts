// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { PermissionPublic } from './types.ts'

/** Input of {@link getPermissionPublic}. */
export interface GetPermissionPublicInput {
  path: { token: string }
  query: { type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' }
}

/** `data` of a successful {@link getPermissionPublic} response. */
export interface GetPermissionPublicOutput {
  permission_public?: PermissionPublic
}

/**
 * `drive.v1.permission.public.get`: GET /open-apis/drive/v1/permissions/:token/public (tenant or user token).
 *
 * @deprecated Use `getPermissionPublic` from `larkfn/drive/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=permission.public&version=v1
 */
export const getPermissionPublic = /*#__PURE__*/ endpoint<GetPermissionPublicInput, GetPermissionPublicOutput>({
  id: 'drive.v1.permission.public.get',
  method: 'GET',
  path: '/open-apis/drive/v1/permissions/:token/public',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
    }),
})

/** Input of {@link patchPermissionPublic}. */
export interface PatchPermissionPublicInput {
  path: { token: string }
  query: { type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' }
  body?: {
    external_access?: boolean
    security_entity?: 'anyone_can_view' | 'anyone_can_edit' | 'only_full_access'
    comment_entity?: 'anyone_can_view' | 'anyone_can_edit'
    share_entity?: 'anyone' | 'same_tenant' | 'only_full_access'
    link_share_entity?: 'tenant_readable' | 'tenant_editable' | 'anyone_readable' | 'anyone_editable' | 'closed'
    invite_external?: boolean
  }
}

/** `data` of a successful {@link patchPermissionPublic} response. */
export interface PatchPermissionPublicOutput {
  permission_public?: PermissionPublic
}

/**
 * `drive.v1.permission.public.patch`: PATCH /open-apis/drive/v1/permissions/:token/public (tenant or user token).
 *
 * @deprecated Use `patchPermissionPublic` from `larkfn/drive/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=drive&resource=permission.public&version=v1
 */
export const patchPermissionPublic = /*#__PURE__*/ endpoint<PatchPermissionPublicInput, PatchPermissionPublicOutput>({
  id: 'drive.v1.permission.public.patch',
  method: 'PATCH',
  path: '/open-apis/drive/v1/permissions/:token/public',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
      body: optional(looseObject({
        external_access: optional(boolean()),
        security_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit', 'only_full_access'])),
        comment_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit'])),
        share_entity: optional(picklist(['anyone', 'same_tenant', 'only_full_access'])),
        link_share_entity: optional(picklist([
          'tenant_readable',
          'tenant_editable',
          'anyone_readable',
          'anyone_editable',
          'closed',
        ])),
        invite_external: optional(boolean()),
      })),
    }),
})
