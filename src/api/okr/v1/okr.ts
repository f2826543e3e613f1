// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Okr } from './types.ts'

/** Input of {@link batchGetOkr}. */
export interface BatchGetOkrInput {
  query: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'; okr_ids: string[]; lang?: string }
}

/** `data` of a successful {@link batchGetOkr} response. */
export interface BatchGetOkrOutput {
  okr_list?: Okr[]
}

/**
 * `okr.v1.okr.batch_get`: GET /open-apis/okr/v1/okrs/batch_get (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=okr&resource=okr&version=v1
 */
export const batchGetOkr = /*#__PURE__*/ endpoint<BatchGetOkrInput, BatchGetOkrOutput>({
  id: 'okr.v1.okr.batch_get',
  method: 'GET',
  path: '/open-apis/okr/v1/okrs/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        okr_ids: array(string()),
        lang: optional(string()),
      }),
    }),
})
