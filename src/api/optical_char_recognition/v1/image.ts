// Generated from catalog/optical_char_recognition.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link basicImageRecognize}. */
export interface BasicImageRecognizeInput {
  body?: { image?: string }
}

/** `data` of a successful {@link basicImageRecognize} response. */
export interface BasicImageRecognizeOutput {
  text_list: string[]
}

/**
 * `optical_char_recognition.v1.image.basic_recognize`: POST /open-apis/optical_char_recognition/v1/image/basic_recognize (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=basic_recognize&project=optical_char_recognition&resource=image&version=v1
 */
export const basicImageRecognize = /*#__PURE__*/ endpoint<BasicImageRecognizeInput, BasicImageRecognizeOutput>({
  id: 'optical_char_recognition.v1.image.basic_recognize',
  method: 'POST',
  path: '/open-apis/optical_char_recognition/v1/image/basic_recognize',
  tokens: ['tenant'],
  input: () => looseObject({ body: optional(looseObject({ image: optional(string()) })) }),
})
