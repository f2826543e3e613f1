// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeFoodManageLicense}. */
export interface RecognizeFoodManageLicenseInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeFoodManageLicense} response. */
export interface RecognizeFoodManageLicenseOutput {
  food_manage_license?: {
    entities?: {
      type?:
        | 'operator'
        | 'domicile'
        | 'legal_representative'
        | 'validity_period'
        | 'issuer'
        | 'issuing_authority'
        | 'complaints_hotline'
        | 'license_number'
        | 'credit_code'
        | 'premise'
        | 'daily_supervisor'
        | 'daily_supervisory_authorities'
        | 'main_body'
        | 'operating_item'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.food_manage_license.recognize`: POST /open-apis/document_ai/v1/food_manage_license/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=food_manage_license&version=v1
 */
export const recognizeFoodManageLicense = /*#__PURE__*/ fileEndpoint<RecognizeFoodManageLicenseInput, RecognizeFoodManageLicenseOutput>({
  id: 'document_ai.v1.food_manage_license.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/food_manage_license/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
