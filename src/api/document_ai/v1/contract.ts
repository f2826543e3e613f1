// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, picklist } from '../../../core/valibot.ts'

/** Input of {@link fieldContractExtraction}. */
export interface FieldContractExtractionInput {
  body: { file: FileInput; pdf_page_limit: number; ocr_mode: 'force' | 'auto' | 'unused' }
}

/** `data` of a successful {@link fieldContractExtraction} response. */
export interface FieldContractExtractionOutput {
  file_id?: string
  price?: { contract_price?: number; contract_price_original?: string; text?: string }
  time?: {
    time_start?: string
    time_end?: string
    original_time_start?: string
    original_time_end?: string
    text_start?: string
    text_end?: string
    initial_term?: { initial_time?: string; initial_unit?: string }
    text_initial_term?: string
  }
  copy?: { copy_num?: number; original_copy?: string; key?: string; text?: string }
  currency?: { currency_name?: string; currency_text?: string }
  header?: string
  body_info?: {
    body_type?: 'buy' | 'sell' | 'third'
    value?: {
      address?: string
      contacts?: string
      email?: string
      phone?: string
      id_number?: string
      legal_representative?: string
      party?: string
    }
  }[]
  bank_info?: {
    bank_type?: 'buy_bank' | 'sell_bank' | 'third_bank' | 'unceratin_bank'
    value?: {
      account_name?: string
      bank_name?: string
      account_number?: string
      phone?: string
      contacts?: string
      tax_number?: string
      address?: string
      id_number?: string
      email?: string
    }
  }[]
}

/**
 * `document_ai.v1.contract.field_extraction`: POST /open-apis/document_ai/v1/contract/field_extraction (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=field_extraction&project=document_ai&resource=contract&version=v1
 */
export const fieldContractExtraction = /*#__PURE__*/ fileEndpoint<FieldContractExtractionInput, FieldContractExtractionOutput>({
  id: 'document_ai.v1.contract.field_extraction',
  method: 'POST',
  path: '/open-apis/document_ai/v1/contract/field_extraction',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({ file: file(), pdf_page_limit: number(), ocr_mode: picklist(['force', 'auto', 'unused']) }),
    }),
  body: 'multipart',
})
