// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeVehicleInvoice}. */
export interface RecognizeVehicleInvoiceInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeVehicleInvoice} response. */
export interface RecognizeVehicleInvoiceOutput {
  vehicle_invoice?: {
    entities?: {
      type?:
        | 'vehicle_type'
        | 'vin'
        | 'invoice_code'
        | 'invoice_num'
        | 'date'
        | 'print_code'
        | 'print_num'
        | 'machine_num'
        | 'buyer_name'
        | 'buyer_id'
        | 'product_model'
        | 'certificate_num'
        | 'engine_num'
        | 'total_price'
        | 'total_price_little'
        | 'saler_name'
        | 'saler_id'
        | 'saler_addr'
        | 'tax_rate'
        | 'tax'
        | 'price'
      value?: string
    }[]
  }
}

/**
 * `document_ai.v1.vehicle_invoice.recognize`: POST /open-apis/document_ai/v1/vehicle_invoice/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=vehicle_invoice&version=v1
 */
export const recognizeVehicleInvoice = /*#__PURE__*/ fileEndpoint<RecognizeVehicleInvoiceInput, RecognizeVehicleInvoiceOutput>({
  id: 'document_ai.v1.vehicle_invoice.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/vehicle_invoice/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
