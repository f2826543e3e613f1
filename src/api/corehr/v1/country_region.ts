// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { CountryRegion } from './types.ts'

/** Input of {@link getCountryRegion}. */
export interface GetCountryRegionInput {
  path: { country_region_id: string }
}

/** `data` of a successful {@link getCountryRegion} response. */
export interface GetCountryRegionOutput {
  country_region?: CountryRegion
}

/**
 * `corehr.v1.country_region.get`: GET /open-apis/corehr/v1/country_regions/:country_region_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=country_region&version=v1
 */
export const getCountryRegion = /*#__PURE__*/ endpoint<GetCountryRegionInput, GetCountryRegionOutput>({
  id: 'corehr.v1.country_region.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/country_regions/:country_region_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ country_region_id: string() }) }),
})

/** Input of {@link listCountryRegion}. */
export interface ListCountryRegionInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listCountryRegion} response. */
export interface ListCountryRegionOutput {
  items?: CountryRegion[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.country_region.list`: GET /open-apis/corehr/v1/country_regions (tenant token).
 *
 * Paginated over `items`.
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=country_region&version=v1
 */
export const listCountryRegion = /*#__PURE__*/ endpoint<ListCountryRegionInput, ListCountryRegionOutput, true>({
  id: 'corehr.v1.country_region.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/country_regions',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})
