// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link deleteAdditionalInformationsBatch}. */
export interface DeleteAdditionalInformationsBatchInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { semester_id: string; additional_informations: string[] }
}

/** `data` of a successful {@link deleteAdditionalInformationsBatch} response. */
export interface DeleteAdditionalInformationsBatchOutput {
  additional_informations?: string[]
}

/**
 * `performance.v2.additional_informations.batch.delete`: DELETE /open-apis/performance/v2/additional_informations/batch (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=performance&resource=additional_informations.batch&version=v2
 */
export const deleteAdditionalInformationsBatch = /*#__PURE__*/ endpoint<DeleteAdditionalInformationsBatchInput, DeleteAdditionalInformationsBatchOutput>({
  id: 'performance.v2.additional_informations.batch.delete',
  method: 'DELETE',
  path: '/open-apis/performance/v2/additional_informations/batch',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ semester_id: string(), additional_informations: array(string()) }),
    }),
})
