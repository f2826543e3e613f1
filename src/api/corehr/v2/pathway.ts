// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { Name } from './types.ts'

/** Input of {@link activePathway}. */
export interface ActivePathwayInput {
  body: { pathway_id: string; active: boolean }
}

/** `data` of a successful {@link activePathway} response. */
export type ActivePathwayOutput = { [key: string]: unknown }

/**
 * `corehr.v2.pathway.active`: POST /open-apis/corehr/v2/pathways/active (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=active&project=corehr&resource=pathway&version=v2
 */
export const activePathway = /*#__PURE__*/ endpoint<ActivePathwayInput, ActivePathwayOutput>({
  id: 'corehr.v2.pathway.active',
  method: 'POST',
  path: '/open-apis/corehr/v2/pathways/active',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ pathway_id: string(), active: boolean() }) }),
})

/** Input of {@link batchGetPathway}. */
export interface BatchGetPathwayInput {
  query?: { page_size?: number; page_token?: string }
  body?: { pathway_ids?: string[]; pathway_codes?: string[]; active?: boolean }
}

/** `data` of a successful {@link batchGetPathway} response. */
export interface BatchGetPathwayOutput {
  items?: { pathway_id?: string; code?: string; names?: Name[]; descriptions?: Name[]; active?: boolean }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.pathway.batch_get`: POST /open-apis/corehr/v2/pathways/batch_get (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=pathway&version=v2
 */
export const batchGetPathway = /*#__PURE__*/ endpoint<BatchGetPathwayInput, BatchGetPathwayOutput, true>({
  id: 'corehr.v2.pathway.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/pathways/batch_get',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
      body: optional(looseObject({
        pathway_ids: optional(array(string())),
        pathway_codes: optional(array(string())),
        active: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link createPathway}. */
export interface CreatePathwayInput {
  query?: { client_token?: string }
  body: { code?: string; names: Name[]; descriptions?: Name[] }
}

/** `data` of a successful {@link createPathway} response. */
export interface CreatePathwayOutput {
  pathway_id?: string
}

/**
 * `corehr.v2.pathway.create`: POST /open-apis/corehr/v2/pathways (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=pathway&version=v2
 */
export const createPathway = /*#__PURE__*/ endpoint<CreatePathwayInput, CreatePathwayOutput>({
  id: 'corehr.v2.pathway.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/pathways',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        code: optional(string()),
        names: array(NameSchema()),
        descriptions: optional(array(NameSchema())),
      }),
    }),
})

/** Input of {@link deletePathway}. */
export interface DeletePathwayInput {
  path: { pathway_id: string }
}

/** `data` of a successful {@link deletePathway} response. */
export type DeletePathwayOutput = { [key: string]: unknown }

/**
 * `corehr.v2.pathway.delete`: DELETE /open-apis/corehr/v2/pathways/:pathway_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=pathway&version=v2
 */
export const deletePathway = /*#__PURE__*/ endpoint<DeletePathwayInput, DeletePathwayOutput>({
  id: 'corehr.v2.pathway.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/pathways/:pathway_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ pathway_id: string() }) }),
})

/** Input of {@link patchPathway}. */
export interface PatchPathwayInput {
  path: { pathway_id: string }
  query?: { client_token?: string }
  body?: { code?: string; names?: Name[]; descriptions?: Name[] }
}

/** `data` of a successful {@link patchPathway} response. */
export type PatchPathwayOutput = { [key: string]: unknown }

/**
 * `corehr.v2.pathway.patch`: PATCH /open-apis/corehr/v2/pathways/:pathway_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=pathway&version=v2
 */
export const patchPathway = /*#__PURE__*/ endpoint<PatchPathwayInput, PatchPathwayOutput>({
  id: 'corehr.v2.pathway.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/pathways/:pathway_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ pathway_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        code: optional(string()),
        names: optional(array(NameSchema())),
        descriptions: optional(array(NameSchema())),
      })),
    }),
})
