// Generated from catalog/face_verify.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link cropFaceImage}. */
export interface CropFaceImageInput {
  body: { raw_image: FileInput }
}

/** `data` of a successful {@link cropFaceImage} response. */
export interface CropFaceImageOutput {
  face_image?: string
}

/**
 * `face_verify.v1.face_image.crop`: POST /open-apis/face_verify/v1/crop_face_image (tenant token).
 *
 * Multipart body.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/human_authentication-v1/facial-image-cropping
 */
export const cropFaceImage = /*#__PURE__*/ fileEndpoint<CropFaceImageInput, CropFaceImageOutput>({
  id: 'face_verify.v1.face_image.crop',
  method: 'POST',
  path: '/open-apis/face_verify/v1/crop_face_image',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ raw_image: file() }) }),
  body: 'multipart',
})

/** Input of {@link uploadFaceImage}. */
export interface UploadFaceImageInput {
  query?: { open_id?: string; employee_id?: string }
  body: { image: FileInput }
}

/** `data` of a successful {@link uploadFaceImage} response. */
export interface UploadFaceImageOutput {
  face_uid?: string
}

/**
 * `face_verify.v1.face_image.upload`: POST /open-apis/face_verify/v1/upload_face_image (tenant token).
 *
 * Multipart body.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/human_authentication-v1/upload-facial-reference-image
 */
export const uploadFaceImage = /*#__PURE__*/ fileEndpoint<UploadFaceImageInput, UploadFaceImageOutput>({
  id: 'face_verify.v1.face_image.upload',
  method: 'POST',
  path: '/open-apis/face_verify/v1/upload_face_image',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ open_id: optional(string()), employee_id: optional(string()) })),
      body: looseObject({ image: file() }),
    }),
  body: 'multipart',
})
