// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeIdCard}. */
export interface RecognizeIdCardInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeIdCard} response. */
export interface RecognizeIdCardOutput {
  id_card?: {
    entities?: {
      type?:
        | 'address'
        | 'issued_by'
        | 'identity_code'
        | 'identity_name'
        | 'valid_date_start'
        | 'valid_date_end'
        | 'gender'
        | 'race'
        | 'birth'
      value?: string
    }[]
    side?: number
    conners?: number[]
    face_conners?: number[]
  }
}

/**
 * `document_ai.v1.id_card.recognize`: POST /open-apis/document_ai/v1/id_card/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=id_card&version=v1
 */
export const recognizeIdCard = /*#__PURE__*/ fileEndpoint<RecognizeIdCardInput, RecognizeIdCardOutput>({
  id: 'document_ai.v1.id_card.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/id_card/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
