// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeTaxiInvoice}. */
export interface RecognizeTaxiInvoiceInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeTaxiInvoice} response. */
export interface RecognizeTaxiInvoiceOutput {
  taxi_invoices?: {
    entities?: {
      type?:
        | 'invoice_code'
        | 'price'
        | 'total_amount'
        | 'car_number'
        | 'start_time'
        | 'end_time'
        | 'distance'
        | 'start_date'
        | 'invoice_no'
        | 'dispatch_fee'
        | 'additional_fee'
        | 'is_sealed'
        | 'seller_name_in_seal'
        | 'seller_taxpayer_no_in_seal'
        | 'title_trial'
        | 'invoice_special_seal'
      value?: string
    }[]
  }[]
}

/**
 * `document_ai.v1.taxi_invoice.recognize`: POST /open-apis/document_ai/v1/taxi_invoice/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=taxi_invoice&version=v1
 */
export const recognizeTaxiInvoice = /*#__PURE__*/ fileEndpoint<RecognizeTaxiInvoiceInput, RecognizeTaxiInvoiceOutput>({
  id: 'document_ai.v1.taxi_invoice.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/taxi_invoice/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
