// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link createAppAvatarUpload}. */
export interface CreateAppAvatarUploadInput {
  body: { avatar: FileInput }
}

/** `data` of a successful {@link createAppAvatarUpload} response. */
export interface CreateAppAvatarUploadOutput {
  url?: string
}

/**
 * `application.v7.app_avatar.upload.create`: POST /open-apis/application/v7/app_avatar/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=application&resource=app_avatar.upload&version=v7
 */
export const createAppAvatarUpload = /*#__PURE__*/ fileEndpoint<CreateAppAvatarUploadInput, CreateAppAvatarUploadOutput>({
  id: 'application.v7.app_avatar.upload.create',
  method: 'POST',
  path: '/open-apis/application/v7/app_avatar/upload',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ avatar: file() }) }),
  body: 'multipart',
})
