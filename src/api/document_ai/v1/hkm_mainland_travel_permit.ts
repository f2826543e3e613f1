// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject } from '../../../core/valibot.ts'
import type { Entitie } from './types.ts'

/** Input of {@link recognizeHkmMainlandTravelPermit}. */
export interface RecognizeHkmMainlandTravelPermitInput {
  body: { file: FileInput }
}

/** `data` of a successful {@link recognizeHkmMainlandTravelPermit} response. */
export interface RecognizeHkmMainlandTravelPermitOutput {
  hkm_mainland_travel_permit?: { entities?: Entitie[] }
}

/**
 * `document_ai.v1.hkm_mainland_travel_permit.recognize`: POST /open-apis/document_ai/v1/hkm_mainland_travel_permit/recognize (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=recognize&project=document_ai&resource=hkm_mainland_travel_permit&version=v1
 */
export const recognizeHkmMainlandTravelPermit = /*#__PURE__*/ fileEndpoint<RecognizeHkmMainlandTravelPermitInput, RecognizeHkmMainlandTravelPermitOutput>({
  id: 'document_ai.v1.hkm_mainland_travel_permit.recognize',
  method: 'POST',
  path: '/open-apis/document_ai/v1/hkm_mainland_travel_permit/recognize',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file: file() }) }),
  body: 'multipart',
})
