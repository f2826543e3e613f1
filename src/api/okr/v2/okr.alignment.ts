// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Alignment } from './types.ts'

/** Input of {@link deleteOkrAlignment}. */
export interface DeleteOkrAlignmentInput {
  path: { alignment_id: string }
}

/** `data` of a successful {@link deleteOkrAlignment} response. */
export interface DeleteOkrAlignmentOutput {
  alignment_id?: string
}

/**
 * `okr.v2.okr.alignment.delete`: DELETE /open-apis/okr/v2/alignments/:alignment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=okr&resource=okr.alignment&version=v2
 */
export const deleteOkrAlignment = /*#__PURE__*/ endpoint<DeleteOkrAlignmentInput, DeleteOkrAlignmentOutput>({
  id: 'okr.v2.okr.alignment.delete',
  method: 'DELETE',
  path: '/open-apis/okr/v2/alignments/:alignment_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ alignment_id: string() }) }),
})

/** Input of {@link getOkrAlignment}. */
export interface GetOkrAlignmentInput {
  path: { alignment_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getOkrAlignment} response. */
export interface GetOkrAlignmentOutput {
  alignment?: Alignment
}

/**
 * `okr.v2.okr.alignment.get`: GET /open-apis/okr/v2/alignments/:alignment_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=okr&resource=okr.alignment&version=v2
 */
export const getOkrAlignment = /*#__PURE__*/ endpoint<GetOkrAlignmentInput, GetOkrAlignmentOutput>({
  id: 'okr.v2.okr.alignment.get',
  method: 'GET',
  path: '/open-apis/okr/v2/alignments/:alignment_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ alignment_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})
