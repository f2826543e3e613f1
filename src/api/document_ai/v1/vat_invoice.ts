// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeVatInvoice}. */
export interface RecognizeVatInvoiceInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeVatInvoice} response. */
export interface RecognizeVatInvoiceOutput {
  vat_invoices?: {
    entities?: {
      type?:
        | 'remarks'
        | 'invoice_code'
        | 'machine_num'
        | 'buyer_name'
        | 'total_price'
        | 'invoice_no'
        | 'is_sealed'
        | 'seller_name_in_seal'
        | 'seller_taxpayer_no_in_seal'
        | 'invoice_special_seal'
        | 'invoice_name'
        | 'invoice_date'
        | 'total_tax'
        | 'big_total_price_and_tax'
        | 'check_code'
        | 'total_price_and_tax'
        | 'buyer_taxpayer_no'
        | 'buyer_address_phone'
        | 'buyer_account'
        | 'seller_name'
        | 'seller_taxpayer_no'
        | 'seller_address_phone'
        | 'seller_account'
        | 'payee'
        | 'password_area'
        | 'reviewer'
        | 'drawer'
      value?: string
      items?: { type?: string; value?: string }[][]
    }[]
  }[]
}

/**
 * `document_ai.v1.vat_invoice.recognize`: POST /open-apis/document_ai/v1/vat_invoice/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=vat_invoice&version=v1
 */
export const recognizeVatInvoice = /*#__PURE__*/ fileEndpoint<RecognizeVatInvoiceInput, RecognizeVatInvoiceOutput>({
  id: 'document_ai.v1.vat_invoice.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/vat_invoice/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
