// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getUserFace}. */
export interface GetUserFaceInput {
  path: { user_id: string }
  query?: { is_cropped?: boolean; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** The file of a successful {@link getUserFace} response. */
export type GetUserFaceOutput = Download

/**
 * `acs.v1.user.face.get`: GET /open-apis/acs/v1/users/:user_id/face (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=acs&resource=user.face&version=v1
 */
export const getUserFace = /*#__PURE__*/ fileEndpoint<GetUserFaceInput, GetUserFaceOutput>({
  id: 'acs.v1.user.face.get',
  method: 'GET',
  path: '/open-apis/acs/v1/users/:user_id/face',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({
        is_cropped: optional(boolean()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
  download: true,
})

/** Input of {@link updateUserFace}. */
export interface UpdateUserFaceInput {
  path: { user_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body: { files: FileInput; file_type: string; file_name: string }
}

/** `data` of a successful {@link updateUserFace} response. */
export type UpdateUserFaceOutput = { [key: string]: unknown }

/**
 * `acs.v1.user.face.update`: PUT /open-apis/acs/v1/users/:user_id/face (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=acs&resource=user.face&version=v1
 */
export const updateUserFace = /*#__PURE__*/ fileEndpoint<UpdateUserFaceInput, UpdateUserFaceOutput>({
  id: 'acs.v1.user.face.update',
  method: 'PUT',
  path: '/open-apis/acs/v1/users/:user_id/face',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ user_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: looseObject({ files: file(), file_type: string(), file_name: string() }),
    }),
  body: 'multipart',
})
