// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { BlockSchema } from './models.ts'
import type { Block, GetKeyResult } from './types.ts'

/** Input of {@link createOkrObjectiveKeyResult}. */
export interface CreateOkrObjectiveKeyResultInput {
  path: { objective_id: string }
  query?: {
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
  body?: { content?: { blocks?: Block[] }; deadline?: string; score?: number }
}

/** `data` of a successful {@link createOkrObjectiveKeyResult} response. */
export interface CreateOkrObjectiveKeyResultOutput {
  key_result_id?: string
}

/**
 * `okr.v2.okr.objective.key_result.create`: POST /open-apis/okr/v2/objectives/:objective_id/key_results (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=okr&resource=okr.objective.key_result&version=v2
 */
export const createOkrObjectiveKeyResult = /*#__PURE__*/ endpoint<CreateOkrObjectiveKeyResultInput, CreateOkrObjectiveKeyResultOutput>({
  id: 'okr.v2.okr.objective.key_result.create',
  method: 'POST',
  path: '/open-apis/okr/v2/objectives/:objective_id/key_results',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
      body: optional(looseObject({
        content: optional(looseObject({ blocks: optional(array(BlockSchema())) })),
        deadline: optional(string()),
        score: optional(number()),
      })),
    }),
})

/** Input of {@link listOkrObjectiveKeyResult}. */
export interface ListOkrObjectiveKeyResultInput {
  path: { objective_id: string }
  query?: {
    page_size?: number
    page_token?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrObjectiveKeyResult} response. */
export interface ListOkrObjectiveKeyResultOutput {
  has_more?: boolean
  page_token?: string
  items?: GetKeyResult[]
}

/**
 * `okr.v2.okr.objective.key_result.list`: GET /open-apis/okr/v2/objectives/:objective_id/key_results (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.objective.key_result&version=v2
 */
export const listOkrObjectiveKeyResult = /*#__PURE__*/ endpoint<ListOkrObjectiveKeyResultInput, ListOkrObjectiveKeyResultOutput, true>({
  id: 'okr.v2.okr.objective.key_result.list',
  method: 'GET',
  path: '/open-apis/okr/v2/objectives/:objective_id/key_results',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
  page: { items: 'items' },
})
