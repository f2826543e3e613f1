// Generated from catalog/face_verify.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { QueryAuthResultOutput } from './auth_result.ts'
import type { CropFaceImageOutput, UploadFaceImageOutput } from './face_image.ts'

/** Schema of {@link QueryAuthResultOutput}, for opt-in response validation. */
export const QueryAuthResultOutputSchema: GenericSchema<QueryAuthResultOutput> = /*#__PURE__*/ (() => looseObject({
  auth_state: optional(number()),
  auth_timpstamp: optional(number()),
}))()

/** Schema of {@link CropFaceImageOutput}, for opt-in response validation. */
export const CropFaceImageOutputSchema: GenericSchema<CropFaceImageOutput> = /*#__PURE__*/ (() => looseObject({
  face_image: optional(string()),
}))()

/** Schema of {@link UploadFaceImageOutput}, for opt-in response validation. */
export const UploadFaceImageOutputSchema: GenericSchema<UploadFaceImageOutput> = /*#__PURE__*/ (() => looseObject({
  face_uid: optional(string()),
}))()
