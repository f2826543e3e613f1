// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeChinesePassport}. */
export interface RecognizeChinesePassportInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeChinesePassport} response. */
export interface RecognizeChinesePassportOutput {
  chinese_passport?: {
    entities?: {
      type?: 'date_of_birth' | 'full_name_cn' | 'full_name_en' | 'date_of_expiry' | 'place_of_issue' | 'passport_number'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.chinese_passport.recognize`: POST /open-apis/document_ai/v1/chinese_passport/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=chinese_passport&version=v1
 */
export const recognizeChinesePassport = /*#__PURE__*/ fileEndpoint<RecognizeChinesePassportInput, RecognizeChinesePassportOutput>({
  id: 'document_ai.v1.chinese_passport.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/chinese_passport/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
