// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createImage}. */
export interface CreateImageInput {
  body: { image_type: 'message' | 'avatar'; image: FileInput }
}

/** `data` of a successful {@link createImage} response. */
export interface CreateImageOutput {
  image_key?: string
}

/**
 * `im.v1.image.create`: POST /open-apis/im/v1/images (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=image&version=v1
 */
export const createImage = /*#__PURE__*/ fileEndpoint<CreateImageInput, CreateImageOutput>({
  id: 'im.v1.image.create',
  method: 'POST',
  path: '/open-apis/im/v1/images',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ image_type: picklist(['message', 'avatar']), image: file() }) }),
  body: 'multipart',
})

/** Input of {@link getImage}. */
export interface GetImageInput {
  path: { image_key: string }
}

/** The file of a successful {@link getImage} response. */
export type GetImageOutput = Download

/**
 * `im.v1.image.get`: GET /open-apis/im/v1/images/:image_key (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=image&version=v1
 */
export const getImage = /*#__PURE__*/ fileEndpoint<GetImageInput, GetImageOutput>({
  id: 'im.v1.image.get',
  method: 'GET',
  path: '/open-apis/im/v1/images/:image_key',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ image_key: string() }) }),
  download: true,
})
