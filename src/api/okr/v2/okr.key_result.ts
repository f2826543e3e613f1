// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BlockSchema } from './models.ts'
import type { Block, GetKeyResult } from './types.ts'

/** Input of {@link deleteOkrKeyResult}. */
export interface DeleteOkrKeyResultInput {
  path: { key_result_id: string }
}

/** `data` of a successful {@link deleteOkrKeyResult} response. */
export interface DeleteOkrKeyResultOutput {
  key_result_id?: string
}

/**
 * `okr.v2.okr.key_result.delete`: DELETE /open-apis/okr/v2/key_results/:key_result_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=okr&resource=okr.key_result&version=v2
 */
export const deleteOkrKeyResult = /*#__PURE__*/ endpoint<DeleteOkrKeyResultInput, DeleteOkrKeyResultOutput>({
  id: 'okr.v2.okr.key_result.delete',
  method: 'DELETE',
  path: '/open-apis/okr/v2/key_results/:key_result_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ key_result_id: string() }) }),
})

/** Input of {@link getOkrKeyResult}. */
export interface GetOkrKeyResultInput {
  path: { key_result_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link getOkrKeyResult} response. */
export interface GetOkrKeyResultOutput {
  key_result?: GetKeyResult
}

/**
 * `okr.v2.okr.key_result.get`: GET /open-apis/okr/v2/key_results/:key_result_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=okr&resource=okr.key_result&version=v2
 */
export const getOkrKeyResult = /*#__PURE__*/ endpoint<GetOkrKeyResultInput, GetOkrKeyResultOutput>({
  id: 'okr.v2.okr.key_result.get',
  method: 'GET',
  path: '/open-apis/okr/v2/key_results/:key_result_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ key_result_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
})

/** Input of {@link patchOkrKeyResult}. */
export interface PatchOkrKeyResultInput {
  path: { key_result_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { content?: { blocks?: Block[] }; score?: number; deadline?: string }
}

/** `data` of a successful {@link patchOkrKeyResult} response. */
export interface PatchOkrKeyResultOutput {
  key_result?: GetKeyResult
}

/**
 * `okr.v2.okr.key_result.patch`: PATCH /open-apis/okr/v2/key_results/:key_result_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=okr&resource=okr.key_result&version=v2
 */
export const patchOkrKeyResult = /*#__PURE__*/ endpoint<PatchOkrKeyResultInput, PatchOkrKeyResultOutput>({
  id: 'okr.v2.okr.key_result.patch',
  method: 'PATCH',
  path: '/open-apis/okr/v2/key_results/:key_result_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ key_result_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        score: optional(number()),
        deadline: optional(string()),
      })),
    }),
})
