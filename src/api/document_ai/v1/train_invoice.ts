// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeTrainInvoice}. */
export interface RecognizeTrainInvoiceInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeTrainInvoice} response. */
export interface RecognizeTrainInvoiceOutput {
  train_invoices?: {
    entities?: {
      type?:
        | 'name'
        | 'price'
        | 'start_station'
        | 'end_station'
        | 'train_num'
        | 'seat_num'
        | 'ticket_num'
        | 'total_amount'
        | 'time'
        | 'seat_cls'
        | 'id_num'
        | 'sale_num'
        | 'sale_station'
      value?: string
    }[]
  }[]
}

/**
 * `document_ai.v1.train_invoice.recognize`: POST /open-apis/document_ai/v1/train_invoice/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=train_invoice&version=v1
 */
export const recognizeTrainInvoice = /*#__PURE__*/ fileEndpoint<RecognizeTrainInvoiceInput, RecognizeTrainInvoiceOutput>({
  id: 'document_ai.v1.train_invoice.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/train_invoice/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
