// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeHealthCertificate}. */
export interface RecognizeHealthCertificateInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeHealthCertificate} response. */
export interface RecognizeHealthCertificateOutput {
  health_certificate?: {
    entities?: {
      type?:
        | 'name'
        | 'issued_by'
        | 'date_of_handling'
        | 'date_of_issue'
        | 'date_of_medical_examination'
        | 'valid_date'
        | 'other_date'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.health_certificate.recognize`: POST /open-apis/document_ai/v1/health_certificate/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=health_certificate&version=v1
 */
export const recognizeHealthCertificate = /*#__PURE__*/ fileEndpoint<RecognizeHealthCertificateInput, RecognizeHealthCertificateOutput>({
  id: 'document_ai.v1.health_certificate.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/health_certificate/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
