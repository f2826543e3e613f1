// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number } from '../../../core/valibot.ts'

/** Input of {@link createBadgeImage}. */
export interface CreateBadgeImageInput {
  body: { image_file: FileInput; image_type: number }
}

/** `data` of a successful {@link createBadgeImage} response. */
export interface CreateBadgeImageOutput {
  image_key?: string
}

/**
 * `admin.v1.badge_image.create`: POST /open-apis/admin/v1/badge_images (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=admin&resource=badge_image&version=v1
 */
export const createBadgeImage = /*#__PURE__*/ fileEndpoint<CreateBadgeImageInput, CreateBadgeImageOutput>({
  id: 'admin.v1.badge_image.create',
  method: 'POST',
  path: '/open-apis/admin/v1/badge_images',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ image_file: file(), image_type: number() }) }),
  body: 'multipart',
})
