// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeBusinessLicense}. */
export interface RecognizeBusinessLicenseInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeBusinessLicense} response. */
export interface RecognizeBusinessLicenseOutput {
  business_license?: {
    entities?: {
      type?:
        | 'certificate_type'
        | 'unified_social_credit_code'
        | 'company_name'
        | 'company_type'
        | 'domicile'
        | 'legal_representative'
        | 'registered_capital'
        | 'established_time'
        | 'established_date'
        | 'business_scope'
        | 'website'
        | 'approval_date'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.business_license.recognize`: POST /open-apis/document_ai/v1/business_license/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=business_license&version=v1
 */
export const recognizeBusinessLicense = /*#__PURE__*/ fileEndpoint<RecognizeBusinessLicenseInput, RecognizeBusinessLicenseOutput>({
  id: 'document_ai.v1.business_license.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/business_license/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
