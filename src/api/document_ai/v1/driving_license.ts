// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeDrivingLicense}. */
export interface RecognizeDrivingLicenseInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeDrivingLicense} response. */
export interface RecognizeDrivingLicenseOutput {
  driving_license?: {
    entities?: {
      type?:
        | 'name'
        | 'id_number'
        | 'sex'
        | 'nationality'
        | 'address'
        | 'date_of_birth'
        | 'date_of_first_issue'
        | 'class'
        | 'valid_begin'
        | 'valid_end'
        | 'license_issuing_authority'
        | 'document_id'
        | 'record'
        | 'id_photo_location'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.driving_license.recognize`: POST /open-apis/document_ai/v1/driving_license/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=driving_license&version=v1
 */
export const recognizeDrivingLicense = /*#__PURE__*/ fileEndpoint<RecognizeDrivingLicenseInput, RecognizeDrivingLicenseOutput>({
  id: 'document_ai.v1.driving_license.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/driving_license/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
