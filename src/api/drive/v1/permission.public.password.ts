// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createPermissionPublicPassword}. */
export interface CreatePermissionPublicPasswordInput {
  path: { token: string }
  query: { type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' }
}

/** `data` of a successful {@link createPermissionPublicPassword} response. */
export interface CreatePermissionPublicPasswordOutput {
  password?: string
}

/**
 * `drive.v1.permission.public.password.create`: POST /open-apis/drive/v1/permissions/:token/public/password (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=permission.public.password&version=v1
 */
export const createPermissionPublicPassword = /*#__PURE__*/ endpoint<CreatePermissionPublicPasswordInput, CreatePermissionPublicPasswordOutput>({
  id: 'drive.v1.permission.public.password.create',
  method: 'POST',
  path: '/open-apis/drive/v1/permissions/:token/public/password',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
    }),
})

/** Input of {@link deletePermissionPublicPassword}. */
export interface DeletePermissionPublicPasswordInput {
  path: { token: string }
  query: { type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' }
}

/** `data` of a successful {@link deletePermissionPublicPassword} response. */
export type DeletePermissionPublicPasswordOutput = { [key: string]: unknown }

/**
 * `drive.v1.permission.public.password.delete`: DELETE /open-apis/drive/v1/permissions/:token/public/password (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=drive&resource=permission.public.password&version=v1
 */
export const deletePermissionPublicPassword = /*#__PURE__*/ endpoint<DeletePermissionPublicPasswordInput, DeletePermissionPublicPasswordOutput>({
  id: 'drive.v1.permission.public.password.delete',
  method: 'DELETE',
  path: '/open-apis/drive/v1/permissions/:token/public/password',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
    }),
})

/** Input of {@link updatePermissionPublicPassword}. */
export interface UpdatePermissionPublicPasswordInput {
  path: { token: string }
  query: { type: 'doc' | 'sheet' | 'file' | 'wiki' | 'bitable' | 'docx' | 'mindnote' | 'minutes' | 'slides' }
}

/** `data` of a successful {@link updatePermissionPublicPassword} response. */
export interface UpdatePermissionPublicPasswordOutput {
  password?: string
}

/**
 * `drive.v1.permission.public.password.update`: PUT /open-apis/drive/v1/permissions/:token/public/password (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=drive&resource=permission.public.password&version=v1
 */
export const updatePermissionPublicPassword = /*#__PURE__*/ endpoint<UpdatePermissionPublicPasswordInput, UpdatePermissionPublicPasswordOutput>({
  id: 'drive.v1.permission.public.password.update',
  method: 'PUT',
  path: '/open-apis/drive/v1/permissions/:token/public/password',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ token: string() }),
      query: looseObject({
        type: picklist(['doc', 'sheet', 'file', 'wiki', 'bitable', 'docx', 'mindnote', 'minutes', 'slides']),
      }),
    }),
})
