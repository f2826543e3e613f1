// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeFoodProduceLicense}. */
export interface RecognizeFoodProduceLicenseInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeFoodProduceLicense} response. */
export interface RecognizeFoodProduceLicenseOutput {
  food_produce_license?: {
    entities?: {
      type?:
        | 'domicile'
        | 'legal_representative'
        | 'validity_period'
        | 'issuer'
        | 'issuing_authority'
        | 'complaints_hotline'
        | 'license_number'
        | 'credit_code'
        | 'daily_supervisor'
        | 'daily_supervisory_authorities'
        | 'food_category'
        | 'production_address'
        | 'producer'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.food_produce_license.recognize`: POST /open-apis/document_ai/v1/food_produce_license/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=food_produce_license&version=v1
 */
export const recognizeFoodProduceLicense = /*#__PURE__*/ fileEndpoint<RecognizeFoodProduceLicenseInput, RecognizeFoodProduceLicenseOutput>({
  id: 'document_ai.v1.food_produce_license.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/food_produce_license/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
