// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link getSubregion}. */
export interface GetSubregionInput {
  path: { subregion_id: string }
}

/** `data` of a successful {@link getSubregion} response. */
export interface GetSubregionOutput {
  subregion?: Item
}

/**
 * `corehr.v1.subregion.get`: GET /open-apis/corehr/v1/subregions/:subregion_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=subregion&version=v1
 */
export const getSubregion = /*#__PURE__*/ endpoint<GetSubregionInput, GetSubregionOutput>({
  id: 'corehr.v1.subregion.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/subregions/:subregion_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ subregion_id: string() }) }),
})

/** Input of {@link listSubregion}. */
export interface ListSubregionInput {
  query: { page_token?: string; page_size: string; subdivision_id?: string }
}

/** `data` of a successful {@link listSubregion} response. */
export interface ListSubregionOutput {
  items?: Item[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.subregion.list`: GET /open-apis/corehr/v1/subregions (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=subregion&version=v1
 */
export const listSubregion = /*#__PURE__*/ endpoint<ListSubregionInput, ListSubregionOutput, true>({
  id: 'corehr.v1.subregion.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/subregions',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_token: optional(string()), page_size: string(), subdivision_id: optional(string()) }),
    }),
  page: { items: 'items' },
})
