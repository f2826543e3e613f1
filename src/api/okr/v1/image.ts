// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, string } from '../../../core/valibot.ts'

/** Input of {@link uploadImage}. */
export interface UploadImageInput {
  body: { data: FileInput; target_id: string; target_type: number }
}

/** `data` of a successful {@link uploadImage} response. */
export interface UploadImageOutput {
  file_token?: string
  url?: string
}

/**
 * `okr.v1.image.upload`: POST /open-apis/okr/v1/images/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=okr&resource=image&version=v1
 */
export const uploadImage = /*#__PURE__*/ fileEndpoint<UploadImageInput, UploadImageOutput>({
  id: 'okr.v1.image.upload',
  method: 'POST',
  path: '/open-apis/okr/v1/images/upload',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ data: file(), target_id: string(), target_type: number() }) }),
  body: 'multipart',
})
