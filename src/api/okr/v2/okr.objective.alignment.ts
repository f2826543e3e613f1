// Generated from catalog/okr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Alignment } from './types.ts'

/** Input of {@link createOkrObjectiveAlignment}. */
export interface CreateOkrObjectiveAlignmentInput {
  path: { objective_id: string }
  body: { to_entity_type: number; to_entity_id: string }
}

/** `data` of a successful {@link createOkrObjectiveAlignment} response. */
export interface CreateOkrObjectiveAlignmentOutput {
  alignment_id?: string
}

/**
 * `okr.v2.okr.objective.alignment.create`: POST /open-apis/okr/v2/objectives/:objective_id/alignments (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=okr&resource=okr.objective.alignment&version=v2
 */
export const createOkrObjectiveAlignment = /*#__PURE__*/ endpoint<CreateOkrObjectiveAlignmentInput, CreateOkrObjectiveAlignmentOutput>({
  id: 'okr.v2.okr.objective.alignment.create',
  method: 'POST',
  path: '/open-apis/okr/v2/objectives/:objective_id/alignments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      body: looseObject({ to_entity_type: number(), to_entity_id: string() }),
    }),
})

/** Input of {@link listOkrObjectiveAlignment}. */
export interface ListOkrObjectiveAlignmentInput {
  path: { objective_id: string }
  query?: {
    page_size?: number
    page_token?: string
    align_type?: 'aligned' | 'aligning'
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
    department_id_type?: 'department_id' | 'open_department_id'
  }
}

/** `data` of a successful {@link listOkrObjectiveAlignment} response. */
export interface ListOkrObjectiveAlignmentOutput {
  has_more?: boolean
  page_token?: string
  items?: Alignment[]
}

/**
 * `okr.v2.okr.objective.alignment.list`: GET /open-apis/okr/v2/objectives/:objective_id/alignments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=okr&resource=okr.objective.alignment&version=v2
 */
export const listOkrObjectiveAlignment = /*#__PURE__*/ endpoint<ListOkrObjectiveAlignmentInput, ListOkrObjectiveAlignmentOutput, true>({
  id: 'okr.v2.okr.objective.alignment.list',
  method: 'GET',
  path: '/open-apis/okr/v2/objectives/:objective_id/alignments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ objective_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        align_type: optional(picklist(['aligned', 'aligning'])),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
      })),
    }),
  page: { items: 'items' },
})
