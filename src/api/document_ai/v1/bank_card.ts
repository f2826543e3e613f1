// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'

/** Input of {@link recognizeBankCard}. */
export interface RecognizeBankCardInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeBankCard} response. */
export interface RecognizeBankCardOutput {
  bank_card?: { entities?: { type?: 'date_of_expiry' | 'card_number'; value?: string }[] }
}

/**
 * `document_ai.v1.bank_card.recognize`: POST /open-apis/document_ai/v1/bank_card/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=bank_card&version=v1
 */
export const recognizeBankCard = /*#__PURE__*/ fileEndpoint<RecognizeBankCardInput, RecognizeBankCardOutput>({
  id: 'document_ai.v1.bank_card.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/bank_card/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
