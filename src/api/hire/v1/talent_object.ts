// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import type { Object } from './types.ts'

/** Input of {@link queryTalentObject}. */
export type QueryTalentObjectInput = { [key: string]: never }

/** `data` of a successful {@link queryTalentObject} response. */
export interface QueryTalentObjectOutput {
  items?: Object[]
}

/**
 * `hire.v1.talent_object.query`: GET /open-apis/hire/v1/talent_objects/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=hire&resource=talent_object&version=v1
 */
export const queryTalentObject = /*#__PURE__*/ endpoint<QueryTalentObjectInput, QueryTalentObjectOutput>({
  id: 'hire.v1.talent_object.query',
  method: 'GET',
  path: '/open-apis/hire/v1/talent_objects/query',
  tokens: ['tenant'],
})
