// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, optional } from '../../../core/valibot.ts'
import type { Entitie } from './types.ts'

/** Input of {@link recognizeTwMainlandTravelPermit}. */
export interface RecognizeTwMainlandTravelPermitInput {
  body?: { file?: FileInput }
}

/** `data` of a successful {@link recognizeTwMainlandTravelPermit} response. */
export interface RecognizeTwMainlandTravelPermitOutput {
  tw_mainland_travel_permit?: { entities?: Entitie[] }
}

/**
 * `document_ai.v1.tw_mainland_travel_permit.recognize`: POST /open-apis/document_ai/v1/tw_mainland_travel_permit/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=tw_mainland_travel_permit&version=v1
 */
export const recognizeTwMainlandTravelPermit = /*#__PURE__*/ fileEndpoint<RecognizeTwMainlandTravelPermitInput, RecognizeTwMainlandTravelPermitOutput>({
  id: 'document_ai.v1.tw_mainland_travel_permit.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/tw_mainland_travel_permit/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ file: optional(file()) })) }),
  body: 'multipart',
})
