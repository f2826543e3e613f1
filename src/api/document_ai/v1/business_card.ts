// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeBusinessCard}. */
export interface RecognizeBusinessCardInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeBusinessCard} response. */
export interface RecognizeBusinessCardOutput {
  business_cards?: {
    entities?: {
      type?:
        | 'contact_names'
        | 'company_names'
        | 'departments'
        | 'job_titles'
        | 'emails'
        | 'websites'
        | 'addresses'
        | 'mobile_phones'
        | 'work_phones'
        | 'other_phones'
        | 'faxes'
      value?: string
    }[]
  }[]
}

/**
 * `document_ai.v1.business_card.recognize`: POST /open-apis/document_ai/v1/business_card/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=business_card&version=v1
 */
export const recognizeBusinessCard = /*#__PURE__*/ fileEndpoint<RecognizeBusinessCardInput, RecognizeBusinessCardOutput>({
  id: 'document_ai.v1.business_card.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/business_card/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
