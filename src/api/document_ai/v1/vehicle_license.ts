// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeVehicleLicense}. */
export interface RecognizeVehicleLicenseInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeVehicleLicense} response. */
export interface RecognizeVehicleLicenseOutput {
  vehicle_license?: {
    entities?: {
      type?:
        | 'owner'
        | 'address'
        | 'license_issuing_authority'
        | 'document_id'
        | 'plate_number'
        | 'vehicle_type'
        | 'use_character'
        | 'model'
        | 'vin'
        | 'engine_number'
        | 'register_date'
        | 'issue_date'
        | 'approved_passengers_capacity'
        | 'total_mass'
        | 'curb_weight'
        | 'ratified_load_capacity'
        | 'gabarite'
        | 'traction_mass'
        | 'remarks'
        | 'inspection_record'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.vehicle_license.recognize`: POST /open-apis/document_ai/v1/vehicle_license/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=vehicle_license&version=v1
 */
export const recognizeVehicleLicense = /*#__PURE__*/ fileEndpoint<RecognizeVehicleLicenseInput, RecognizeVehicleLicenseOutput>({
  id: 'document_ai.v1.vehicle_license.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/vehicle_license/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
