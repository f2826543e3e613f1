// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { GetSubdivision } from './types.ts'

/** Input of {@link getSubdivision}. */
export interface GetSubdivisionInput {
  path: { subdivision_id: string }
}

/** `data` of a successful {@link getSubdivision} response. */
export interface GetSubdivisionOutput {
  subdivision?: GetSubdivision
}

/**
 * `corehr.v1.subdivision.get`: GET /open-apis/corehr/v1/subdivisions/:subdivision_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=subdivision&version=v1
 */
export const getSubdivision = /*#__PURE__*/ endpoint<GetSubdivisionInput, GetSubdivisionOutput>({
  id: 'corehr.v1.subdivision.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/subdivisions/:subdivision_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ subdivision_id: string() }) }),
})

/** Input of {@link listSubdivision}. */
export interface ListSubdivisionInput {
  query: { page_token?: string; page_size: string; country_region_id?: string }
}

/** `data` of a successful {@link listSubdivision} response. */
export interface ListSubdivisionOutput {
  items?: GetSubdivision[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.subdivision.list`: GET /open-apis/corehr/v1/subdivisions (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=subdivision&version=v1
 */
export const listSubdivision = /*#__PURE__*/ endpoint<ListSubdivisionInput, ListSubdivisionOutput, true>({
  id: 'corehr.v1.subdivision.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/subdivisions',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        country_region_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
